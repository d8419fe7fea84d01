// Reading the inputs of `npm run match` (a public contract): needs, me and a profile as
// JSON, checked with messages that name the entry and the field that is wrong, so a
// user can fix the file without reading code.
import { ProfileSnapshot } from '../schema/profile';
import { NEED_KINDS } from '../schema/records';
import { EMPTY_ME_PROFILE, type MeProfile, type NeedInput } from './types';

export class InputError extends Error {}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const show = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));

export function parseNeeds(json: unknown, source = 'needs.json'): NeedInput[] {
  if (!Array.isArray(json))
    throw new InputError(`${source}: expected a list of needs ([{ "id", "text", "kind" }, …]), got ${show(json)}.`);
  if (json.length === 0) throw new InputError(`${source}: the list of needs is empty.`);
  const seen = new Set<string>();
  return json.map((entry, i) => {
    const where = `${source}: entry ${i + 1}${isObject(entry) && typeof entry.id === 'string' ? ` (id "${entry.id}")` : ''}`;
    if (!isObject(entry))
      throw new InputError(`${where}: expected an object with "id", "text" and "kind", got ${show(entry)}.`);
    const { id, text, kind, keywords, priority } = entry;
    if (typeof id !== 'string' || !id.trim())
      throw new InputError(`${where}: "id" must be a non-empty string, got ${show(id)}.`);
    if (seen.has(id)) throw new InputError(`${where}: "id" "${id}" is used by an earlier need; ids must be unique.`);
    seen.add(id);
    if (typeof text !== 'string' || !text.trim())
      throw new InputError(`${where}: "text" must be a non-empty string, got ${show(text)}.`);
    if (typeof kind !== 'string' || !(NEED_KINDS as readonly string[]).includes(kind))
      throw new InputError(`${where}: "kind" must be one of ${NEED_KINDS.join(', ')}; got ${show(kind)}.`);
    if (keywords !== undefined && !(Array.isArray(keywords) && keywords.every((k) => typeof k === 'string')))
      throw new InputError(`${where}: "keywords" must be a list of strings, got ${show(keywords)}.`);
    if (
      priority !== undefined &&
      !(Number.isInteger(priority) && (priority as number) >= 1 && (priority as number) <= 3)
    )
      throw new InputError(`${where}: "priority" must be 1, 2 or 3, got ${show(priority)}.`);
    return {
      id,
      text,
      kind: kind as NeedInput['kind'],
      ...(keywords ? { keywords: keywords as string[] } : {}),
      ...(priority !== undefined ? { priority: priority as number } : {}),
    };
  });
}

const ME_LISTS = ['schools', 'companies', 'places', 'languages', 'causes', 'communities'] as const;

/** Missing lists default to []; a missing summary to "". */
export function parseMe(json: unknown, source = 'me.json'): MeProfile {
  if (!isObject(json))
    throw new InputError(`${source}: expected an object like { "summary", "schools": [], … }, got ${show(json)}.`);
  if (json.summary !== undefined && typeof json.summary !== 'string')
    throw new InputError(`${source}: "summary" must be a string, got ${show(json.summary)}.`);
  const me: MeProfile = { ...structuredClone(EMPTY_ME_PROFILE), summary: (json.summary as string | undefined) ?? '' };
  for (const list of ME_LISTS) {
    const value = json[list];
    if (value === undefined) continue;
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
      throw new InputError(`${source}: "${list}" must be a list of strings, got ${show(value)}.`);
    me[list] = value;
  }
  return me;
}

/**
 * A ProfileSnapshot, or what `npm run extract` prints (the snapshot with `status` and
 * maybe `partialReason` at the top level), or an ExtractResult ({ status, snapshot }).
 */
export function parseProfile(json: unknown, source = 'profile.json'): ProfileSnapshot {
  if (!isObject(json)) throw new InputError(`${source}: expected a profile object, got ${show(json)}.`);
  if (json.status === 'none')
    throw new InputError(
      `${source}: there is no profile in it (${typeof json.reason === 'string' ? json.reason : 'status "none"'}).`,
    );
  const { status: _status, partialReason: _partial, ...rest } = isObject(json.snapshot) ? json.snapshot : json;
  const parsed = ProfileSnapshot.safeParse(rest);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.slice(0, 5).map((issue) => {
    const path = issue.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '');
    return `"${path || '(top level)'}" ${describe(issue)}`;
  });
  throw new InputError(`${source} is not a profile: ${problems.join('; ')}.`);
}

function describe(issue: {
  code: string;
  expected?: unknown;
  maximum?: unknown;
  message?: string;
  input?: unknown;
}): string {
  if (issue.code === 'invalid_type')
    return issue.input === undefined ? `is missing (expected ${issue.expected})` : `must be ${issue.expected}`;
  if (issue.code === 'too_big') return `is too long (at most ${issue.maximum})`;
  if (issue.code === 'invalid_format') return 'is not in the expected format (dates are "YYYY" or "YYYY-MM")';
  if (issue.code === 'invalid_value') return 'has a value that is not allowed';
  return issue.message ?? 'is not valid';
}
