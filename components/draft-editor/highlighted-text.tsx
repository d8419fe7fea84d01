import { PLACEHOLDER } from '../../lib/draft/types';

/**
 * The text of a draft with its unfilled placeholders marked, drawn behind the textarea
 * so they stay highlighted until the user fills them. Rendered as text, never as HTML.
 */
export function HighlightedText({ text }: { text: string }) {
  const parts: preact.ComponentChildren[] = [];
  let last = 0;
  for (const match of text.matchAll(new RegExp(PLACEHOLDER.source, 'g'))) {
    const at = match.index ?? 0;
    parts.push(text.slice(last, at));
    parts.push(<mark key={at}>{match[0]}</mark>);
    last = at + match[0].length;
  }
  parts.push(text.slice(last));
  // A trailing newline needs a character after it to take up its line in the mirror.
  return <>{[...parts, '\u200b']}</>;
}
