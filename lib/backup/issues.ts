// zod's findings on a backup file, in words: where (contacts[3].createdAt) and why
// (not a date and time like 2026-03-01T10:00:00Z, with the value found).
import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** How many problems a message lists before "and N more". */
export const MAX_LISTED = 5;

/** `contacts[3].corrections["job title"]`: the path as a person would point at it. */
export function formatPath(path: Path): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out || 'the file';
}

/** A found value, short: `"2026-13-01"`, `42`, `a list`, `an object`. */
export function showValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function hasKey(root: unknown, path: Path): boolean {
  const parent = valueAt(root, path.slice(0, -1));
  const last = path.at(-1);
  return parent !== null && typeof parent === 'object' && last !== undefined && last in parent;
}

function listValues(values: readonly unknown[]): string {
  const shown = values.slice(0, 7).map(String).join(', ');
  return values.length > 7 ? `${shown}, …` : shown;
}

/** Why, in words, for one issue; `root` is the parsed file, to show the value found. */
function reason(issue: Issue, root: unknown): string {
  const found = valueAt(root, issue.path);
  if (found === undefined && !hasKey(root, issue.path) && issue.code !== 'unrecognized_keys') return 'missing';
  const shown = showValue(found);
  switch (issue.code) {
    case 'invalid_type':
      return `not ${TYPE_WORDS[issue.expected] ?? issue.expected} (${shown})`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `should be ${showValue(issue.values[0])}, not ${shown}`
        : `${shown} is not one of: ${listValues(issue.values)}`;
    case 'too_big':
      if (issue.origin === 'string') return `longer than ${issue.maximum} characters`;
      if (issue.origin === 'array') return `more than ${issue.maximum} ${issue.maximum === 1 ? 'entry' : 'entries'}`;
      return `above ${issue.maximum} (${shown})`;
    case 'too_small':
      if (issue.origin === 'string') return `shorter than ${issue.minimum} characters`;
      if (issue.origin === 'array') return `fewer than ${issue.minimum} entries`;
      return `below ${issue.minimum} (${shown})`;
    case 'invalid_format':
    case 'custom':
      // Our own checks carry words already ("not a date and time like …"); zod's do not.
      return `${issue.message.startsWith('Invalid') ? 'not in the expected form' : issue.message} (${shown})`;
    case 'invalid_union':
      return `not in any of the accepted forms (${shown})`;
    case 'invalid_key':
      return `has a name that is not allowed (${shown})`;
    case 'unrecognized_keys':
      return `has unknown fields: ${issue.keys.join(', ')}`;
    default:
      return `not accepted (${shown})`;
  }
}

/** One line per issue, `path: reason`, where paths under `data` drop that prefix. */
export function describeIssues(issues: readonly Issue[], root: unknown): string[] {
  return issues.map((issue) => {
    const path = issue.path[0] === 'data' ? issue.path.slice(1) : issue.path;
    return `${formatPath(path)}: ${reason(issue, root)}`;
  });
}

/** At most MAX_LISTED lines, then "and N more". */
export function listSome(lines: readonly string[]): string[] {
  if (lines.length <= MAX_LISTED) return [...lines];
  return [...lines.slice(0, MAX_LISTED), `and ${lines.length - MAX_LISTED} more`];
}
