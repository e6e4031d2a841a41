/**
 * Turns the bytes of an export into text. Case systems and Excel write UTF-8 (with or
 * without a BOM), UTF-16 ("Unicode text") or, from older Windows tools, windows-1252:
 * a file that is not valid UTF-8 is read as windows-1252, so "Zoë" stays "Zoë" rather
 * than becoming replacement characters.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fixC1(new TextDecoder('windows-1252').decode(bytes));
  }
}

// windows-1252 puts curly quotes, dashes and € in 0x80-0x9F. Browsers decode them so;
// some runtimes (Node's TextDecoder among them) read those bytes as Latin-1 control
// characters. Mapping any that come through makes the result the same everywhere.
const C1_TO_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (ch) => C1_TO_1252[ch.charCodeAt(0) - 0x80]!);
}

/** The core refuses more than this; saying so before sending spares a long wait. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
