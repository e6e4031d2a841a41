import Papa from 'papaparse';
import { cleanCell, oneLine } from './clean-cell';

export interface CsvRecord {
  /** As a spreadsheet numbers rows: the header is 1, blank rows still count. */
  line: number;
  cells: string[];
  /** Something wrong with the row's shape rather than its values. */
  problem?: string;
}

export interface ParsedCsv {
  headers: string[];
  /** the first non-empty value under each heading */
  examples: string[];
  records: CsvRecord[];
  fileProblems: string[];
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * Reads CSV text as a case-management system or Excel writes it: a UTF-8 BOM, CRLF,
 * quoted commas and line breaks, semicolons (Excel in many European locales), Excel's
 * "sep=;" first line, trailing blank lines and blank columns, padded cells.
 */
export function parseCsv(input: string): ParsedCsv {
  let text = input.replace(/^\uFEFF/, '');
  const notText = notCsvProblem(text);
  if (notText) return { headers: [], examples: [], records: [], fileProblems: [notText] };

  let delimiter: string | undefined;
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    delimiter = sep[1]!;
    text = text.slice(sep[0].length);
  }
  delimiter ??= guessDelimiter(text);

  const result = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false, dynamicTyping: false });
  const rows = result.data.map((cells) => cells.map(cleanCell));
  const headerIndex = rows.findIndex((cells) => !isBlank(cells));
  if (headerIndex < 0) return { headers: [], examples: [], records: [], fileProblems: ['The file has no rows. Check it is the CSV file exported from your case system.'] };

  const headers = nameHeaders(rows[headerIndex]!);
  const fileProblems: string[] = [];
  const rowProblems = new Map<number, string>();
  for (const error of result.errors) {
    if (error.type !== 'Quotes' || error.row === undefined) continue;
    const line = error.row + 1;
    if (error.code === 'MissingQuotes') {
      fileProblems.push(`Line ${line} opens a quote mark (") that is never closed, so the rest of the file cannot be read reliably. Check that row in the file.`);
    }
    rowProblems.set(line, 'The quote marks (") in this row do not pair up, so its cells may be split in the wrong places. Check this row in the file.');
  }

  const records: CsvRecord[] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i]!;
    if (isBlank(cells)) continue;
    const line = i + 1;
    const record: CsvRecord = { line, cells: cells.slice(0, headers.length) };
    if (cells.slice(headers.length).some((c) => c !== '')) {
      record.problem = 'This row has more cells than the file has column headings. A value with a comma in it may be missing its quote marks.';
    }
    const quoteProblem = rowProblems.get(line);
    if (quoteProblem) record.problem = quoteProblem;
    records.push(record);
  }
  if (records.length === 0 && fileProblems.length === 0) fileProblems.push('The file has column headings but no children under them.');
  const examples = headers.map((_, i) => records.find((r) => r.cells[i])?.cells[i] ?? '');
  return { headers, examples, records, fileProblems };
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c === '');
}

/** Trailing blank headings are dropped; a blank heading with named ones after it gets a name; repeated headings are numbered so each column can be chosen. */
function nameHeaders(raw: readonly string[]): string[] {
  let width = raw.length;
  while (width > 0 && raw[width - 1] === '') width--;
  const seen = new Map<string, number>();
  return raw.slice(0, width).map((cell, i) => {
    // A heading is a name: anything longer is not one (and must still fit the mapping).
    const base = oneLine(cell).slice(0, 120) || `Column ${i + 1}`;
    const count = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/** The heading row decides: it is the one row whose cells are names, which never hold the delimiter. */
function guessDelimiter(text: string): string {
  const firstLine = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  let best: string = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = countOutsideQuotes(firstLine, d);
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, ch: string): number {
  let inQuotes = false;
  let count = 0;
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes;
    else if (c === ch && !inQuotes) count++;
  }
  return count;
}

function notCsvProblem(text: string): string | undefined {
  if (text.startsWith('PK\u0003\u0004')) {
    return 'This is an Excel workbook, not a CSV file. In Excel, choose File, Save As, and “CSV UTF-8 (comma delimited)”, then import that file.';
  }
  if (text.slice(0, 4096).includes('\u0000')) return 'This file is not a CSV text file. Export the list of children from your case system as CSV and import that file.';
  return undefined;
}
