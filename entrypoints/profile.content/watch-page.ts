// Tells the panel when the page shows something new, so it reads it again:
// - LinkedIn is a single-page app: moving to another profile changes the URL without a
//   page load, and the new person's card renders a moment later;
// - in the 2026 layout only the top card is server-rendered; sections load as the user
//   scrolls.
// The panel is told only once the DOM has settled, so it never reads the old card under
// the new URL. The script itself never scrolls, clicks or fetches.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const URL_CHECK_MS = 250; // a string comparison: costs nothing, keeps "within a second"
const QUIET_MS = 150; // the page counts as settled after this long without mutations
const MAX_WAIT_MS = 700; // ...or after this long, whatever it is still doing

/**
 * Changes when sections or entries appear, or when the top card shows another person:
 * cheap to compute, blind to ads and notification badges.
 */
function contentSignature(): string {
  const count = document.querySelectorAll('main section, main [data-view-name^="profile-card"], main li').length;
  const heading = document.querySelector('[data-view-name="profile-top-card"] :is(h1, h2), main h1')?.textContent;
  return `${count}|${heading ?? ''}`;
}

export function watchPage(ctx: ContentScriptContext, onChange: (url: string) => void): void {
  let lastUrl = location.href;
  let lastSignature = contentSignature();
  let quiet = 0;
  let cap = 0;

  // ctx timers stop when the extension is reloaded or removed (the context is invalidated),
  // so a late timer never messages an extension that is gone.
  const check = (): void => {
    clearTimeout(quiet);
    clearTimeout(cap);
    cap = 0;
    const signature = contentSignature();
    if (location.href === lastUrl && signature === lastSignature) return;
    lastUrl = location.href;
    lastSignature = signature;
    onChange(location.href);
  };

  const schedule = (): void => {
    clearTimeout(quiet);
    quiet = ctx.setTimeout(check, QUIET_MS);
    if (!cap) cap = ctx.setTimeout(check, MAX_WAIT_MS);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.setInterval(() => {
    if (location.href !== lastUrl) schedule();
  }, URL_CHECK_MS);
}
