import { safeDocxFileName } from '../file-name';

/** The name a case record system expects: '<case reference> <Surname> <meeting type> <yyyy-mm-dd>.docx'. This child's own details only. */
export function extractFileName(child: { caseRef: string; lastName: string }, meetingType: string, date: string, draft = false): string {
  return safeDocxFileName(`${child.caseRef} ${child.lastName} ${meetingType} ${date}${draft ? ' DRAFT' : ''}`);
}

/** The full minutes' file name carries no child's name: it travels in e-mails and folder listings. */
export function minutesFileName(minutes: { meetingType: string; date: string; approval: unknown }): string {
  return safeDocxFileName(`${minutes.meetingType} minutes ${minutes.date}${minutes.approval ? '' : ' DRAFT'}`);
}
