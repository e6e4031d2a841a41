import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, type TextRun, WidthType } from 'docx';
import { CONTENT_WIDTH } from './page';
import { STYLE } from './styles';
import { textRuns } from './text';

export interface HouseColumn {
  heading: string;
  /** The column's share of the page width, in any unit: the shares are scaled to fit. */
  weight: number;
}

/** One paragraph of a cell: plain text, or runs for mixed formatting such as a bold label. */
export type CellLine = string | readonly TextRun[];

/**
 * A cell: one line of text, or several paragraphs. An empty string is an empty cell.
 * A fill (hex) shades the cell; it never carries meaning alone, so the words must say it too.
 */
export type CellContent = string | { lines: readonly CellLine[]; fill?: string };

export interface HouseRow {
  cells: readonly CellContent[];
  /** Keep this row on the same page as the next, e.g. the rows of a sibling group. */
  keepWithNext?: boolean;
}

/** 15% grey: marks the header row when printed in black and white, and black text on it keeps a contrast ratio above 12:1. */
const HEADER_FILL = 'D9D9D9';
const RULE = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;
/** About 1 mm above and below, 2 mm either side. */
const CELL_MARGINS = { top: 57, bottom: 57, left: 113, right: 113 };

/**
 * Twips for each column, summing exactly to the width given. Word offers to repair a
 * file whose grid, cell and table widths disagree, so the rounding is settled here once.
 */
export function columnWidths(weights: readonly number[], total: number = CONTENT_WIDTH): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || sum <= 0 || weights.some((w) => w < 0)) throw new RangeError('Column weights must be positive');
  const widths = weights.map((w) => Math.floor((w * total) / sum));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function cellParagraphs(content: CellContent, style: string): Paragraph[] {
  const lines = typeof content === 'string' ? [content] : content.lines;
  // Word needs at least one paragraph in every cell, or it offers to repair the file.
  const safeLines = lines.length > 0 ? lines : [''];
  return safeLines.map((line) => new Paragraph({ style, children: typeof line === 'string' ? textRuns(line) : [...line] }));
}

const fillOf = (content: CellContent, header: boolean) => (header ? HEADER_FILL : typeof content === 'string' ? undefined : content.fill);

const cell = (content: CellContent, width: number, style: string, header: boolean) => {
  const fill = fillOf(content, header);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {}),
    children: cellParagraphs(content, style),
  });
};

/**
 * A full-width table in the house style. Its first row is a real header row: Word repeats
 * it at the top of each page and screen readers announce it with each cell. No row may
 * split across a page, so a child's details are never read across a page turn.
 */
export function houseTable(columns: readonly HouseColumn[], rows: readonly HouseRow[]): Table {
  const widths = columnWidths(columns.map((c) => c.weight));
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    // A header row stranded at the foot of a page, with its first row overleaf, helps nobody.
    keepNext: true,
    children: columns.map((c, i) => cell(c.heading, widths[i]!, STYLE.tableHeading, true)),
  });
  const bodyRows = rows.map((row) => {
    if (row.cells.length !== columns.length) throw new RangeError(`A row has ${row.cells.length} cells; the table has ${columns.length} columns`);
    return new TableRow({
      cantSplit: true,
      // Only when asked: docx writes an explicit 'off' otherwise, which is noise in every row.
      ...(row.keepWithNext ? { keepNext: true } : {}),
      children: row.cells.map((content, i) => cell(content, widths[i]!, STYLE.tableText, false)),
    });
  });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    borders: { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE },
    tableLook: { firstRow: true, lastRow: false, firstColumn: false, lastColumn: false, noHBand: true, noVBand: true },
    rows: [headerRow, ...bodyRows],
  });
}
