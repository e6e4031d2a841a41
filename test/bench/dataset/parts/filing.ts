import { safeDocxFileName, safeFileStem } from '../../../../electron/core/export/file-name';
import type { DatasetPart } from '../part';
import { stamp, ukDate, iso, type ChildRec } from '../world';

/**
 * Every held meeting's extracts exported for filing a day or two after approval, and
 * ticked as filed to each child's case record within a week, as business support do;
 * the last fortnight's are exported but not all filed yet. One export and its audit row
 * per meeting, one checklist row per child.
 */
export const filing: DatasetPart = {
  name: 'filing (exports for the case records and the filing checklist)',
  target: 'every held meeting exported for filing, its extracts ticked as filed',
  build({ sqlite, rnd, world, audit }) {
    const insertExport = sqlite.prepare('insert into filing_exports (meeting_id, at, by, folder, files) values (?, ?, ?, ?, ?)');
    const insertRecord = sqlite.prepare(`insert into filing_records (meeting_id, child_id, item_id, file_name, redactions, exported_at, exported_by, filed_at, filed_by)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const childById = new Map<number, ChildRec>(world.children.map((c) => [c.id, c]));
    const n = { filing_exports: 0, filing_records: 0 };
    for (const m of world.meetings) {
      if (m.status !== 'approved') continue;
      const exportDay = Math.min(world.today, m.day + rnd.int(1, 3));
      const by = rnd.pick(world.actors);
      const at = stamp(rnd, exportDay);
      const folderName = safeFileStem(`${m.typeName} ${iso(m.day)} for filing`);
      const children = m.items.flatMap((item) => item.childIds.map((childId) => ({ item, child: childById.get(childId)! })));
      insertExport.run(m.id, at, by, `C:\\Users\\${by}\\Documents\\Panel filing\\${folderName}`, children.length);
      n.filing_exports++;
      for (const { item, child } of children) {
        const filedDay = exportDay + rnd.int(0, 6);
        const filed = filedDay < world.today - 3 || rnd.next() < 0.3;
        insertRecord.run(
          m.id,
          child.id,
          item.id,
          safeDocxFileName(`${child.caseRef} ${child.lastName} ${m.typeName} ${iso(m.day)}`),
          rnd.next() < 0.05 ? rnd.int(1, 3) : 0,
          at,
          by,
          filed ? stamp(rnd, Math.min(world.today, filedDay)) : null,
          filed ? by : null,
        );
        n.filing_records++;
      }
      audit({ day: exportDay, actor: by, action: 'export', entity: 'meeting', entityId: m.id, summary: `Exported ${children.length} extracts for filing from the meeting on ${ukDate(m.day)}`, details: { files: children.length } });
    }
    return n;
  },
};
