// The panel's views and states, found from the panel itself (its tab list, its closed
// sections), so the accessibility, keyboard and narrow-width tests cover whatever a view
// shows, including sections added later; and the data that makes the views non-empty.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { addNeedInMe, openWithPanel, type Session, skipFirstRun } from './session';

/** Resolves once the panel's DOM has been still for a moment (data loaded, re-rendered). */
export async function settle(panel: Page): Promise<void> {
  await panel.evaluate(`new Promise((done) => {
    let timer;
    const observer = new MutationObserver(() => quiet());
    const quiet = () => {
      clearTimeout(timer);
      timer = setTimeout(() => { observer.disconnect(); done(true); }, 150);
    };
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    quiet();
    setTimeout(() => { observer.disconnect(); done(false); }, 4000);
  })`);
}

/**
 * Opens every closed section (<details>) of the view, including those that appear once
 * others open. The header's shortcuts list is a state of its own (it covers the view).
 */
export async function expandAll(panel: Page): Promise<void> {
  for (let round = 0; round < 6; round++) {
    const opened = await panel.evaluate(`(() => {
      const closed = [...document.querySelectorAll('main details:not([open])')];
      for (const details of closed) details.open = true;
      return closed.length;
    })()`);
    await settle(panel);
    if (!opened) return;
  }
}

/** The ids of the panel's views, in tab order ("page", "due", ...), read from its tab list. */
export async function viewIds(panel: Page): Promise<string[]> {
  await panel.getByRole('tab').first().waitFor();
  const ids = await panel.getByRole('tab').evaluateAll((tabs) => tabs.map((tab) => tab.id));
  return ids.map((id) => id.replace(/^tab-/, ''));
}

/** Shows one view by its tab (closing the header's shortcuts list), and waits for it to load. */
export async function showView(panel: Page, id: string): Promise<void> {
  await panel.evaluate(`document.querySelector('header details[open]')?.removeAttribute('open')`);
  await panel.locator(`#tab-${id}`).click();
  await panel.locator(`#view-${id}`).waitFor();
  await settle(panel);
}

export interface PanelState {
  name: string;
  /** Brings the panel (open on Rowan Alder's page, with the seeded data) into this state. */
  enter: (panel: Page) => Promise<void>;
}

/**
 * Every view with its sections open, then the states within views: a contact open, the
 * ranking for a need, a correction and a need being edited, a search that finds no one.
 */
export async function panelStates(panel: Page): Promise<PanelState[]> {
  const views = (await viewIds(panel)).map((id) => ({
    name: `view "${id}"`,
    enter: async (p: Page) => {
      await showView(p, id);
      await expandAll(p);
    },
  }));
  return [
    ...views,
    { name: 'a contact', enter: openContact },
    {
      name: 'who could help (board)',
      enter: async (p) => {
        await showView(p, 'board');
        await p.getByRole('button', { name: 'Who could help with this need?' }).first().click();
        await settle(p);
      },
    },
    {
      name: 'correcting a headline',
      enter: async (p) => {
        await showView(p, 'page');
        await p.getByRole('button', { name: 'Correct the headline' }).click();
        await settle(p);
      },
    },
    {
      name: 'editing a need, and who could help (Me)',
      enter: async (p) => {
        await showView(p, 'me');
        await p.getByRole('button', { name: 'Who could help?' }).first().click();
        await p.locator('.need__actions').first().getByRole('button', { name: 'Edit' }).click();
        await expandAll(p);
      },
    },
    {
      name: 'the keyboard shortcuts',
      enter: async (p) => {
        await showView(p, 'page');
        await p.locator('summary', { hasText: 'Keyboard shortcuts' }).click();
        await p.getByRole('heading', { name: 'Keyboard shortcuts' }).waitFor();
      },
    },
    {
      name: 'a search that finds no one',
      enter: async (p) => {
        await showView(p, 'people');
        await p.getByLabel('Search contacts').fill('zeppelin');
        await p.getByText('No one matches').waitFor();
      },
    },
  ];
}

/** People → the first contact (Rowan Alder), with every section open. */
export async function openContact(panel: Page): Promise<void> {
  await showView(panel, 'people');
  await panel.getByRole('button', { name: 'Rowan Alder' }).click();
  await panel.getByRole('heading', { name: 'Rowan Alder', level: 2 }).waitFor();
  await expandAll(panel);
}

/**
 * Data in every part of the panel, entered as a person would: Imani Okafor saved as a
 * mentee; Rowan Alder saved; two needs (one Rowan serves, one a gap); an offer; the
 * LinkedIn connections; a saved draft; a step on Rowan's timeline. Returns the panel on
 * Rowan's page. Works on a database that has some of this already (adds to it).
 */
export async function seedPanel(session: Session, size = { width: 380, height: 900 }) {
  const imani = await openWithPanel(session, '/in/imani-okafor/', size);
  await skipFirstRun(imani.panel);
  await imani.panel.getByRole('heading', { name: 'Imani Okafor' }).waitFor();
  await imani.panel.getByRole('button', { name: /^(Save|Update saved contact)$/ }).click();
  await imani.panel.getByText(/^(Saved Imani Okafor to your contacts|Updated Imani Okafor)\.$/).waitFor();
  await imani.page.close();
  await imani.panel.close();

  const { page, panel } = await openWithPanel(session, '/in/rowan-alder/', size);
  await skipFirstRun(panel);
  await panel.getByRole('heading', { name: 'Rowan Alder' }).waitFor();
  await panel.getByRole('button', { name: /^(Save|Update saved contact)$/ }).click();
  await panel.getByText(/^(Saved Rowan Alder to your contacts|Updated Rowan Alder)\.$/).waitFor();

  await showView(panel, 'people');
  await panel.getByRole('button', { name: 'Imani Okafor' }).click();
  await panel.getByLabel('Role').selectOption('mentee');
  await panel.getByRole('button', { name: '← People' }).click();

  await showView(panel, 'me');
  for (const need of ['Manage my first team', 'Speak at a robotics conference']) {
    await addNeedInMe(panel, need);
  }
  await panel.getByLabel('I can offer').fill('Rust code reviews');
  await panel.getByRole('button', { name: 'Add', exact: true }).click();
  await panel.getByText('Rust code reviews').first().waitFor();
  await panel.getByText('My LinkedIn connections').click();
  await panel.getByLabel('Connections.csv').setInputFiles(resolve(import.meta.dirname, '../fixtures/Connections.csv'));
  await panel.getByText(/Imported 3 new connections/).waitFor();

  await showView(panel, 'page');
  await panel.getByText('Draft a message').click();
  await panel.getByRole('group', { name: 'Who could introduce you' }).getByRole('radio').first().check();
  await panel.getByRole('button', { name: 'Save draft' }).click();
  await panel.getByText('Draft saved with the contact.').waitFor();

  await showView(panel, 'people');
  await panel.getByRole('button', { name: 'Rowan Alder' }).click();
  await panel
    .getByPlaceholder('What happened? (optional)')
    .fill('Sent two perception engineers for the Rotterdam roles');
  await panel.getByRole('button', { name: 'Gave value', exact: true }).click();
  await panel.getByRole('list', { name: 'Timeline' }).waitFor();
  await panel.getByLabel('Manage my first team').check();
  await settle(panel);
  return { page, panel };
}
