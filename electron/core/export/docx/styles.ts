import { type IParagraphStyleOptions, type IStylesOptions } from 'docx';

/** Word sizes are in half-points. */
const pt = (points: number) => points * 2;

export const FONT = 'Arial';
export const BODY_SIZE = pt(11);
export const SMALL_SIZE = pt(10);

/**
 * Black throughout: these documents are printed, photocopied and scanned into court
 * bundles in black and white, where Word's default blue headings turn pale grey.
 */
const INK = '000000';

/** The nearest the values of a details block start: 3.5 cm in. A block with longer labels starts them further in (`label-width.ts`). */
export const DETAIL_VALUE_INDENT = 1985;

/** Paragraph style ids the documents use by name, beyond Word's built-in headings. */
export const STYLE = {
  organisation: 'Organisation',
  detail: 'DetailLine',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
} as const;

const heading = (size: number, before: number, outlineLevel: number) => ({
  run: { font: FONT, size, bold: true, color: INK },
  // An outline level puts the heading in Word's navigation pane and any table of contents.
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
});

const customStyles: IParagraphStyleOptions[] = [
  {
    id: STYLE.organisation,
    name: 'Organisation',
    basedOn: 'Normal',
    next: 'Title',
    quickFormat: true,
    run: { size: pt(12), bold: true, color: INK },
    paragraph: { spacing: { after: 80 }, keepNext: true },
  },
  {
    id: STYLE.detail,
    name: 'Detail Line',
    basedOn: 'Normal',
    quickFormat: true,
    // A hanging indent keeps a long value that wraps lined up with the value, not the label.
    paragraph: { spacing: { after: 60 }, indent: { left: DETAIL_VALUE_INDENT, hanging: DETAIL_VALUE_INDENT } },
  },
  {
    id: STYLE.tableText,
    name: 'Table Text',
    basedOn: 'Normal',
    quickFormat: true,
    // 10 pt: a dd/mm/yyyy date and a long surname fit a narrow column without breaking mid-word.
    run: { size: pt(10) },
    // Cell margins give the breathing room; paragraph spacing would make rows uneven.
    paragraph: { spacing: { before: 0, after: 40, line: 240 } },
  },
  {
    id: STYLE.tableHeading,
    name: 'Table Heading',
    basedOn: STYLE.tableText,
    quickFormat: true,
    run: { bold: true },
  },
];

/**
 * The house styles. The language sits in the document defaults, so every run, header
 * and footer inherits it: Word's spelling checker then uses UK English, and screen
 * readers pronounce the text with a UK voice.
 */
export const houseStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: BODY_SIZE, color: INK, language: { value: 'en-GB' } },
      paragraph: { spacing: { after: 120, line: 276 } },
    },
    title: {
      run: { font: FONT, size: pt(18), bold: true, color: INK },
      paragraph: { spacing: { before: 0, after: 240 }, keepNext: true },
    },
    heading1: heading(pt(14), 360, 0),
    heading2: heading(pt(12), 240, 1),
    heading3: heading(pt(11), 200, 2),
  },
  paragraphStyles: customStyles,
};
