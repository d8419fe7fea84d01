// Where a text stops being JSON, and why, in words. JSON.parse says so too, but in words
// that differ by browser (V8 gives a character offset, Firefox a line and column, neither
// says the file was cut short), so this scanner runs after JSON.parse has refused a text,
// and only then: a valid file never pays for it.

export interface JsonError {
  /** 1-based, as editors count. */
  line: number;
  column: number;
  reason: string;
  /** The text ended while a value was still open: the file looks cut off. */
  endedEarly: boolean;
}

class Stop {
  constructor(
    readonly at: number,
    readonly reason: string,
    readonly endedEarly = false,
  ) {}
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

function scan(text: string): void {
  let i = 0;
  const end = (what: string): never => {
    throw new Stop(text.length, `it ends in the middle of ${what}`, true);
  };
  const skipSpace = () => {
    while (i < text.length && WHITESPACE.has(text.charAt(i))) i += 1;
  };
  // A quote mark shown in quotes reads badly ("\""): it gets single ones.
  const describe = (at: number) => (text.charAt(at) === '"' ? `'"'` : JSON.stringify(text.charAt(at)));
  const literal = (word: string) => {
    for (const char of word) {
      if (i >= text.length) end(`the word ${word}`);
      if (text.charAt(i) !== char) throw new Stop(i, `unexpected ${describe(i)}`);
      i += 1;
    }
  };
  const string = () => {
    i += 1; // the opening quote
    while (true) {
      if (i >= text.length) end('a text value (a closing " is missing)');
      const char = text.charAt(i);
      if (char === '"') {
        i += 1;
        return;
      }
      if (char === '\\') {
        if (i + 1 >= text.length) end('a text value');
        const next = text.charAt(i + 1);
        if (next === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (i + 6 > text.length) end('a text value');
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Stop(i, 'a \\u escape needs four hexadecimal digits');
          i += 6;
        } else if (ESCAPES.has(next)) i += 2;
        else throw new Stop(i, `${JSON.stringify(`\\${next}`)} is not a valid escape in a text value`);
        continue;
      }
      if (char < ' ') throw new Stop(i, 'a text value holds a raw line break or control character');
      i += 1;
    }
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match?.[0] || match[0] === '-') {
      if (i + 1 >= text.length) end('a number');
      throw new Stop(i, 'a number is malformed');
    }
    i += match[0].length;
  };
  const value = (): void => {
    skipSpace();
    if (i >= text.length) end('a value');
    const char = text.charAt(i);
    if (char === '{') container('}', true);
    else if (char === '[') container(']', false);
    else if (char === '"') string();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else if (char === '-' || (char >= '0' && char <= '9')) number();
    else throw new Stop(i, `unexpected ${describe(i)} where a value should be`);
  };
  const container = (close: string, isObject: boolean): void => {
    const what = isObject ? 'an object' : 'a list';
    i += 1;
    skipSpace();
    if (i >= text.length) end(what);
    if (text.charAt(i) === close) {
      i += 1;
      return;
    }
    while (true) {
      if (isObject) {
        skipSpace();
        if (i >= text.length) end(what);
        if (text.charAt(i) !== '"') throw new Stop(i, `expected a name in quotes, found ${describe(i)}`);
        string();
        skipSpace();
        if (i >= text.length) end(what);
        if (text.charAt(i) !== ':') throw new Stop(i, `expected ":" after a name, found ${describe(i)}`);
        i += 1;
      }
      value();
      skipSpace();
      if (i >= text.length) end(what);
      const char = text.charAt(i);
      i += 1;
      if (char === close) return;
      if (char !== ',') throw new Stop(i - 1, `expected "," or "${close}" after a value, found ${describe(i - 1)}`);
    }
  };
  skipSpace();
  if (i >= text.length) throw new Stop(0, 'the file is empty', true);
  value();
  skipSpace();
  if (i < text.length) throw new Stop(i, `unexpected ${describe(i)} after the end of the data`);
}

function lineAndColumn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1 };
}

/** Where `text` stops being JSON, or undefined when it is valid JSON. */
export function locateJsonError(text: string): JsonError | undefined {
  try {
    scan(text);
    return undefined;
  } catch (error) {
    // Nesting deeper than the stack (a hostile file): the caller falls back to JSON.parse's words.
    if (!(error instanceof Stop)) return undefined;
    return { ...lineAndColumn(text, error.at), reason: error.reason, endedEarly: error.endedEarly };
  }
}
