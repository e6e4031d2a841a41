import fs from 'node:fs/promises';
import path from 'node:path';
import type { FilingChecklist } from '../../../../shared/schemas/filing';
import type { ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { prepareFiling } from './batch';
import { recordFiling } from './checklist';

/** Why a folder could not be written, in words; the data itself is never at risk here. */
const WRITE_PROBLEMS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'your storage allowance is used up',
  EACCES: 'Panelroom is not allowed to write there',
  // Windows refuses to replace a file that is open in Word with EPERM, as well as a folder it may not write to.
  EPERM: 'an extract there may be open in Word (close it), or Panelroom is not allowed to write there',
  EROFS: 'that drive is read-only',
  ENOTDIR: 'that place is a file, not a folder',
  ENOENT: 'that folder no longer exists',
  EBUSY: 'an extract there is open in another program (close it)',
  EEXIST: 'a file there already has the folder’s name',
  EISDIR: 'a folder there already has an extract’s name',
  ENAMETOOLONG: 'the path is too long',
  EIO: 'the drive did not answer (a network drive may have gone)',
};

function writeError(err: unknown, parentDir: string): unknown {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return err;
  // Any file-system error is about the place chosen, not a fault in Panelroom: say so, with its code for the service desk.
  const problem = WRITE_PROBLEMS[code] ?? `the computer reported ${code}`;
  return new AppError('STORAGE', `The folder for filing could not be written in “${parentDir}”: ${problem}. Try again, or choose another folder; nothing has been marked as exported.`);
}

/**
 * The desktop app's export for filing: a folder inside the one the person chose, holding
 * each child's extract. Each file is written beside its final name and renamed into
 * place, so a folder never holds half a document (a crash leaves the old copy or the new).
 * A file of the same name from an earlier export is replaced: it is the same child's extract.
 */
export async function writeFilingFolder(ctx: ServiceContext, meetingId: number, parentDir: string): Promise<FilingChecklist> {
  const batch = await prepareFiling(ctx, meetingId);
  const folder = path.join(parentDir, batch.folderName);
  try {
    await fs.mkdir(folder, { recursive: true });
    for (const e of batch.extracts) {
      const final = path.join(folder, e.fileName);
      const partial = `${final}.partial`;
      try {
        await fs.writeFile(partial, e.buffer);
        await fs.rename(partial, final);
      } finally {
        await fs.rm(partial, { force: true });
      }
    }
  } catch (err) {
    throw writeError(err, parentDir);
  }
  return recordFiling(ctx, batch, folder);
}
