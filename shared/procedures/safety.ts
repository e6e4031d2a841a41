import { z } from 'zod';
import { backupInfo, backupNameInput, health, restoreOutput } from '../schemas/safety';
import { none, type ProcedureMap } from './common';

/** The app itself and its data file: what version, whether the data can be used, its backups. */
export const safetyProcedures = {
  'app.info': {
    input: none,
    output: z.object({ version: z.string(), schemaVersion: z.number().int(), dataDir: z.string(), mode: z.enum(['desktop', 'browser']) }),
  },
  /** What the first-run screen needs to know: is there anything here yet? */
  'app.status': { input: none, output: z.object({ teams: z.number().int(), people: z.number().int(), children: z.number().int() }) },
  /** Whether the data can be used: integrity, version, where it lives, when it was last backed up. */
  'app.health': { input: none, output: health },
  'backups.list': { input: none, output: z.array(backupInfo) },
  'backups.create': { input: none, output: backupInfo },
  'backups.restore': { input: backupNameInput, output: restoreOutput },
  /** The recovery screen's one button: the newest backup that passes its own integrity check. */
  'backups.restoreNewestGood': { input: none, output: restoreOutput },
} as const satisfies ProcedureMap;
