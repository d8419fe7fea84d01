import { dirname, join, normalize } from 'node:path';

export interface Rule {
  name: string;
  appliesTo(file: string): boolean;
  /** `spec` is a package name, or a project path without extension ("lib/db/database"). */
  forbidsImport(spec: string, file: string): boolean;
  /** Code that must not appear (comments are stripped first). */
  forbidsCode?: RegExp;
}

const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

/** The import specifiers of a file, relative ones resolved to project paths. */
export function importsOf(file: string, source: string): string[] {
  const specs: string[] = [];
  for (const match of source.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2] ?? match[3];
    if (!spec) continue;
    specs.push(spec.startsWith('.') ? normalize(join(dirname(file), spec)).replace(/\\/g, '/') : spec);
  }
  return specs;
}

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Every way `source` (the text of `file`) breaks `rule`, as readable lines. */
export function violations(rule: Rule, file: string, source: string): string[] {
  const found = importsOf(file, source)
    .filter((spec) => rule.forbidsImport(spec, file))
    .map((spec) => `${file} imports ${spec}`);
  const code = rule.forbidsCode && stripComments(source).match(rule.forbidsCode);
  if (code) found.push(`${file} uses ${code[0].trim()}`);
  return found;
}
