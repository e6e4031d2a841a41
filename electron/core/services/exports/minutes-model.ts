import type { MeetingForm } from '../../../../shared/domain/vocabulary';
import { ROLE_LABELS, type Role } from '../../../../shared/roles';
import type { AgendaItem } from '../../../../shared/schemas/agenda';
import type { Attendee, MinutesDetail } from '../../../../shared/schemas/minutes';
import { itemBlocks } from '../../export/minutes/item-blocks';
import type { DocAttendee, DocChild, DocItem, MinutesDocModel } from '../../export/minutes/model';

const fullName = (c: { firstName: string; lastName: string }) => `${c.firstName} ${c.lastName}`;
export const docChildren = (item: AgendaItem): DocChild[] => item.children.map((c) => ({ caseRef: c.caseRef, name: fullName(c) }));

const roleWords = (role: string) => ROLE_LABELS[role as Role] ?? role;
const person = (a: Attendee): DocAttendee => ({ name: a.name, role: roleWords(a.role), organisation: a.organisation });

function docItem(form: MeetingForm, detail: MinutesDetail, index: number): DocItem {
  const agendaItem = detail.agenda.items[index]!;
  const item = detail.items[index]!;
  return {
    number: index + 1,
    children: docChildren(agendaItem),
    blocks: itemBlocks({
      form,
      item,
      names: new Map(agendaItem.children.map((c) => [c.id, fullName(c)])),
      bookedPapers: agendaItem.papers,
    }),
  };
}

/** The whole meeting as the minutes print it. An extract is cut from this, so the two can never disagree. */
export function minutesDocModel(detail: MinutesDetail, authorityName: string | null, preparedBy: string): MinutesDocModel {
  const m = detail.agenda.meeting;
  const s = detail.state;
  const itemNumber = new Map(detail.agenda.items.map((item, i) => [item.id, i + 1]));
  const with_ = (status: Attendee['status']) => detail.attendance.filter((a) => a.status === status).map(person);
  return {
    kind: 'minutes',
    form: m.form,
    authorityName,
    meetingType: m.typeName,
    date: m.date,
    startTime: m.startTime,
    endTime: m.endTime,
    venue: m.venue,
    chair: m.chairName,
    minuteTaker: detail.attendance.find((a) => a.minuteTaker)?.name ?? null,
    approval: s.approvedBy && s.approvedOn ? { by: s.approvedBy, on: s.approvedOn } : null,
    present: with_('present'),
    apologies: with_('apologies'),
    absent: with_('absent'),
    declarations: detail.attendance.flatMap((a) => (a.declaration?.trim() ? [{ name: a.name, text: a.declaration.trim() }] : [])),
    items: detail.agenda.items.map((_, i) => docItem(m.form, detail, i)),
    amendments: detail.amendments.map((a) => ({
      madeOn: a.madeOn,
      madeBy: a.madeBy,
      item: a.itemId === null ? null : `Item ${itemNumber.get(a.itemId) ?? '?'}`,
      text: a.text,
    })),
    preparedBy,
  };
}

/**
 * One item of the minutes with the meeting's details and attendance, and nothing of
 * any other item: corrections to other items are left out, and the corrections to the
 * minutes as a whole are kept (they may concern anyone, so they are redacted like the rest).
 */
export function extractOf(full: MinutesDocModel, detail: MinutesDetail, index: number): MinutesDocModel {
  const itemId = detail.agenda.items[index]!.id;
  const item = full.items[index]!;
  const names = item.children.map((c) => c.name).join(' and ');
  return {
    ...full,
    kind: 'extract',
    items: [item],
    amendments: detail.amendments.flatMap((a, i) => {
      if (a.itemId !== null && a.itemId !== itemId) return [];
      return [{ ...full.amendments[i]!, item: a.itemId === null ? null : names }];
    }),
  };
}
