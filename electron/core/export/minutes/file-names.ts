import { safeDocxFileName } from '../file-name';

/**
 * The name a case record system expects: '<case reference> <Surname> <meeting type> <yyyy-mm-dd>.docx'. This child's own details only.
 * One that may not be filed yet (not approved, or not reviewed) says so at the end of its name, where a folder listing shows it.
 */
export function extractFileName(child: { caseRef: string; lastName: string }, meetingType: string, date: string, notForFiling = false): string {
  return safeDocxFileName(`${child.caseRef} ${child.lastName} ${meetingType} ${date}${notForFiling ? ' DRAFT - NOT FOR FILING' : ''}`);
}

/** The full minutes' file name carries no child's name: it travels in e-mails and folder listings. */
export function minutesFileName(minutes: { meetingType: string; date: string; approval: unknown }): string {
  return safeDocxFileName(`${minutes.meetingType} minutes ${minutes.date}${minutes.approval ? '' : ' DRAFT'}`);
}
