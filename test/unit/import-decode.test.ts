import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../renderer/src/pages/import/decode-file';

describe('reading the bytes of a CSV export', () => {
  it('reads UTF-8, dropping a BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Case reference\r\nZoë')]);
    expect(decodeCsvBytes(bytes)).toBe('Case reference\r\nZoë');
  });

  it('reads a file that is not valid UTF-8 as windows-1252, so accents and curly quotes survive', () => {
    // "Zoë ‘Sample’ – £5" in windows-1252
    const bytes = new Uint8Array([0x5a, 0x6f, 0xeb, 0x20, 0x91, 0x53, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x92, 0x20, 0x96, 0x20, 0xa3, 0x35]);
    expect(decodeCsvBytes(bytes)).toBe('Zoë ‘Sample’ – £5');
  });

  it('reads Excel’s “Unicode text” (UTF-16 with a BOM)', () => {
    const text = 'Ref\tName\r\nA1\tSiân';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      le[2 + i * 2] = text.charCodeAt(i) & 0xff;
      le[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(decodeCsvBytes(le)).toBe(text);
  });
});
