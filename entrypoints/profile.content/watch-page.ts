// LinkedIn is a single-page app: moving to another profile changes the URL without a page
// load, and the new person's card renders a moment later. We tell the panel only once the
// DOM has settled, so it never reads the old card under the new URL.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const URL_CHECK_MS = 250; // a string comparison: costs nothing, keeps "within a second"
const QUIET_MS = 150; // the page counts as settled after this long without mutations
const MAX_WAIT_MS = 700; // ...or after this long, whatever it is still doing

export function watchPage(ctx: ContentScriptContext, onChange: (url: string) => void): void {
  let lastUrl = location.href;
  let settling = false;

  const settle = (): void => {
    if (settling) return;
    settling = true;
    let quiet = 0;
    const done = (): void => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(cap);
      settling = false;
      onChange(location.href);
    };
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = window.setTimeout(done, QUIET_MS);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    quiet = window.setTimeout(done, QUIET_MS);
    const cap = window.setTimeout(done, MAX_WAIT_MS);
  };

  ctx.setInterval(() => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    settle();
  }, URL_CHECK_MS);
}
