import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { SMALL_SIZE } from './styles';

/**
 * The Government Security Classifications marking for personal information about
 * children: top and bottom of every page, so a single page that is printed, copied or
 * separated from the rest still says how it must be handled.
 */
export const PROTECTIVE_MARKING = 'OFFICIAL-SENSITIVE';

const markingParagraph = () =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    children: [new TextRun({ text: PROTECTIVE_MARKING, bold: true })],
  });

export function markingHeader(note?: string): Header {
  const noted = note ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, children: [new TextRun({ text: note, bold: true })] })] : [];
  return new Header({ children: [markingParagraph(), ...noted] });
}

/** 'Page 2 of 5' tells a reader of a filed or faxed copy whether any page is missing. */
export function markingFooter(): Footer {
  return new Footer({
    children: [
      markingParagraph(),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 60, after: 0 },
        children: [new TextRun({ size: SMALL_SIZE, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}
