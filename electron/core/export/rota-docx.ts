import { HeadingLevel, Paragraph } from 'docx';
import { formatUkDate } from '../../../shared/domain/dates';
import { formatWeekdayUkDate } from '../../../shared/domain/long-date';
import { createHouseDocument, packDocx } from './docx/house-style';
import { type HouseRow, houseTable } from './docx/table';
import { bodyParagraph, detailLines, textRuns } from './docx/text';
import { STYLE } from './docx/styles';
import { safeDocxFileName } from './file-name';
import { type RotaDocModel, type RotaDocRow } from './models';

export const EMPTY_ROTA_SENTENCE = 'No meetings fall in this period.';

const COLUMNS = [
  { heading: 'Date', weight: 22 },
  { heading: 'Team attending', weight: 38 },
  { heading: 'Note', weight: 40 },
];

/** What the Note column says. A date with no meeting says so in words, so nobody turns up to an empty room. */
export function rotaNote(row: RotaDocRow): string {
  switch (row.status) {
    case 'holiday':
      return `No panel: ${row.note ?? 'bank holiday'}`;
    case 'cancelled':
      return row.note ? `Cancelled: ${row.note}` : 'Cancelled';
    case 'scheduled':
      return row.note ?? '';
  }
}

/** No team is shown against a date with no meeting: the Note column says why. */
const rotaRow = (row: RotaDocRow): HouseRow => ({
  cells: [formatWeekdayUkDate(row.date), row.status === 'scheduled' ? (row.team ?? '') : '', rotaNote(row)],
});

/** The rota for a series over a period: which team attends on which date, to be pinned up and sent to teams. */
export function buildRotaDocx(model: RotaDocModel): Promise<Buffer> {
  const title = `${model.title} rota`;
  const period = `${formatUkDate(model.from)} to ${formatUkDate(model.to)}`;
  const doc = createHouseDocument({
    title: `${title}, ${period}`,
    subject: model.meetingType,
    description: `Teams attending the ${model.title}, ${period}.`,
    preparedBy: model.preparedBy,
    children: [
      ...(model.authorityName ? [new Paragraph({ style: STYLE.organisation, children: textRuns(model.authorityName) })] : []),
      new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(title) }),
      ...detailLines([
        { label: 'When', value: model.when },
        { label: 'Venue', value: model.venue ?? 'To be confirmed' },
        { label: 'Period', value: period },
      ]),
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns('Dates') }),
      model.rows.length === 0 ? bodyParagraph(EMPTY_ROTA_SENTENCE) : houseTable(COLUMNS, model.rows.map(rotaRow)),
    ],
  });
  return packDocx(doc);
}

/** e.g. 'Permanence Panel (Thursday) rota 2026-12-01 to 2027-03-31.docx' */
export function rotaFileName(model: Pick<RotaDocModel, 'title' | 'from' | 'to'>): string {
  return safeDocxFileName(`${model.title} rota ${model.from} to ${model.to}`);
}
