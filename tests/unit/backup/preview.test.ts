// previewImport: what an import would add, update, find in conflict or leave, matching
// contacts by profile address as well as by id; planImport: what each choice writes.
import { describe, expect, test } from 'vitest';
import { describePreview, describeSummary } from '../../../lib/backup/describe';
import type { BackupData } from '../../../lib/backup/format';
import { planImport, summarize, undoOf } from '../../../lib/backup/plan';
import { countChanges, previewImport } from '../../../lib/backup/preview';
import {
  backupOf,
  connection,
  contact,
  dataOf,
  draft,
  entry,
  me,
  need,
  reminder,
  sampleData,
  settings,
  snapshotOf,
  T1,
  T2,
  T3,
} from './build';

let counter = 0;
const fresh = () => `new-${++counter}`;
const preview = (incoming: BackupData, current: BackupData) => previewImport(backupOf(incoming), current, fresh);

describe('previewImport: the four classes', () => {
  test('into an empty database everything is added, as it is', () => {
    const data = sampleData();
    const result = preview(data, dataOf({}));
    expect(countChanges(result)).toEqual({ added: 12, updated: 0, conflict: 0, unchanged: 0, joined: 0 });
    expect(result.tables.contacts.added).toEqual(data.contacts);
    expect(planImport(result, 'keep-mine', data).put).toEqual(data);
  });

  test('the same data again is all unchanged, whatever the order of fields', () => {
    const data = sampleData();
    const reordered = structuredClone(data);
    reordered.contacts = reordered.contacts.map((c) => Object.fromEntries(Object.entries(c).reverse()) as typeof c);
    const result = preview(data, reordered);
    expect(countChanges(result)).toMatchObject({ added: 0, updated: 0, conflict: 0, unchanged: 12 });
    expect(describePreview(result, reordered).changesSomething).toBe(false);
  });

  test('newer in the backup, ours untouched since: updated; ours changed later or no clock: conflict', () => {
    const ours = dataOf({
      contacts: [contact('ada-brook'), contact('rowan-alder', { notes: 'mine', updatedAt: T3 })],
      needs: [need('n1'), need('n2', { text: 'same clock', updatedAt: T2 })],
      offers: [{ id: 'o1', text: 'Mine', kind: 'skill', createdAt: T1 }],
    });
    const theirs = dataOf({
      contacts: [
        contact('ada-brook', { notes: 'theirs', updatedAt: T2 }),
        contact('rowan-alder', { notes: 'theirs', updatedAt: T2 }),
      ],
      needs: [need('n1', { text: 'edited', updatedAt: T2 }), need('n2', { text: 'other', updatedAt: T2 })],
      offers: [{ id: 'o1', text: 'Theirs', kind: 'skill', createdAt: T1 }],
    });
    const result = preview(theirs, ours);
    expect(result.tables.contacts.updated.map((c) => c.incoming.notes)).toEqual(['theirs']);
    expect(result.tables.contacts.conflict.map((c) => c.local.name)).toEqual(['Rowan Alder']);
    expect(result.tables.needs.updated.map((c) => c.incoming.id)).toEqual(['n1']);
    expect(result.tables.needs.conflict.map((c) => c.incoming.id)).toEqual(['n2']); // same time, different text
    expect(result.tables.offers.conflict).toHaveLength(1); // offers carry no clock: cannot tell

    const words = describePreview(result, ours);
    expect(words.headline).toBe('2 to update, 3 in conflict');
    expect(words.conflicts).toEqual([
      { table: 'contacts', label: 'People', names: ['Rowan Alder'] },
      { table: 'needs', label: 'My needs', names: ['same clock'] },
      { table: 'offers', label: 'What I can offer', names: ['Mine'] },
    ]);
  });

  test('settings written at another moment, or mid set-up, hold the same choices: unchanged', () => {
    const theirs = settings({ firstRunDone: true, updatedAt: T1 });
    const ours = settings({ firstRunDone: true, updatedAt: T3, firstRunProgress: { step: 2 } });
    expect(countChanges(preview(dataOf({ settings: [theirs] }), dataOf({ settings: [ours] }))).unchanged).toBe(1);
    // A choice that differs is still a conflict (ours is newer).
    const changed = settings({ firstRunDone: true, updatedAt: T1, reminderDays: { keepInTouch: 30 } });
    expect(countChanges(preview(dataOf({ settings: [changed] }), dataOf({ settings: [ours] }))).conflict).toBe(1);
  });

  test('dates compare as moments, not as text', () => {
    const ours = dataOf({ contacts: [contact('ada-brook', { updatedAt: '2026-03-01T10:00:00Z' })] });
    const theirs = dataOf({ contacts: [contact('ada-brook', { notes: 'x', updatedAt: '2026-03-01T10:00:00.500Z' })] });
    expect(preview(theirs, ours).tables.contacts.updated).toHaveLength(1);
  });
});

describe('previewImport: one person, two ids', () => {
  test('a contact saved in both places under different ids is one: its history moves onto ours', () => {
    const theirs = contact('ada-brook', { id: 'their-ada', notes: 'from the laptop', updatedAt: T2 });
    const ours = contact('ada-brook', { id: 'our-ada' });
    const incoming = dataOf({
      contacts: [theirs],
      snapshots: [snapshotOf(theirs)],
      drafts: [draft(theirs, { connectorId: 'their-ada' })],
      timeline: [entry(theirs)],
      reminders: [reminder('their-ada:keep-in-touch'), reminder('needs:review')],
    });
    const result = preview(incoming, dataOf({ contacts: [ours] }));
    expect(result.contactIds.get('their-ada')).toBe('our-ada');
    expect(result.tables.contacts.updated.map((c) => c.incoming)).toEqual([{ ...theirs, id: 'our-ada' }]);
    expect(result.tables.snapshots.added.map((r) => r.contactId)).toEqual(['our-ada']);
    expect(result.tables.drafts.added.map((r) => [r.contactId, r.connectorId])).toEqual([['our-ada', 'our-ada']]);
    expect(result.tables.timeline.added.map((r) => r.contactId)).toEqual(['our-ada']);
    expect(result.tables.reminders.added.map((r) => r.id)).toEqual(['our-ada:keep-in-touch', 'needs:review']);
    // Never two contacts with one address: the unique index holds.
    const put = planImport(result, 'take-backup', incoming).put;
    expect(put.contacts.map((c) => [c.id, c.profileKey])).toEqual([['our-ada', ours.profileKey]]);
  });

  test('a contact merged here with another address: the backup’s copy under that address joins ours', () => {
    const github = 'https://github.com/ada-brook';
    const ours = contact('ada-brook', { aliases: [github] });
    const theirs = contact('ada-gh', { id: 'their-gh', profileKey: github, site: 'github', notes: 'gh' });
    const result = preview(dataOf({ contacts: [theirs], timeline: [entry(theirs)] }), dataOf({ contacts: [ours] }));
    expect(countChanges(result, ['contacts'])).toMatchObject({ joined: 1, added: 0, conflict: 0 });
    expect(result.tables.timeline.added[0]?.contactId).toBe(ours.id);
    // Ours is not overwritten, whatever the choice; it already knows the address.
    expect(planImport(result, 'take-backup', dataOf({ contacts: [theirs] })).put.contacts).toEqual([]);
    expect(describePreview(result, dataOf({ contacts: [ours] })).headline).toBe(
      '1 to add, 1 already saved here under another address',
    );
  });

  test('merged in the backup and not here: ours learns the other address', () => {
    const github = 'https://github.com/ada-brook';
    const theirs = contact('ada-brook', { id: 'their-ada', aliases: [github] });
    const ours = contact('ada-gh', { id: 'our-gh', profileKey: github, site: 'github' });
    const result = preview(dataOf({ contacts: [theirs] }), dataOf({ contacts: [ours] }));
    expect(result.contactIds.get('their-ada')).toBe('our-gh');
    const written = planImport(result, 'keep-mine', dataOf({ contacts: [theirs] })).put.contacts;
    expect(written).toEqual([{ ...ours, aliases: [theirs.profileKey] }]);
  });

  test('an alias the backup gives a contact that is another contact here is not copied', () => {
    const kit = contact('kit-moor', { id: 'our-kit' });
    const ours = contact('ada-brook');
    const theirs = contact('ada-brook', { aliases: [kit.profileKey], updatedAt: T2 });
    const result = preview(dataOf({ contacts: [theirs] }), dataOf({ contacts: [ours, kit] }));
    expect(result.tables.contacts.updated[0]?.incoming.aliases).toEqual([]);
  });

  test('an id taken here by another person gets a new id, and its history follows', () => {
    const ours = contact('ada-brook', { id: 'shared-id' });
    const theirs = contact('rowan-alder', { id: 'shared-id' });
    const other = contact('ada-brook', { id: 'their-ada' });
    const incoming = dataOf({ contacts: [theirs, other], timeline: [entry(theirs)] });
    const result = preview(incoming, dataOf({ contacts: [ours] }));
    const added = result.tables.contacts.added;
    expect(added.map((c) => c.name)).toEqual(['Rowan Alder']);
    expect(added[0]?.id).toMatch(/^new-/);
    expect(result.tables.timeline.added[0]?.contactId).toBe(added[0]?.id);
    expect(result.contactIds.get('their-ada')).toBe('shared-id');
  });

  test('connections are matched by key and written under our id', () => {
    const ours = connection('kit-moor', { id: 'our-row', importedAt: T1 });
    const theirs = connection('kit-moor', { id: 'their-row', company: 'Larch', importedAt: T2 });
    const clash = connection('jo-park', { id: 'our-row' });
    const result = preview(dataOf({ connections: [theirs, clash] }), dataOf({ connections: [ours] }));
    expect(result.tables.connections.updated.map((c) => c.incoming)).toEqual([{ ...theirs, id: 'our-row' }]);
    expect(result.tables.connections.added.map((c) => [c.key, c.id.startsWith('new-')])).toEqual([[clash.key, true]]);
  });
});

describe('planImport and undoOf: each choice', () => {
  const ours = dataOf({
    contacts: [contact('ada-brook', { notes: 'mine', updatedAt: T3 }), contact('kit-moor')],
    me: [me({ summary: 'mine', updatedAt: T1 })],
  });
  const theirs = dataOf({
    contacts: [contact('ada-brook', { notes: 'theirs', updatedAt: T2 }), contact('rowan-alder')],
    me: [me({ summary: 'theirs', updatedAt: T2 })],
  });

  test('keep-mine adds and updates, and keeps ours in a conflict', () => {
    const result = preview(theirs, ours);
    const plan = planImport(result, 'keep-mine', theirs);
    expect(plan.clear).toBe(false);
    expect(plan.put.contacts.map((c) => c.name)).toEqual(['Rowan Alder']);
    expect(plan.put.me.map((m) => m.summary)).toEqual(['theirs']);
    expect(describeSummary(summarize(result, 'keep-mine', theirs))).toBe(
      'Imported: 1 added, 1 updated, 1 in conflict kept as they were here, 0 unchanged.',
    );
  });

  test('take-backup also takes the backup’s copy in a conflict', () => {
    const result = preview(theirs, ours);
    const plan = planImport(result, 'take-backup', theirs);
    expect(plan.put.contacts.map((c) => c.notes)).toEqual(['', 'theirs']);
    expect(describeSummary(summarize(result, 'take-backup', theirs))).toMatch(/1 in conflict taken from the backup/);
  });

  test('replace clears everything and writes the backup exactly', () => {
    const plan = planImport(preview(theirs, ours), 'replace', theirs);
    expect(plan).toEqual({ clear: true, put: theirs });
    expect(undoOf(plan, ours).replaceWith).toEqual(ours);
    expect(describeSummary(summarize(preview(theirs, ours), 'replace', theirs))).toBe(
      'Restored the backup: Mentor Board now holds its 3 records, and nothing else.',
    );
  });

  test('undo restores what a merge overwrote and removes what it added', () => {
    const plan = planImport(preview(theirs, ours), 'take-backup', theirs);
    const undo = undoOf(plan, ours);
    expect(undo.remove.contacts).toEqual(['contact-rowan-alder']);
    expect(undo.restore.contacts.map((c) => c.notes)).toEqual(['mine']);
    expect(undo.restore.me).toEqual(ours.me);
  });
});

describe('describePreview', () => {
  test('names each table with something in it, in words', () => {
    const words = describePreview(preview(sampleData(), dataOf({})), dataOf({}));
    expect(words.headline).toBe('12 to add');
    expect(words.tables.map((t) => `${t.label}: ${t.text}`)).toEqual([
      'People: 2 to add',
      'Profile snapshots: 2 to add',
      'My needs: 1 to add',
      'What I can offer: 1 to add',
      'Drafts: 1 to add',
      'Timeline entries: 1 to add',
      'Who I am: 1 to add',
      'LinkedIn connections: 1 to add',
      'Settings: 1 to add',
      'Snoozed reminders: 1 to add',
    ]);
    expect(words.hasConflicts).toBe(false);
  });

  test('names conflicting history by its contact', () => {
    const ada = contact('ada-brook');
    const ours = dataOf({ contacts: [ada], timeline: [entry(ada, { note: 'mine' })] });
    const theirs = dataOf({ contacts: [ada], timeline: [entry(ada, { note: 'theirs' })] });
    expect(describePreview(preview(theirs, ours), ours).conflicts).toEqual([
      { table: 'timeline', label: 'Timeline entries', names: ['note with Ada Brook on 2026-03-01'] },
    ]);
  });
});
