// parseBackup refuses a bad file whole and says what is wrong: where and why.
import { describe, expect, test } from 'vitest';
import { BACKUP_FORMAT, serializeBackup } from '../../../lib/backup/format';
import { checkBackupSize, formatBytes, type ParseResult, parseBackup } from '../../../lib/backup/parse';
import { backupOf, contact, dataOf, entry, sampleData, snapshotOf } from './build';

const validText = () => serializeBackup(backupOf(sampleData()));
/** The file as an object, changed by `edit`, then as text. */
// biome-ignore lint/suspicious/noExplicitAny: the test edits the file's JSON freely, as a person with an editor could
const edited = (edit: (file: Record<string, any>) => void) => {
  const file = JSON.parse(validText());
  edit(file);
  return JSON.stringify(file, null, 2);
};
const refusal = (result: ParseResult) => {
  if (result.ok) throw new Error('expected a refusal');
  return result;
};

describe('parseBackup accepts', () => {
  test('what serializeBackup wrote, with every record as it was', () => {
    const data = sampleData();
    const result = parseBackup(serializeBackup(backupOf(data)));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.backup.data).toEqual(data);
  });

  test('one record per line, so a problem’s line points at its record', () => {
    const lines = validText().split('\n');
    expect(lines.slice(0, 6)).toEqual([
      '{',
      '  "format": "mentor-board-backup",',
      '  "version": 1,',
      '  "exportedAt": "2026-05-01T10:00:00.000Z",',
      '  "app": {"schemaVersion":5},',
      '  "data": {',
    ]);
    expect(lines[7]).toMatch(/^ {6}\{"id":"contact-ada-brook",.*\},$/);
    expect(lines).toContain('    "offers": [');
  });

  test('a file saved with a byte order mark', () => {
    expect(parseBackup(`\uFEFF${validText()}`).ok).toBe(true);
  });

  test('an empty database’s backup', () => {
    expect(parseBackup(serializeBackup(backupOf(dataOf({})))).ok).toBe(true);
  });
});

describe('parseBackup refuses, saying why', () => {
  test('an empty file', () => {
    expect(refusal(parseBackup('')).message).toBe('The file is empty.');
    expect(refusal(parseBackup('  \n')).message).toBe('The file is empty.');
  });

  test('a file over the limit, with its size and the limit, before parsing', () => {
    const text = `{"format":"${BACKUP_FORMAT}", "pad": "${'x'.repeat(3000)}"`; // not even JSON
    const result = refusal(parseBackup(text, { maxBytes: 2048 }));
    expect(result.message).toBe('The file is 3 KB; a backup can be at most 2 KB. Is it a Mentor Board backup?');
  });

  test('the size counts bytes, not characters', () => {
    const text = JSON.stringify({ note: 'é'.repeat(600) }); // 1,200 bytes in 613 characters
    expect(refusal(parseBackup(text, { maxBytes: 1000 })).message).toMatch(/^The file is 1 KB;/);
    expect(checkBackupSize(5 * 1024 * 1024, 1024 * 1024)?.ok).toBe(false);
    expect(checkBackupSize(1024, 1024)).toBeUndefined();
    expect(formatBytes(1536 * 1024)).toBe('1.5 MB');
    expect(formatBytes(800)).toBe('800 bytes');
  });

  test('not JSON: the line and column, and what was expected', () => {
    const text = '{\n  "format": "mentor-board-backup",\n  "version": 1\n  "data": {}\n}';
    expect(refusal(parseBackup(text)).message).toBe(
      'The file is not valid JSON: at line 4, column 3, expected "," or "}" after a value, found \'"\'.',
    );
    expect(refusal(parseBackup('{"a": tru}')).message).toBe(
      'The file is not valid JSON: at line 1, column 10, unexpected "}".',
    );
    expect(refusal(parseBackup('{"a": 1} x')).message).toMatch(/line 1, column 10, unexpected "x" after the end/);
    expect(refusal(parseBackup("{'a': 1}")).message).toMatch(/column 2, expected a name in quotes, found "'"/);
  });

  test('a file cut off part-way: "looks cut off", with where it ends', () => {
    const text = validText();
    const cut = text.slice(0, Math.floor(text.length / 2));
    const message = refusal(parseBackup(cut)).message;
    expect(message).toMatch(/^The file looks cut off: it ends in the middle of .+ at line \d+, column \d+\./);
    expect(message).toMatch(/Use a complete copy of the backup, or export it again\.$/);
    expect(refusal(parseBackup('{"format": "mentor-board-backup", "notes": "half a sen')).message).toBe(
      'The file looks cut off: it ends in the middle of a text value (a closing " is missing) at line 1, column 55. Use a complete copy of the backup, or export it again.',
    );
  });

  test('JSON that is not a Mentor Board backup', () => {
    expect(refusal(parseBackup('[1, 2]')).message).toBe(
      'This is not a Mentor Board backup: the file holds a list, where a backup holds an object.',
    );
    expect(refusal(parseBackup('{"name": "Ada"}')).message).toBe(
      'This is not a Mentor Board backup: it has no "format": "mentor-board-backup".',
    );
    expect(refusal(parseBackup('{"format": "vcard"}')).message).toBe(
      'This is not a Mentor Board backup: its "format" is "vcard", not "mentor-board-backup".',
    );
  });

  test('a version newer than this Mentor Board knows, naming both', () => {
    const text = edited((file) => {
      file.version = 3;
    });
    expect(refusal(parseBackup(text)).message).toBe(
      'This backup was made by a newer Mentor Board (backup version 3); this one reads backups up to version 1. Update Mentor Board, then import the file again.',
    );
  });

  test('a version that is no version', () => {
    const text = edited((file) => {
      file.version = '1';
    });
    expect(refusal(parseBackup(text)).message).toBe(
      'The backup\'s "version" is "1"; this Mentor Board reads version 1.',
    );
  });

  test('records that break their schema: the path and the reason in words', () => {
    const text = edited((file) => {
      file.data.contacts[1].createdAt = '2026-13-01';
      file.data.contacts[0].stage = 'friend';
      delete file.data.contacts[0].name;
      file.data.needs[0].priority = 7;
      file.data.timeline[0].date = '2026-02-30T10:00:00Z';
      file.data.connections[0].connectedOn = '12 Mar 2024';
    });
    const result = refusal(parseBackup(text));
    expect(result.message).toBe('The backup has 6 problems:');
    expect(result.details).toEqual([
      'contacts[0].name: missing',
      'contacts[0].stage: "friend" is not one of: prospect, connected, giving-value, advice-asked, advice-acted-on, reported-back, ongoing',
      'contacts[1].createdAt: not a date and time like 2026-03-01T10:00:00Z ("2026-13-01")',
      'needs[0].priority: above 3 (7)',
      'timeline[0].date: not a date and time like 2026-03-01T10:00:00Z ("2026-02-30T10:00:00Z")',
      'and 1 more',
    ]);
  });

  test('wrong types in words, and a missing table', () => {
    const text = edited((file) => {
      file.data.contacts[0].tags = 'platform';
      file.data.contacts[0].keepInTouchDays = 1.5;
      file.data.settings[0].dailyNotification = 'yes';
      file.data.snapshots[0].snapshot.name = 'x'.repeat(301);
      delete file.data.offers;
    });
    expect(refusal(parseBackup(text)).details).toEqual([
      'contacts[0].tags: not a list ("platform")',
      'contacts[0].keepInTouchDays: not a whole number (1.5)',
      'snapshots[0].snapshot.name: longer than 300 characters',
      'offers: missing',
      'settings[0].dailyNotification: not true or false ("yes")',
    ]);
  });

  test('two "me" rows', () => {
    const text = edited((file) => {
      file.data.me.push(file.data.me[0]);
    });
    expect(refusal(parseBackup(text)).details).toEqual(['me: more than 1 entry']);
  });
});

describe('parseBackup refuses a file that does not hold together', () => {
  const refusedFor = (data: ReturnType<typeof sampleData>) => refusal(parseBackup(serializeBackup(backupOf(data))));

  test('history whose contact is not in the file', () => {
    const ghost = contact('ghost-person');
    const data = sampleData();
    data.snapshots.push(snapshotOf(ghost));
    data.timeline.push(entry(ghost));
    const result = refusedFor(data);
    expect(result.message).toBe('The backup does not hold together (2 problems):');
    expect(result.details).toEqual([
      'snapshots[2].contactId: no contact with the id "contact-ghost-person" in this file',
      'timeline[1].contactId: no contact with the id "contact-ghost-person" in this file',
    ]);
  });

  test('one id twice, two contacts with one profile address, one connection key twice', () => {
    const data = sampleData();
    const [ada] = data.contacts;
    const [first] = data.needs;
    const [row] = data.connections;
    if (!ada || !first || !row) throw new Error('sampleData changed');
    data.contacts.push({ ...ada, id: 'contact-other' });
    data.contacts.push(contact('kit-moor', { aliases: [ada.profileKey] }));
    data.needs.push({ ...first, text: 'Another' });
    data.connections.push({ ...row, id: 'connection-2' });
    expect(refusedFor(data).details).toEqual([
      'needs[1].id: the id "need-1" is also used by needs[0]',
      'contacts[2]: the profile "https://www.linkedin.com/in/ada-brook/" also belongs to contacts[0]',
      'contacts[3]: the profile "https://www.linkedin.com/in/ada-brook/" also belongs to contacts[0]',
      'connections[1].key: "https://www.linkedin.com/in/kit-moor/" is also the key of connections[0]',
    ]);
  });

  test('lists at most five problems, then how many more', () => {
    const data = sampleData();
    for (let i = 0; i < 9; i += 1) data.timeline.push(entry(contact(`ghost-${i}`)));
    const { details } = refusedFor(data);
    expect(details).toHaveLength(6);
    expect(details.at(-1)).toBe('and 4 more');
  });
});
