import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../../../shared/schemas/minutes';

/**
 * The core wraps matched words in two control characters no one types. Splitting on them
 * and drawing <mark> elements highlights the words while every piece of the minutes stays
 * plain text (never parsed as HTML). A stray or missing marker shows the text unmarked.
 */
export function splitSnippet(snippet: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  for (const [i, chunk] of snippet.split(SNIPPET_OPEN).entries()) {
    if (i === 0) {
      parts.push({ text: chunk.replaceAll(SNIPPET_CLOSE, ''), marked: false });
      continue;
    }
    const close = chunk.indexOf(SNIPPET_CLOSE);
    if (close < 0) parts.push({ text: chunk, marked: false });
    else {
      parts.push({ text: chunk.slice(0, close), marked: true });
      parts.push({ text: chunk.slice(close + 1).replaceAll(SNIPPET_CLOSE, ''), marked: false });
    }
  }
  return parts.filter((p) => p.text !== '');
}

export function Snippet({ text }: { text: string }) {
  return (
    <>
      {splitSnippet(text).map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}

/** Marks where `query` appears in `text`, ignoring case: how a match on a child's name or case reference is shown. */
export function Highlighted({ text, query }: { text: string; query: string }) {
  const needle = query.trim().toLocaleLowerCase('en-GB');
  const at = needle ? text.toLocaleLowerCase('en-GB').indexOf(needle) : -1;
  // Lower-casing can change a string's length in rare scripts; then the text is shown unmarked rather than marked wrongly.
  if (at < 0 || text.toLocaleLowerCase('en-GB').length !== text.length) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark>{text.slice(at, at + needle.length)}</mark>
      {text.slice(at + needle.length)}
    </>
  );
}
