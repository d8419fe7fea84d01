// Two panels (two windows) saving the same person at the same moment give one contact:
// each panel has its own connection to the database, and the save is one transaction
// guarded by the unique index on the profile's canonical address.
import { expect, test } from 'vitest';
import { skipFirstRun, useChromium } from './support/session';

const session = useChromium();

test('two panels saving one person at the same moment make one contact', async () => {
  const page = await session.ext.context.newPage();
  await page.goto(`${session.demo.origin}/in/rowan-alder/`);
  const url = session.ext.panelUrl(await session.ext.tabIdOf(page));
  const panels = await Promise.all([session.ext.context.newPage(), session.ext.context.newPage()]);
  await Promise.all(panels.map((panel) => panel.goto(url)));
  for (const panel of panels) await skipFirstRun(panel);
  await Promise.all(panels.map((panel) => panel.getByRole('heading', { name: 'Rowan Alder' }).waitFor()));

  // Both clicks are dispatched in the same turn of the test, before either save finishes.
  await Promise.all(panels.map((panel) => panel.getByRole('button', { name: 'Save', exact: true }).click()));
  await Promise.all(
    panels.map((panel) => panel.getByText(/^(Saved Rowan Alder to your contacts|Updated Rowan Alder)\.$/).waitFor()),
  );

  const [first] = panels;
  if (!first) throw new Error('no panel');
  await first.getByRole('tab', { name: 'People' }).click();
  const list = first.getByRole('list', { name: 'Saved contacts' });
  await list.getByText('Rowan Alder').waitFor();
  expect(await list.getByRole('listitem').count()).toBe(1);
  // Seen from the database itself: one contact, with a snapshot from each save.
  const counts = await first.evaluate(
    () =>
      new Promise<{ contacts: number; snapshots: number }>((done, fail) => {
        const open = indexedDB.open('mentor-board');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['contacts', 'snapshots']);
          const contacts = tx.objectStore('contacts').count();
          const snapshots = tx.objectStore('snapshots').count();
          tx.oncomplete = () => {
            done({ contacts: contacts.result, snapshots: snapshots.result });
            open.result.close();
          };
        };
      }),
  );
  expect(counts).toEqual({ contacts: 1, snapshots: 2 });
  await Promise.all([page.close(), ...panels.map((panel) => panel.close())]);
});
