import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSampleDocuments, convertToPdf, onPath } from '../support/sample-documents';
import { tempDir } from './support/temp-dir';

/**
 * Pictures of page one of each Word document for the README, in docs/documents/ (and, for
 * the record with Newham's example plan, the page of its SMART plan).
 * Opt in: `npm run docs:pictures` (PANELROOM_DOC_PICTURES=1), which needs LibreOffice
 * (soffice) and poppler (pdftoppm). Every other run skips this file.
 */
const wanted = process.env.PANELROOM_DOC_PICTURES === '1';
const OUT_DIR = fileURLToPath(new URL('../../docs/documents/', import.meta.url));
/** Readable at 80 dpi (a 662 × 936 picture of an A4 page), and each file stays near 100 KB. */
const RESOLUTION = 80;
const MAX_BYTES = 150 * 1024;

/** Page one, or the first page holding the words asked for (found with poppler's pdftotext). */
function pictureOf(pdf: string, words: string | undefined): number {
  if (!words) return 1;
  const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\f');
  const at = pages.findIndex((p) => p.replace(/\s+/g, ' ').includes(words));
  if (at < 0) throw new Error(`No page of ${path.basename(pdf)} says “${words}”.`);
  return at + 1;
}

describe.skipIf(!wanted)('pictures of page one of each Word document', () => {
  it('writes docs/documents/<kind>.png for every kind', { timeout: 180_000 }, async () => {
    for (const program of ['soffice', 'pdftoppm', 'pdftotext']) {
      if (!onPath(program)) throw new Error(`${program} is needed to draw the pictures: install LibreOffice (soffice) and poppler-utils (pdftoppm).`);
    }
    const samples = await buildSampleDocuments();
    const work = tempDir('panelroom-pictures-');
    const files = samples.map((s) => {
      const file = path.join(work, `${s.kind}.docx`);
      fs.writeFileSync(file, s.buffer);
      return file;
    });
    await convertToPdf(files, work, work);

    fs.mkdirSync(OUT_DIR, { recursive: true });
    for (const sample of samples) {
      const pdf = path.join(work, `${sample.kind}.pdf`);
      const first = pictureOf(pdf, sample.picturePageWith);
      for (let n = 0; n < (sample.picturePages ?? 1); n++) {
        const name = n === 0 ? sample.kind : `${sample.kind}-${n + 1}`;
        const target = path.join(OUT_DIR, name);
        // -singlefile writes <target>.png with no page-number suffix.
        execFileSync('pdftoppm', ['-png', '-r', String(RESOLUTION), '-f', String(first + n), '-l', String(first + n), '-singlefile', pdf, target]);
        const size = fs.statSync(`${target}.png`).size;
        console.log(`docs/documents/${name}.png: ${Math.round(size / 1024)} KB`);
        expect(size, name).toBeGreaterThan(10_000);
        expect(size, name).toBeLessThan(MAX_BYTES);
      }
    }
  });
});
