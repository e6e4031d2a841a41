import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { formatUkDate } from '../../../shared/domain/dates';
import { createHouseDocument, packDocx } from './docx/house-style';
import { type HouseRow, houseTable } from './docx/table';
import { bodyParagraph, type DetailLine, detailLines, textRuns } from './docx/text';
import { STYLE } from './docx/styles';
import { safeDocxFileName } from './file-name';
import { type ActionLogDocModel, type ActionLogDocRow } from './models';

export const EMPTY_ACTION_LOG_SENTENCE = 'No actions match these filters.';

const COLUMNS = [
  // Wide enough for '22/11/2026' on one line.
  { heading: 'Due', weight: 12 },
  // The action's own words are the longest text: they get the most room.
  { heading: 'Action', weight: 24 },
  { heading: 'Children', weight: 15 },
  { heading: 'Owner', weight: 13 },
  { heading: 'Status', weight: 12 },
  // Shropshire's two ratings, in words: 'Progress: Amber', 'Impact: Green'.
  { heading: 'RAG', weight: 10 },
  { heading: 'Agreed at', weight: 14 },
];

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** Lateness is written out, and in bold, so it never depends on colour (or on a colour printer). */
function statusCell(row: ActionLogDocRow) {
  if (row.overdueDays === null) return row.status;
  return { lines: [row.status, [new TextRun({ text: `Overdue by ${count(row.overdueDays, 'day', 'days')}`, bold: true })]] };
}

const actionRow = (row: ActionLogDocRow): HouseRow => ({
  cells: [
    formatUkDate(row.dueOn),
    row.text,
    row.children.length === 0 ? 'None' : { lines: row.children },
    row.owner,
    statusCell(row),
    row.progressRag === null && row.impactRag === null ? 'Not rated' : { lines: [...(row.progressRag ? [`Progress: ${row.progressRag}`] : []), ...(row.impactRag ? [`Impact: ${row.impactRag}`] : [])] },
    { lines: [row.meetingType, formatUkDate(row.meetingDate)] },
  ],
});

function details(model: ActionLogDocModel): DetailLine[] {
  return [...model.filters, { label: 'Produced', value: formatUkDate(model.producedOn) }, { label: 'Actions', value: model.rows.length.toLocaleString('en-GB') }];
}

/**
 * The permanence coordinator's action log: the actions page's list, every matching row,
 * for chasing owners and taking to panel. It names children, which is expected: it is an
 * internal working document for the coordinator, and it is NOT for filing to a child's
 * case record (it holds other children's details). The child's record gets the extract.
 */
export function buildActionLogDocx(model: ActionLogDocModel): Promise<Buffer> {
  const produced = formatUkDate(model.producedOn);
  const doc = createHouseDocument({
    title: `Action log, ${produced}`,
    subject: 'Action log',
    // No filter values here: the properties travel with the file, and a child filter would put a name in them.
    description: `${count(model.rows.length, 'action', 'actions')} agreed at meetings, as filtered on ${produced}. An internal working document, not for a child’s case record.`,
    preparedBy: model.preparedBy,
    children: [
      ...(model.authorityName ? [new Paragraph({ style: STYLE.organisation, children: textRuns(model.authorityName) })] : []),
      new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns('Action log') }),
      ...detailLines(details(model)),
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns('Actions, soonest due first') }),
      model.rows.length === 0 ? bodyParagraph(EMPTY_ACTION_LOG_SENTENCE) : houseTable(COLUMNS, model.rows.map(actionRow)),
    ],
  });
  return packDocx(doc);
}

/**
 * e.g. 'Action log (open) 2026-11-22.docx'. `scope` is the status in words, never a
 * person's or child's name: file names show in folder listings and e-mail attachments.
 */
export function actionLogFileName(scope: string, producedOn: string): string {
  return safeDocxFileName(`Action log (${scope}) ${producedOn}`);
}
