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

/** A piece of an item, in the order the document prints it. Headings sit one level below the item's own heading. */
export type DocBlock =
  /** A group heading (the Care Planning Meeting Record's 'The child’s needs'); the blocks after it sit one level lower until the next group. */
  | { kind: 'group'; text: string }
  /** A labelled piece of the minutes: its label as a heading, then the text as typed. */
  | { kind: 'text'; label: string; text: string }
  | { kind: 'facts'; lines: DetailLine[] }
  | { kind: 'table'; label: string; columns: HouseColumn[]; rows: string[][]; empty: string }
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
  blocks: DocBlock[];
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
