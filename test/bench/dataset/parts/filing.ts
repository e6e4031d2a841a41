import { extractFileName } from '../../../../electron/core/export/minutes/file-names';
import { filingFolderName } from '../../../../electron/core/features/filing/checklist';
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
    const insertRecord = sqlite.prepare(`insert into filing_records (meeting_id, child_id, item_id, file_name, redactions, content_hash, exported_at, exported_by, filed_at, filed_by, filed_hash)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const childById = new Map<number, ChildRec>(world.children.map((c) => [c.id, c]));
    const n = { filing_exports: 0, filing_records: 0 };
    for (const m of world.meetings) {
      if (m.status !== 'approved') continue;
      const exportDay = Math.min(world.today, m.day + rnd.int(1, 3));
      const by = rnd.pick(world.actors);
      const at = stamp(rnd, exportDay);
      const folderName = filingFolderName(m.typeName, iso(m.day));
      const children = m.items.flatMap((item) => item.childIds.map((childId) => ({ item, child: childById.get(childId)! })));
      insertExport.run(m.id, at, by, `C:\\Users\\${by}\\Documents\\Panel filing\\${folderName}`, children.length);
      n.filing_exports++;
      for (const { item, child } of children) {
        // The day after export at the earliest, so a filing never looks older than the copy it filed.
        const filedDay = exportDay + rnd.int(1, 6);
        const filed = filedDay < world.today - 3 || (filedDay <= world.today && rnd.next() < 0.3);
        const hash = `${m.id}-${child.id}`.padEnd(64, '0');
        insertRecord.run(
          m.id,
          child.id,
          item.id,
          extractFileName(child, m.typeName, iso(m.day)),
          rnd.next() < 0.05 ? rnd.int(1, 3) : 0,
          hash,
          at,
          by,
          filed ? stamp(rnd, filedDay) : null,
          filed ? by : null,
          filed ? hash : null,
        );
        n.filing_records++;
      }
      audit({ day: exportDay, actor: by, action: 'export', entity: 'meeting', entityId: m.id, summary: `Exported ${children.length} extracts for filing from the meeting on ${ukDate(m.day)}`, details: { files: children.length } });
    }
    return n;
  },
};
