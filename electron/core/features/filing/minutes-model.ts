import { formatUkDate } from '../../../../shared/domain/dates';
import type { MeetingForm } from '../../../../shared/domain/vocabulary';
import type { ReviewSettings } from '../../../../shared/review/types';
import { ROLE_LABELS, ROLES } from '../../../../shared/roles';
import type { Attendee, MinutesDetail } from '../../../../shared/schemas/minutes';
import { docItem } from '../../export/minutes/doc-item';
import type { DocAttendee, DocItem, MinutesDocModel } from '../../export/minutes/model';
import type { RecordDetailsByItem } from '../minutes/record-details';

/** What the minutes are worded with beyond the meeting itself. */
export interface MinutesContext {
  authorityName: string | null;
  /** The person exporting. */
  preparedBy: string;
  /** Each item's children's records as they stood at the meeting. */
  records: RecordDetailsByItem;
  reviewSettings: Pick<ReviewSettings, 'ppAfterIssueWeeks' | 'week26Weeks'>;
  /** ISO: the day of the export, said when a child's details were read then. */
  today: string;
}

const fullName = (c: { firstName: string; lastName: string }) => `${c.firstName} ${c.lastName}`;

/** An attendee's role in words: one of ours by its label, a role typed in by hand as it was typed. */
const roleWords = (role: string) => {
  const known = ROLES.find((r) => r === role);
  return known ? ROLE_LABELS[known] : role;
};
const person = (a: Attendee): DocAttendee => ({ name: a.name, role: roleWords(a.role), organisation: a.organisation });

function docItemAt(form: MeetingForm, detail: MinutesDetail, index: number, context: MinutesContext): DocItem {
  const agendaItem = detail.agenda.items[index]!;
  const kept = context.records.get(agendaItem.id) ?? new Map();
  return docItem({
    number: index + 1,
    form,
    item: detail.items[index]!,
    children: agendaItem.children.map((c) => ({ id: c.id, caseRef: c.caseRef, name: fullName(c) })),
    records: new Map(agendaItem.children.flatMap((c) => (kept.has(c.id) ? [[c.id, kept.get(c.id)!.details] as const] : []))),
    bookedPapers: agendaItem.papers,
    meetingDate: detail.agenda.meeting.date,
    reviewSettings: context.reviewSettings,
  });
}

/** The whole meeting as the minutes print it. An extract is cut from this, so the two can never disagree. */
export function minutesDocModel(detail: MinutesDetail, context: MinutesContext): MinutesDocModel {
  const m = detail.agenda.meeting;
  const s = detail.state;
  const itemNumber = new Map(detail.agenda.items.map((item, i) => [item.id, i + 1]));
  const with_ = (status: Attendee['status']) => detail.attendance.filter((a) => a.status === status).map(person);
  return {
    kind: 'minutes',
    form: m.form,
    authorityName: context.authorityName,
    meetingType: m.typeName,
    date: m.date,
    startTime: m.startTime,
    endTime: m.endTime,
    venue: m.venue,
    chair: m.chairName,
    minuteTaker: detail.attendance.find((a) => a.minuteTaker)?.name ?? null,
    approval: s.approvedBy && s.approvedOn ? { by: s.approvedBy, on: s.approvedOn } : null,
    // Details of a meeting held before they were kept are the record as it is today, and say so.
    childDetailsNote: [...context.records.values()].some((m) => [...m.values()].some((r) => !r.kept))
      ? `Taken from the child’s record on ${formatUkDate(context.today)}, not as it stood at the meeting.`
      : null,
    present: with_('present'),
    apologies: with_('apologies'),
    absent: with_('absent'),
    declarations: detail.attendance.flatMap((a) => (a.declaration?.trim() ? [{ name: a.name, text: a.declaration.trim() }] : [])),
    items: detail.agenda.items.map((_, i) => docItemAt(m.form, detail, i, context)),
    amendments: detail.amendments.map((a) => ({
      madeOn: a.madeOn,
      madeBy: a.madeBy,
      item: a.itemId === null ? null : `Item ${itemNumber.get(a.itemId) ?? '?'}`,
      text: a.text,
    })),
    preparedBy: context.preparedBy,
  };
}

/**
 * One item of the minutes with the meeting's details and attendance, and nothing of
 * any other item: corrections to other items are left out, and the corrections to the
 * minutes as a whole are kept (they may concern anyone, so they are redacted like the rest).
 */
export function extractOf(full: MinutesDocModel, detail: MinutesDetail, index: number, childId: number): MinutesDocModel {
  const agendaItem = detail.agenda.items[index]!;
  const item = full.items[index]!;
  const names = item.children.map((c) => c.name).join(' and ');
  const caseRef = agendaItem.children.find((c) => c.id === childId)?.caseRef;
  return {
    ...full,
    kind: 'extract',
    // A sibling group's item is shared; each child's own details are not.
    items: [{ ...item, childDetails: item.childDetails.filter((d) => d.child.caseRef === caseRef) }],
    amendments: detail.amendments.flatMap((a, i) => {
      if (a.itemId !== null && a.itemId !== agendaItem.id) return [];
      return [{ ...full.amendments[i]!, item: a.itemId === null ? null : names }];
    }),
  };
}
