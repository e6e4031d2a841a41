/** Characters Windows forbids in file names. */
const FORBIDDEN = new Set(['<', '>', ':', '"', '/', '\\', '|', '?', '*']);

const isControl = (ch: string) => {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f;
};

/**
 * A file or folder name that Windows, macOS and a council's document management system
 * will all accept. A file name shows in folder listings, e-mail attachments and audit
 * trails, so only a child's own extract carries a child's name (their case record expects it).
 */
export function safeFileStem(words: string): string {
  const cleaned = [...words]
    .map((ch) => (FORBIDDEN.has(ch) || isControl(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    // Windows drops trailing dots and spaces, which would change the name the app reports.
    .replace(/[. ]+$/, '');
  return cleaned || 'Document';
}

export function safeDocxFileName(words: string): string {
  return `${safeFileStem(words)}.docx`;
}
