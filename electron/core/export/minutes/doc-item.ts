import { LEGAL_STATUS, type MeetingForm } from '../../../../shared/domain/vocabulary';
import type { ReviewSettings } from '../../../../shared/review/types';
import type { Papers } from '../../../../shared/schemas/agenda';
import type { MinuteItem } from '../../../../shared/schemas/minutes';
import type { RecordDetails } from '../../../../shared/schemas/record-details';
import { childDetailLines } from './child-details';
import { itemBlocks } from './item-blocks';
import type { DocItem } from './model';

export interface DocItemSource {
  number: number;
  form: MeetingForm;
  item: MinuteItem;
  /** The item's children in agenda order. */
  children: readonly { id: number; caseRef: string; name: string }[];
  /** Each child's record as it stood at the meeting, by child id. */
  records: ReadonlyMap<number, RecordDetails>;
  bookedPapers: Papers | null;
  /** ISO */
  meetingDate: string;
  reviewSettings: Pick<ReviewSettings, 'ppAfterIssueWeeks' | 'week26Weeks'>;
}

/**
 * One item as every minutes document prints it: its blocks and each child's core details.
 * At Legal Gateway the legal status in the details is the one the child had at the panel.
 */
export function docItem(s: DocItemSource): DocItem {
  return {
    number: s.number,
    children: s.children.map((c) => ({ caseRef: c.caseRef, name: c.name })),
    childDetails: s.children.flatMap((c) => {
      const record = s.records.get(c.id);
      if (!record) return [];
      const atPanel = s.form === 'lgp' ? [{ label: 'Legal status at the panel', value: LEGAL_STATUS.labels[record.legalStatus] }] : undefined;
      return [{ child: { caseRef: c.caseRef, name: c.name }, lines: childDetailLines(record, s.meetingDate, atPanel) }];
    }),
    blocks: itemBlocks({
      form: s.form,
      item: s.item,
      names: new Map(s.children.map((c) => [c.id, c.name])),
      bookedPapers: s.bookedPapers,
      meetingDate: s.meetingDate,
      records: s.records,
      reviewSettings: s.reviewSettings,
    }),
  };
}
