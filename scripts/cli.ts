// What the command-line tools (npm run match, coach) share: their result, and how they read
// files (a parameter, so tests can hand them text without touching the disk).
import { readFileSync } from 'node:fs';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export type ReadFile = (path: string) => string;
export const readText: ReadFile = (path) => readFileSync(path, 'utf8');
