/** Characters Windows forbids in file names. */
const FORBIDDEN = new Set(['<', '>', ':', '"', '/', '\\', '|', '?', '*']);

const isControl = (ch: string) => {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f;
};

/**
 * A file name that Windows, macOS and a council's document management system will all
 * accept. Callers build it from meeting details only: a file name shows in folder
 * listings, e-mail attachments and audit trails, so it must never carry a child's name.
 */
export function safeDocxFileName(words: string): string {
  const cleaned = [...words]
    .map((ch) => (FORBIDDEN.has(ch) || isControl(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    // Windows drops trailing dots and spaces, which would change the name the app reports.
    .replace(/[. ]+$/, '');
  return `${cleaned || 'Document'}.docx`;
}
