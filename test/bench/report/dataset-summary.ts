import type { DatasetManifest } from '../build-dataset';
import { count } from './format';

/** The dataset in a few lines, and plainly what of the target it does not hold yet. */
export function datasetSummary(m: DatasetManifest): string {
  const t = m.tables;
  const d = m.details;
  const lines = [
    `Dataset v${m.version} (schema ${m.schemaVersion}, seed ${m.seed}, today ${m.today}): ${(m.fileBytes / 1e6).toFixed(0)} MB`,
    `  ${count(t.children ?? 0)} children (${count(d.openChildren)} open, ${count(d.closedChildren)} closed, ${count(d.childrenInSiblingGroups)} in sibling groups), ${count(t.teams ?? 0)} teams, ${count(t.people ?? 0)} people`,
    `  ${count(t.rag_ratings ?? 0)} RAG ratings (reasons ${d.ragReasonChars.min}–${d.ragReasonChars.max} characters, mean ${d.ragReasonChars.mean}), ${count(t.key_dates ?? 0)} key dates (${d.keyDatesPerChild} per child), ${count(t.cic_reviews ?? 0)} Child in Care reviews held`,
    `  ${count(t.permanence_plans ?? 0)} permanence plan versions (${d.planVersionsPerChildWithPlan} per child with a plan), ${count(t.child_meetings ?? 0)} meeting-history rows (${Object.entries(d.childMeetingsByKind).map(([k, n]) => `${count(n)} ${k}`).join(', ')})`,
    `  ${count(t.audit_log ?? 0)} audit rows; tracker cache for ${count(t.child_tracking ?? 0)} children (${count(d.trackerOverdue)} open children overdue, ${count(d.trackerRed)} rated red)`,
    `  meetings: ${Object.entries(d.meetingsByType)
      .map(([code, x]) => `${count(x.held)} ${code} held${x.planned > 0 ? ` + ${count(x.planned)} booked ahead` : ''} (${count(x.items)} items, ${x.minItems}–${x.maxItems} per meeting)`)
      .join(', ')}; ${d.attendeesPerPanel} attending a panel`,
    `  minutes: ${count(t.minute_fields ?? 0)} fields (${Object.entries(d.minuteChars)
      .map(([code, x]) => `${code} ${count(x.fields)}, mean ${count(x.meanChars)} characters, ${x.totalMb} MB`)
      .join('; ')}), all in the full-text index; ${count(t.item_ratings ?? 0)} ratings made at meetings; ${count(t.amendments ?? 0)} amendments`,
    `  actions: ${count(t.actions ?? 0)} (${Object.entries(d.actionsByStatus).map(([s, n]) => `${count(n)} ${s}`).join(', ')}; ${count(d.openActionsOverdue)} open and overdue), ${count(t.action_reviews ?? 0)} reviews, ${count(t.action_updates ?? 0)} updates`,
    ...(m.notBuilt.length > 0 ? ['Not built yet (the app has nowhere to keep them):', ...m.notBuilt.map((p) => `  ${p.name}: ${p.target}; needs ${p.needs}`)] : []),
  ];
  if (m.unfilledTables.length > 0) {
    lines.push(`WARNING: the schema has tables the dataset leaves empty: ${m.unfilledTables.join(', ')}. Add a part for them in test/bench/dataset/parts/ and bump DATASET_VERSION.`);
  }
  return lines.join('\n');
}
