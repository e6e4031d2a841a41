import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSampleDocuments, convertToPdf, onPath } from '../support/sample-documents';
import { tempDir } from './support/temp-dir';

/**
 * Every kind of Word document opens cleanly in another office suite: LibreOffice reads
 * each one without complaint and lays it out as a PDF with its title, the marking and
 * a page number that agrees with the page count. Word is not the only program councils,
 * partner agencies and courts open these files in. Skipped where LibreOffice is not installed.
 */
describe.skipIf(!onPath('soffice'))('the Word documents in LibreOffice', () => {
  it('converts every kind to PDF without an error, with its title, OFFICIAL-SENSITIVE and "Page 1 of" on page one', { timeout: 180_000 }, async () => {
    const samples = await buildSampleDocuments();
    expect(new Set(samples.map((s) => s.kind)).size).toBe(8);

    const work = tempDir('panelroom-libreoffice-');
    const docxDir = path.join(work, 'docx');
    const pdfDir = path.join(work, 'pdf');
    fs.mkdirSync(docxDir);
    fs.mkdirSync(pdfDir);
    const files = samples.map((s) => {
      const file = path.join(docxDir, `${s.kind}.docx`);
      fs.writeFileSync(file, s.buffer);
      return file;
    });

    const { stdout, stderr } = await convertToPdf(files, pdfDir, work);
    const output = `${stdout}\n${stderr}`;
    // LibreOffice names no file when one cannot be loaded ("Error: source file could not be loaded"), so any error fails the run.
    expect(output.split('\n').filter((line) => /^\s*error\b/i.test(line))).toEqual([]);
    const withPdftotext = onPath('pdftotext');

    for (const sample of samples) {
      const docx = path.join(docxDir, `${sample.kind}.docx`);
      const pdf = path.join(pdfDir, `${sample.kind}.pdf`);
      // LibreOffice says which file it converted, and says nothing about this one going wrong.
      expect(stdout, sample.kind).toContain(`convert ${docx} -> ${pdf}`);
      const complaints = output.split('\n').filter((line) => line.includes(`${sample.kind}.docx`) && /error|fail|could not|cannot/i.test(line));
      expect(complaints, sample.kind).toEqual([]);

      expect(fs.existsSync(pdf), sample.kind).toBe(true);
      const bytes = fs.readFileSync(pdf);
      expect(bytes.subarray(0, 5).toString('latin1'), sample.kind).toBe('%PDF-');
      expect(bytes.length, sample.kind).toBeGreaterThan(10_000);

      if (!withPdftotext) continue;
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
      // pdftotext ends every page with a form feed.
      const pages = text.split('\f').slice(0, -1);
      expect(pages.length, sample.kind).toBeGreaterThan(0);
      const pageOne = pages[0]!.replace(/\s+/g, ' ');
      expect(pageOne, sample.kind).toContain(sample.title);
      expect(pageOne, sample.kind).toContain('OFFICIAL-SENSITIVE');
      // The page fields work in LibreOffice too: "Page 1 of N", N being the real page count.
      expect(pageOne, sample.kind).toContain(`Page 1 of ${pages.length}`);
      expect(pages.every((p) => p.includes('OFFICIAL-SENSITIVE')), sample.kind).toBe(true);
    }
  });
});
