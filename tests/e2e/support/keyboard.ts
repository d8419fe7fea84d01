// Driving the panel with the keyboard alone, and checking that focus can be seen.
import type { Page } from 'playwright-core';

export interface Focused {
  /** Tag and accessible text of the focused element, to say which one in a failure. */
  what: string;
  role: string;
  /** Why the focus cannot be seen, or '' when it can. */
  unseen: string;
}

/** The focused element, and whether a person can see that it has focus. */
export async function focused(panel: Page): Promise<Focused> {
  return (await panel.evaluate(`(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { what: 'nothing', role: '', unseen: 'nothing has focus' };
    const text = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('placeholder') || '').trim();
    const what = el.tagName.toLowerCase() + ' "' + text.replace(/\\s+/g, ' ').slice(0, 40) + '"';
    const style = getComputedStyle(el);
    const width = parseFloat(style.outlineWidth);
    let unseen = '';
    if (!el.matches(':focus-visible')) unseen = 'not :focus-visible';
    else if (style.outlineStyle === 'none' || width < 2) unseen = 'no focus ring (outline ' + style.outlineStyle + ' ' + style.outlineWidth + ')';
    else if (style.opacity === '0' || !el.checkVisibility({ visibilityProperty: true })) unseen = 'the element is invisible';
    else if (!el.closest('.visually-hidden')) {
      // Not hidden under something else, such as the sticky header (WCAG 2.4.11).
      const box = el.getBoundingClientRect();
      const x = box.left + Math.min(8, box.width / 2);
      const y = box.top + Math.min(8, box.height / 2);
      const hit = document.elementFromPoint(x, y);
      if (y < 0 || y > innerHeight || x < 0 || x > innerWidth) unseen = 'off screen';
      else if (hit && hit !== el && !el.contains(hit) && !hit.contains(el)) unseen = 'under ' + (hit.className || hit.tagName);
    }
    return { what, role: el.getAttribute('role') || el.tagName.toLowerCase(), unseen };
  })()`)) as Focused;
}

/**
 * Presses `key` until `isTarget` holds for the focused element (at most `limit` times);
 * every element passed on the way must show its focus. Returns what has focus.
 */
export async function pressUntil(
  panel: Page,
  key: string,
  isTarget: (f: Focused) => boolean,
  limit = 80,
): Promise<Focused> {
  for (let i = 0; i < limit; i++) {
    await panel.keyboard.press(key);
    const now = await focused(panel);
    if (now.unseen && now.what !== 'nothing') throw new Error(`Focus on ${now.what} cannot be seen: ${now.unseen}`);
    if (isTarget(now)) return now;
  }
  throw new Error(`${limit} presses of ${key} did not reach the element wanted`);
}

/**
 * Tabs through the whole panel from the top; returns the controls a person can see that
 * Tab never reached, and the reached ones whose focus could not be seen. Tabs not
 * selected are left out (arrow keys reach them), and so are radios after the first of a
 * group (arrow keys move between them).
 */
export async function tabThrough(panel: Page): Promise<{ unreached: string[]; unseen: string[] }> {
  await panel.evaluate(
    `document.querySelectorAll('[data-reached]').forEach((el) => el.removeAttribute('data-reached'))`,
  );
  await panel.locator('h1').click(); // Tab starts from the top of the panel
  const unseen: string[] = [];
  for (let i = 0; i < 400; i++) {
    await panel.keyboard.press('Tab');
    const done = await panel.evaluate(`(() => {
      const el = document.activeElement;
      if (!el || el === document.body || el.hasAttribute('data-reached')) return true;
      el.setAttribute('data-reached', '');
      return false;
    })()`);
    if (done) break;
    const now = await focused(panel);
    if (now.unseen) unseen.push(`${now.what}: ${now.unseen}`);
  }
  const unreached = (await panel.evaluate(`(() => {
    const seenGroups = new Set();
    const missing = [];
    const controls = document.querySelectorAll('button, a[href], input, select, textarea, summary, [tabindex="0"]');
    for (const el of controls) {
      if (el.disabled || !el.checkVisibility() || el.closest('.visually-hidden')) continue;
      if (el.getAttribute('role') === 'tab' && el.getAttribute('aria-selected') !== 'true') continue;
      if (el.type === 'radio') {
        const group = el.name;
        const reachedInGroup = [...document.querySelectorAll('input[type=radio][name="' + group + '"]')].some((r) => r.hasAttribute('data-reached'));
        if (reachedInGroup || seenGroups.has(group)) continue;
        seenGroups.add(group);
      }
      if (!el.hasAttribute('data-reached')) {
        missing.push(el.tagName.toLowerCase() + ' "' + (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40) + '"');
      }
    }
    return missing;
  })()`)) as string[];
  return { unreached, unseen };
}
