// `npm run extract -- <page.html> --url <url>`: prints what Mentor Board reads from a
// saved page, as JSON, running the same extractor as the extension on a DOM built in
// Node (jsdom). It is how a failing page is reported and how the extractor is evaluated.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { JSDOM } from 'jsdom';
import { extractProfile } from '../lib/extract';
import { toReport } from '../lib/extract/report';

const USAGE = 'Usage: npm run extract -- <page.html> --url <url of the page>';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({ options: { url: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();
const [file] = positionals;
if (!file) fail('Name the saved page to read.');
if (!values.url)
  fail('Give the address the page was saved from with --url, e.g. --url https://www.linkedin.com/in/some-one/');
try {
  new URL(values.url);
} catch {
  fail(`--url ${values.url} is not a web address.`);
}

let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (error) {
  fail(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
}

const { window } = new JSDOM(html, { url: values.url });
process.stdout.write(`${JSON.stringify(toReport(extractProfile(window.document, values.url)), null, 2)}\n`);
