import { z } from 'zod';
import { backupInfo, backupNameInput, health, restoreOutput } from '../schemas/safety';
import { TEAM_ROLES } from '../team-roles';
import { none, type ProcedureMap } from './common';

/**
 * Where the data lives: this computer's own encrypted file, or a council's team store on
 * PostgreSQL, signed in as one login (whose person and group roles the screens mirror).
 */
export const storeInfo = z.discriminatedUnion('engine', [
  z.object({ engine: z.literal('sqlite') }),
  z.object({
    engine: z.literal('postgres'),
    /** host and port, as the person would recognise them */
    server: z.string(),
    database: z.string(),
    login: z.string(),
    /** the person this login is, by name, once the admin has said so */
    person: z.string().nullable(),
    roles: z.array(z.enum(TEAM_ROLES)),
  }),
]);

/** The app itself and its data file: what version, whether the data can be used, its backups. */
export const safetyProcedures = {
  'app.info': {
    input: none,
    output: z.object({ version: z.string(), schemaVersion: z.number().int(), dataDir: z.string(), mode: z.enum(['desktop', 'browser']), store: storeInfo }),
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
