import { HeadingLevel, Paragraph, type Table, TextRun } from 'docx';
import { formatUkDate } from '../../../../shared/domain/dates';
import { formatLongDate } from '../../../../shared/domain/long-date';
import { RAG } from '../../../../shared/domain/vocabulary';
import { createHouseDocument, packDocx } from '../docx/house-style';
import { STYLE } from '../docx/styles';
import { type CellContent, type HouseRow, houseTable } from '../docx/table';
import { bodyParagraph, type DetailLine, detailLines, textRuns } from '../docx/text';
import { formatTimeRange } from '../wording';
import type { DocAttendee, DocBlock, DocCell, DocChild, DocChildDetails, DocItem, DocRating, MinutesDocModel } from './model';
import { RAG_FILL } from './rag-fill';

type Level = (typeof HeadingLevel)[keyof typeof HeadingLevel];
const LEVELS: Level[] = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];

const heading = (text: string, depth: 1 | 2 | 3) => new Paragraph({ heading: LEVELS[depth - 1], children: textRuns(text) });

/** The title says what the document is, in the words councils use for it. */
export function minutesTitle(model: Pick<MinutesDocModel, 'kind' | 'form' | 'meetingType'>): string {
  if (model.form === 'cpm') return 'Care Planning Meeting Record';
  if (model.kind === 'minutes') return `${model.meetingType} minutes`;
  return model.form === 'lgp' ? `${model.meetingType} decision record` : `${model.meetingType}: extract from the minutes`;
}

export const childWords = (c: DocChild) => `${c.name} (${c.caseRef})`;
const childrenWords = (children: readonly DocChild[]) => children.map(childWords).join(' and ');

function details(model: MinutesDocModel): DetailLine[] {
  return [
    { label: 'Date', value: formatLongDate(model.date) },
    { label: 'Time', value: formatTimeRange(model.startTime, model.endTime) },
    { label: 'Venue', value: model.venue ?? 'Not recorded' },
    { label: 'Chair', value: model.chair ?? 'Not recorded' },
    { label: 'Minutes taken by', value: model.minuteTaker ?? 'Not recorded' },
    { label: 'Status', value: model.approval ? `Approved by ${model.approval.by} on ${formatUkDate(model.approval.on)}` : 'Draft: not yet approved by the chair' },
  ];
}

/** A record or an extract is about one child (or one sibling group): their core details come first. A panel's full minutes leave them out. */
const childDetailsOf = (model: MinutesDocModel): DocChildDetails[] => (model.kind === 'extract' || model.form === 'cpm' ? model.items.flatMap((i) => i.childDetails) : []);

/**
 * The head of the document: the child's core details (where it is a child's record), then
 * the meeting's, with every value in one column so the two blocks read as one.
 */
function headBlocks(model: MinutesDocModel): Paragraph[] {
  const children = childDetailsOf(model);
  const meeting = details(model);
  const labels = [...meeting, ...children.flatMap((c) => c.lines)].map((l) => l.label);
  if (children.length === 0) return detailLines(meeting, { alignWith: labels });
  const several = children.length > 1;
  return [
    heading(several ? 'Children’s details' : 'Child’s details', 1),
    ...children.flatMap((c) => [...(several ? [heading(c.child.name, 2)] : []), ...detailLines(c.lines, { alignWith: labels })]),
    ...(model.childDetailsNote ? [new Paragraph({ style: STYLE.detail, children: textRuns(model.childDetailsNote, { italics: true }) })] : []),
    heading('Meeting details', 1),
    ...detailLines(meeting, { alignWith: labels }),
  ];
}

/**
 * Typed text keeps its paragraphs: a blank line starts a new one, a single line break stays
 * a break. `keepWithNext` holds the last paragraph on the page of what follows.
 */
function paragraphsOf(text: string, keepWithNext = false): Paragraph[] {
  const parts = text.split(/\r?\n[ \t]*\r?\n/).filter((p) => p.trim() !== '');
  return parts.map((p, i) => new Paragraph({ ...(keepWithNext && i === parts.length - 1 ? { keepNext: true } : {}), children: textRuns(p.trim()) }));
}

/** A table, or the sentence saying it is empty. `keepTogether` keeps every row with the next; `keepWithNext`, the last with what follows. */
function tableOr(columns: Parameters<typeof houseTable>[0], rows: HouseRow[], empty: string, keepWithNext = false, keepTogether = false): (Paragraph | Table)[] {
  if (rows.length === 0) return paragraphsOf(empty, keepWithNext);
  const keep = (i: number) => (i < rows.length - 1 ? keepTogether : keepWithNext);
  return [houseTable(columns, rows.map((r, i) => (keep(i) ? { ...r, keepWithNext: true } : r)))];
}

/** The Organisation column is printed only when someone at the meeting has one: an empty column tells a reader nothing. */
function peopleTable(model: MinutesDocModel) {
  const everyone = [...model.present, ...model.apologies, ...model.absent];
  const withOrganisation = everyone.some((p) => (p.organisation ?? '').trim() !== '');
  const columns = withOrganisation
    ? [
        { heading: 'Name', weight: 34 },
        { heading: 'Role', weight: 33 },
        { heading: 'Organisation', weight: 33 },
      ]
    : [
        { heading: 'Name', weight: 45 },
        { heading: 'Role', weight: 55 },
      ];
  const rows = (people: readonly DocAttendee[]): HouseRow[] => people.map((p) => ({ cells: withOrganisation ? [p.name, p.role, p.organisation ?? ''] : [p.name, p.role] }));
  return (people: readonly DocAttendee[], empty: string) => tableOr(columns, rows(people), empty);
}

function attendance(model: MinutesDocModel): (Paragraph | Table)[] {
  const people = peopleTable(model);
  return [
    heading('Attendance', 1),
    heading('Present', 2),
    ...people(model.present, 'No one is recorded as present.'),
    heading('Apologies', 2),
    ...people(model.apologies, 'None.'),
    ...(model.absent.length ? [heading('Absent', 2), ...people(model.absent, '')] : []),
    heading('Declarations of interest', 2),
    ...(model.declarations.length === 0
      ? [bodyParagraph('None declared.')]
      : model.declarations.map((d) => new Paragraph({ children: [...textRuns(`${d.name}: `, { bold: true }), ...textRuns(d.text)] }))),
  ];
}

const RATING_COLUMNS = [
  { heading: 'Child', weight: 28 },
  { heading: 'Rating', weight: 14 },
  { heading: 'Reason', weight: 58 },
];

/** The rating is a shaded cell and the word, so it reads the same in black and white and to anyone who cannot tell red from green. */
function ratingRow(r: DocRating): HouseRow {
  const rating = r.rating
    ? { lines: [textRuns(RAG.labels[r.rating], { bold: true })], fill: RAG_FILL[r.rating] }
    : 'Not rated';
  return { cells: [r.child, rating, r.reason || 'No reason recorded'] };
}

/** A cell as typed, and the app's own note under it in italics, so the two are never read as one. */
const cellContent = (cell: DocCell): CellContent => (typeof cell === 'string' ? cell : { lines: [cell.text, textRuns(cell.note, { italics: true })].filter((l) => l !== '') });

/** One block of an item. `keepWithNext`: its end stays on the page of the block after it, which is too short to stand alone. */
function block(b: DocBlock, depth: 2 | 3, afterTable: boolean, keepWithNext: boolean): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'group':
      return [heading(b.text, 2)];
    case 'text':
      return [heading(b.label, depth), ...paragraphsOf(b.text, keepWithNext)];
    case 'facts':
      return [...(b.label ? [heading(b.label, depth)] : []), ...detailLines(b.lines, { spaceBefore: afterTable && !b.label, keepWithNext })];
    case 'table':
      return [heading(b.label, depth), ...tableOr(b.columns, b.rows.map((cells) => ({ cells: cells.map(cellContent) })), b.empty, keepWithNext, b.keepTogether)];
    case 'ratings':
      return [heading('RAG rating', depth), ...tableOr(RATING_COLUMNS, b.ratings.map(ratingRow), 'Not rated.', keepWithNext)];
  }
}

function itemHeading(model: MinutesDocModel, item: DocItem): string {
  const names = childrenWords(item.children);
  // A Care Planning Meeting is about one child (or one sibling group): numbering its only item adds nothing.
  return model.kind === 'minutes' && model.form !== 'cpm' ? `Item ${item.number}: ${names}` : names;
}

const endsInTable = (b: DocBlock | undefined) => b !== undefined && (b.kind === 'ratings' || (b.kind === 'table' && b.rows.length > 0));

/** A line or two without a heading of its own ('Next review: 04/03/2027'): it goes with what comes before it, never alone on a page. */
const standsAlone = (b: DocBlock | undefined) => b !== undefined && b.kind === 'facts' && !b.label && b.lines.length <= 3;

function itemParagraphs(model: MinutesDocModel, item: DocItem): (Paragraph | Table)[] {
  let inGroup = false;
  return [
    heading(itemHeading(model, item), 1),
    ...item.blocks.flatMap((b, i) => {
      if (b.kind === 'group') inGroup = true;
      return block(b, inGroup && b.kind !== 'group' ? 3 : 2, endsInTable(item.blocks[i - 1]), standsAlone(item.blocks[i + 1]));
    }),
  ];
}

const AMENDMENT_COLUMNS = [
  { heading: 'Date', weight: 14 },
  { heading: 'Made by', weight: 20 },
  { heading: 'Item', weight: 22 },
  { heading: 'Correction', weight: 44 },
];

function amendments(model: MinutesDocModel): (Paragraph | Table)[] {
  if (model.amendments.length === 0) return [];
  return [
    heading('Amendments after approval', 1),
    houseTable(
      AMENDMENT_COLUMNS,
      model.amendments.map((a) => ({ cells: [formatUkDate(a.madeOn), a.madeBy, a.item ?? 'The minutes as a whole', a.text] })),
    ),
  ];
}

/** At the top of every page of minutes or a record the chair has not approved. */
export const DRAFT_MARK = 'DRAFT: not yet approved by the chair';

const EXTRACT_NOTE =
  'This is an extract from the minutes, for the case record. It holds the meeting’s details and the part of the minutes about the child named above; other children considered at the meeting are left out.';

/** Set apart from the details above by a little space, so it reads as a note and not as one more detail. */
const note = (children: TextRun[]) => new Paragraph({ spacing: { before: 200 }, children });

/** What heads an extract that may not be filed yet, and every page of it. */
export const NOT_FOR_FILING = 'DRAFT – NOT FOR FILING';

function preamble(model: MinutesDocModel): Paragraph[] {
  const out: Paragraph[] = [];
  if (model.notForFiling?.length) {
    out.push(note([new TextRun({ text: `${NOT_FOR_FILING}: this extract must not be filed to a case record yet.`, bold: true })]));
    out.push(...model.notForFiling.map((reason) => bodyParagraph(reason)));
  } else if (!model.approval) out.push(note([new TextRun({ text: 'DRAFT: these minutes have not been approved by the chair.', bold: true })]));
  if (model.kind === 'extract') out.push(note(textRuns(EXTRACT_NOTE)));
  return out;
}

/**
 * The minutes of a meeting, or one child's extract of them: the same house document,
 * so a panel's record and what is filed to a child's record read alike.
 */
export function buildMinutesDocx(model: MinutesDocModel): Promise<Buffer> {
  const title = minutesTitle(model);
  const longDate = formatLongDate(model.date);
  const draft = model.notForFiling?.length ? ' (draft, not for filing)' : model.approval ? '' : ' (draft)';
  const doc = createHouseDocument({
    title: `${title}, ${longDate}${draft}`,
    subject: model.meetingType,
    description:
      model.kind === 'minutes'
        ? `Minutes of the ${model.meetingType} on ${longDate}${draft}.`
        : `Extract from the minutes of the ${model.meetingType} on ${longDate}, for a child’s case record${draft}.`,
    preparedBy: model.preparedBy,
    // Not for filing says more than a draft: an unapproved or unreviewed extract carries that mark alone.
    ...(model.notForFiling?.length ? { draftMark: NOT_FOR_FILING } : model.approval ? {} : { draftMark: DRAFT_MARK }),
    children: [
      ...(model.authorityName ? [new Paragraph({ style: STYLE.organisation, children: textRuns(model.authorityName) })] : []),
      new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(title) }),
      ...headBlocks(model),
      ...preamble(model),
      ...attendance(model),
      ...model.items.flatMap((item) => itemParagraphs(model, item)),
      ...amendments(model),
    ],
  });
  return packDocx(doc);
}
