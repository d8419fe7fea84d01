// Reading a backup file: refused whole, with what is wrong (where and why), or accepted
// whole. The checks go from cheapest to dearest: size, JSON, format and version, every
// record against its schema, then the file as a whole.
import { BACKUP_FORMAT, BACKUP_VERSION, Backup, MAX_BACKUP_BYTES } from './format';
import { describeIssues, listSome } from './issues';
import { locateJsonError } from './json-error';
import { checkReferences } from './references';

export type ParseResult =
  | { ok: true; backup: Backup }
  /** `message` says what is wrong; `details` lists where (at most a few, then "and N more"). */
  | { ok: false; message: string; details: string[] };

const refuse = (message: string, details: string[] = []): ParseResult => ({ ok: false, message, details });

/** 1.5 MB, 120 KB, 800 bytes. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** A refusal when a file of `bytes` is over the limit; checked before the file is even read. */
export function checkBackupSize(bytes: number, maxBytes = MAX_BACKUP_BYTES): ParseResult | undefined {
  if (bytes <= maxBytes) return undefined;
  return refuse(
    `The file is ${formatBytes(bytes)}; a backup can be at most ${formatBytes(maxBytes)}. Is it a Mentor Board backup?`,
  );
}

/** The UTF-8 size of `text`, counted without copying it. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      bytes += 4; // a surrogate pair: one character of four bytes
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

function describeJsonError(text: string, engineMessage: string): ParseResult {
  const found = locateJsonError(text);
  if (!found) return refuse(`The file is not valid JSON (${engineMessage}).`);
  const where = `line ${found.line}, column ${found.column}`;
  if (found.reason === 'the file is empty') return refuse('The file is empty.');
  if (found.endedEarly) {
    return refuse(
      `The file looks cut off: ${found.reason} at ${where}. Use a complete copy of the backup, or export it again.`,
    );
  }
  return refuse(`The file is not valid JSON: at ${where}, ${found.reason}.`);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks a parsed value: the format and version first, then every record, then the whole. */
export function checkBackup(value: unknown): ParseResult {
  const notOurs = 'This is not a Mentor Board backup:';
  if (!isObject(value)) {
    const what = Array.isArray(value) ? 'a list' : `a single value (${String(value)})`;
    return refuse(`${notOurs} the file holds ${what}, where a backup holds an object.`);
  }
  if (value.format === undefined) return refuse(`${notOurs} it has no "format": "${BACKUP_FORMAT}".`);
  if (value.format !== BACKUP_FORMAT) {
    return refuse(`${notOurs} its "format" is ${JSON.stringify(value.format)}, not "${BACKUP_FORMAT}".`);
  }
  const { version } = value;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return refuse(
      `This backup was made by a newer Mentor Board (backup version ${version}); this one reads backups up to version ${BACKUP_VERSION}. Update Mentor Board, then import the file again.`,
    );
  }
  if (version !== BACKUP_VERSION) {
    return refuse(
      `The backup's "version" is ${JSON.stringify(version) ?? 'missing'}; this Mentor Board reads version ${BACKUP_VERSION}.`,
    );
  }
  const parsed = Backup.safeParse(value);
  if (!parsed.success) {
    const lines = describeIssues(parsed.error.issues, value);
    return refuse(`The backup has ${countWord(lines.length, 'problem')}:`, listSome(lines));
  }
  const broken = checkReferences(parsed.data.data);
  if (broken.length) {
    return refuse(`The backup does not hold together (${countWord(broken.length, 'problem')}):`, listSome(broken));
  }
  return { ok: true, backup: parsed.data };
}

const countWord = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A backup file's text, checked whole; nothing about it is trusted until it passes. */
export function parseBackup(text: string, { maxBytes = MAX_BACKUP_BYTES }: { maxBytes?: number } = {}): ParseResult {
  // Before parsing: a huge file must not be parsed at all.
  const tooBig = checkBackupSize(utf8Bytes(text), maxBytes);
  if (tooBig) return tooBig;
  // A byte order mark, as some editors save it, is not part of the data.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return refuse('The file is empty.');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return describeJsonError(body, error instanceof Error ? error.message : String(error));
  }
  return checkBackup(value);
}
