// Ways a backup file goes bad: cut short, characters changed or lost, a value of the wrong
// type, a field gone, a version from the future. Positions are fractions of the file, so
// one generated corruption applies to files of any length.
import fc from 'fast-check';

export type Corruption =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number[]; chars: string }
  | { kind: 'delete'; at: number[] }
  | { kind: 'wrong-type'; at: number; value: unknown }
  /** A text value replaced by other text: often still a valid backup, with other data. */
  | { kind: 'edit-text'; at: number; text: string }
  | { kind: 'drop-field'; at: number }
  | { kind: 'bump-version'; version: unknown };

// Unbiased: fast-check otherwise favours small numbers, and every cut would land at the start.
const fraction = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);

export const corruptionArb: fc.Arbitrary<Corruption> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.array(fraction, { minLength: 1, maxLength: 4 }),
    chars: fc.string({ minLength: 4, maxLength: 4, unit: 'binary' }).map((s) => `${s}{}[]",:0x`),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.array(fraction, { minLength: 1, maxLength: 4 }) }),
  fc.record({
    kind: fc.constant('wrong-type' as const),
    at: fraction,
    value: fc.constantFrom<unknown>(null, 42, -1, 1.5, '', 'x', '2026-13-01', true, [], {}, [1], { a: 1 }),
  }),
  fc.record({ kind: fc.constant('drop-field' as const), at: fraction }),
  fc.record({ kind: fc.constant('edit-text' as const), at: fraction, text: fc.string({ maxLength: 8 }) }),
  fc.record({
    kind: fc.constant('bump-version' as const),
    version: fc.constantFrom<unknown>(0, 2, 3, 99, -1, 1.5, '1', null, undefined),
  }),
);

type Path = (string | number)[];

/** Every value's path in a parsed JSON tree, the root first. */
function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) paths(item, [...at, i], out);
  } else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) paths(item, [...at, key], out);
  return out;
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  let value = root as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) value = value[part] as Record<string | number, unknown>;
  return value;
}

const pick = <T>(list: readonly T[], at: number): T | undefined => list[Math.floor(at * list.length)];

export function corrupt(text: string, corruption: Corruption): string {
  switch (corruption.kind) {
    case 'truncate':
      return text.slice(0, Math.floor(corruption.at * text.length));
    case 'flip': {
      const chars = [...text];
      corruption.at.forEach((at, i) => {
        chars[Math.floor(at * chars.length)] = corruption.chars.charAt(i % corruption.chars.length);
      });
      return chars.join('');
    }
    case 'delete': {
      const gone = new Set(corruption.at.map((at) => Math.floor(at * text.length)));
      return [...text].filter((_, i) => !gone.has(i)).join('');
    }
    case 'wrong-type':
    case 'edit-text':
    case 'drop-field': {
      const root = JSON.parse(text) as unknown;
      const all = paths(root).filter(
        (path) =>
          path.length > 0 &&
          (corruption.kind !== 'edit-text' || typeof parentOf(root, path)[path.at(-1) ?? ''] === 'string'),
      );
      const path = pick(all, corruption.at);
      if (!path) return text;
      const parent = parentOf(root, path);
      const key = path.at(-1) as string | number;
      if (corruption.kind === 'wrong-type') parent[key] = corruption.value;
      else if (corruption.kind === 'edit-text') parent[key] = corruption.text;
      else if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      return JSON.stringify(root, null, 2);
    }
    case 'bump-version': {
      const root = JSON.parse(text) as Record<string, unknown>;
      root.version = corruption.version;
      return JSON.stringify(root, null, 2);
    }
  }
}
