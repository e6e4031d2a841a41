import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { formatUkDate } from '../../../shared/domain/dates';
import { formatLongDate } from '../../../shared/domain/long-date';
import { createHouseDocument, packDocx } from './docx/house-style';
import { type HouseRow, houseTable } from './docx/table';
import { bodyParagraph, type DetailLine, detailLines, textRuns } from './docx/text';
import { STYLE } from './docx/styles';
import { safeDocxFileName } from './file-name';
import { type AgendaDocItem, type AgendaDocModel } from './models';
import { formatTimeRange } from './wording';

export const EMPTY_AGENDA_SENTENCE = 'No children are on this agenda yet.';

/** Printed rather than left blank, so readers know the detail is outstanding, not forgotten. */
const NOT_CONFIRMED = 'To be confirmed';

const COLUMNS = [
  // Wide enough for '10:00 to 10:30' on one line at 11 pt.
  { heading: 'Time', weight: 18 },
  { heading: 'Case reference', weight: 14 },
  { heading: 'Name', weight: 17 },
  { heading: 'Team', weight: 16 },
  { heading: 'Social worker', weight: 15 },
  { heading: 'Reason', weight: 20 },
];

function details(model: AgendaDocModel): DetailLine[] {
  const lines: DetailLine[] = [
    { label: 'Date', value: formatLongDate(model.date) },
    { label: 'Time', value: formatTimeRange(model.startTime, model.endTime) },
    { label: 'Venue', value: model.venue ?? NOT_CONFIRMED },
    { label: 'Chair', value: model.chair ?? NOT_CONFIRMED },
  ];
  if (model.team) lines.push({ label: 'Team attending', value: model.team });
  if (model.papersDueOn) lines.push({ label: 'Papers due', value: formatUkDate(model.papersDueOn) });
  return lines;
}

/**
 * One row per child. A sibling group is one discussion, so its time and reason are
 * given once, on the first child's row, and its rows are kept on one page.
 */
function itemRows(item: AgendaDocItem): HouseRow[] {
  const reason = {
    lines: [item.reason, ...(item.presenter ? [[new TextRun({ text: 'Presenter: ', bold: true }), ...textRuns(item.presenter)]] : [])],
  };
  const time = formatTimeRange(item.start, item.end);
  // An item left with no children still has its slot: show the time and reason rather than lose them.
  if (item.children.length === 0) return [{ cells: [time, '', '', '', '', reason] }];
  return item.children.map((child, index) => {
    const first = index === 0;
    return {
      cells: [first ? time : '', child.caseRef, child.name, child.team ?? '', child.socialWorker ?? '', first ? reason : ''],
      keepWithNext: index < item.children.length - 1,
    };
  });
}

/**
 * The agenda as circulated before the meeting: who is being considered and when. Names
 * and references only, never case detail, because agendas travel further than minutes.
 * (The overrun warning is for the person arranging the agenda, so it is not printed.)
 */
export function buildAgendaDocx(model: AgendaDocModel): Promise<Buffer> {
  const title = `${model.meetingType} agenda`;
  const longDate = formatLongDate(model.date);
  const doc = createHouseDocument({
    title: `${title}, ${longDate}`,
    subject: model.meetingType,
    description: `Agenda for the ${model.meetingType} on ${longDate}, ${formatTimeRange(model.startTime, model.endTime)}.`,
    preparedBy: model.preparedBy,
    children: [
      ...(model.authorityName ? [new Paragraph({ style: STYLE.organisation, children: textRuns(model.authorityName) })] : []),
      new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(title) }),
      ...detailLines(details(model)),
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns('Children to be considered') }),
      model.items.length === 0 ? bodyParagraph(EMPTY_AGENDA_SENTENCE) : houseTable(COLUMNS, model.items.flatMap(itemRows)),
    ],
  });
  return packDocx(doc);
}

/** e.g. 'Permanence Panel agenda 2026-12-03.docx': the ISO date sorts in folder listings. No child's name, ever. */
export function agendaFileName(model: Pick<AgendaDocModel, 'meetingType' | 'date'>): string {
  return safeDocxFileName(`${model.meetingType} agenda ${model.date}`);
}
