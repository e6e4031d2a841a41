/**
 * What each Word document shows, already worded and resolved: plain values with no
 * database types, so the documents can be built and tested without a store, and a
 * document can only ever show what its caller chose to put in it.
 */

export interface AgendaDocChild {
  caseRef: string;
  name: string;
  team: string | null;
  socialWorker: string | null;
}

/** One slot on the agenda: a single child, or a sibling group presented together. */
export interface AgendaDocItem {
  start: string;
  end: string;
  children: AgendaDocChild[];
  presenter: string | null;
  reason: string;
}

export interface AgendaDocModel {
  /** e.g. 'Exampleshire Council'; left out of the heading when null. */
  authorityName: string | null;
  /** e.g. 'Permanence Panel' */
  meetingType: string;
  /** ISO 'YYYY-MM-DD' */
  date: string;
  /** 'HH:MM' */
  startTime: string;
  /** 'HH:MM' */
  endTime: string;
  venue: string | null;
  chair: string | null;
  /** The team attending (from the rota); may be null. */
  team: string | null;
  /** ISO; Legal Gateway only. */
  papersDueOn: string | null;
  items: AgendaDocItem[];
  /** Minutes the agenda runs past the end time. An internal warning for the screen: never printed. */
  overrunMinutes: number;
  /** Written to the document's author property. */
  preparedBy: string;
}

export interface RotaDocRow {
  /** ISO */
  date: string;
  team: string | null;
  status: 'scheduled' | 'cancelled' | 'holiday';
  /** For a holiday, its name (e.g. 'Christmas Day'); otherwise any note on the date. */
  note: string | null;
}

export interface RotaDocModel {
  authorityName: string | null;
  /** The series name, e.g. 'Permanence Panel (Thursday)'. */
  title: string;
  meetingType: string;
  /** e.g. 'Thursdays, 10:00 to 12:00' */
  when: string;
  venue: string | null;
  /** ISO */
  from: string;
  /** ISO */
  to: string;
  rows: RotaDocRow[];
  preparedBy: string;
}

/** One action as the action log prints it. */
export interface ActionLogDocRow {
  /** ISO */
  dueOn: string;
  text: string;
  /** Each child as 'EX100237 Amelia Jones'; empty when the action names no child. */
  children: string[];
  owner: string;
  /** e.g. 'Open', 'Done on 04/12/2026', 'No longer needed'. */
  status: string;
  /** Days an open action is past its due date; null when it is not overdue. */
  overdueDays: number | null;
  /** The progress and impact ratings in words ('Amber'), or null when not rated. */
  progressRag: string | null;
  impactRag: string | null;
  /** The meeting that agreed it, e.g. 'Permanence Panel'. */
  meetingType: string;
  /** ISO */
  meetingDate: string;
}

export interface ActionLogDocModel {
  authorityName: string | null;
  /** What the list was narrowed to, already in words, e.g. { label: 'Team', value: 'Children in Care Team A' }. */
  filters: { label: string; value: string }[];
  /** ISO: the day it was produced, which is also the day 'overdue' is measured from. */
  producedOn: string;
  rows: ActionLogDocRow[];
  preparedBy: string;
}
