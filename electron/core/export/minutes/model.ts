import type { MeetingForm, Rag } from '../../../../shared/domain/vocabulary';
import type { HouseColumn } from '../docx/table';
import type { DetailLine } from '../docx/text';

/**
 * What a minutes document shows, already worded: plain strings with no database or
 * screen types, so the document can be built and tested without a store, and an
 * extract can only ever show what its caller chose to put in it.
 */

export interface DocChild {
  caseRef: string;
  /** 'Jamie Brown' */
  name: string;
}

export interface DocAttendee {
  name: string;
  role: string;
  organisation: string | null;
}

/** A table cell: text as typed, or text with a note the app adds under it in italics ('Tracked as an action: …'). */
export type DocCell = string | { text: string; note: string };

/** A piece of an item, in the order the document prints it. Headings sit one level below the item's own heading. */
export type DocBlock =
  /** A group heading (the Care Planning Meeting Record's 'The child’s needs'); the blocks after it sit one level lower until the next group. */
  | { kind: 'group'; text: string }
  /** A labelled piece of the minutes: its label as a heading, then the text as typed. */
  | { kind: 'text'; label: string; text: string }
  /** Label-and-value lines, under a heading of their own when they have a label. */
  | { kind: 'facts'; label?: string; lines: DetailLine[] }
  /** `keepTogether`: a table read as a whole (the SMART plan) starts on a new page rather than split, where it fits on one. */
  | { kind: 'table'; label: string; columns: HouseColumn[]; rows: DocCell[][]; empty: string; keepTogether?: boolean }
  | { kind: 'ratings'; ratings: DocRating[] };

export interface DocRating {
  child: string;
  rating: Rag | null;
  reason: string;
}

export interface DocItem {
  /** Its number on the agenda; extracts leave it out. */
  number: number;
  children: DocChild[];
  /**
   * Each child's core details. A record or an extract prints them at its head; a panel's
   * full minutes, about many children and sent by e-mail, leave them out.
   */
  childDetails: DocChildDetails[];
  blocks: DocBlock[];
}

/** A child's core details, printed at the head of their record. */
export interface DocChildDetails {
  child: DocChild;
  lines: DetailLine[];
}

export interface DocAmendment {
  madeOn: string;
  madeBy: string;
  /** Which item it corrects, in words, or null for the minutes as a whole. */
  item: string | null;
  text: string;
}

export interface MinutesDocModel {
  /** The panel's whole record, or one child's extract for their case record. */
  kind: 'minutes' | 'extract';
  form: MeetingForm;
  authorityName: string | null;
  meetingType: string;
  /** ISO */
  date: string;
  startTime: string;
  endTime: string;
  venue: string | null;
  chair: string | null;
  minuteTaker: string | null;
  /** Who approved the minutes and when (ISO); null while they are a draft. */
  approval: { by: string; on: string } | null;
  /** Said under the children's details when they were read from the record at export, not kept at the meeting. */
  childDetailsNote: string | null;
  present: DocAttendee[];
  apologies: DocAttendee[];
  absent: DocAttendee[];
  declarations: { name: string; text: string }[];
  items: DocItem[];
  amendments: DocAmendment[];
  /** Written to the document's author property. */
  preparedBy: string;
  /** An extract that may not be filed yet: why, in sentences under a DRAFT – NOT FOR FILING banner, which every page's header repeats. */
  notForFiling?: readonly string[];
}
