import { z } from 'zod';
import { archiveInput, listInput, team, teamCreateInput, teamUpdateInput } from './schemas/team';
import { person, personCreateInput, personUpdateInput } from './schemas/person';
import {
  child,
  childCloseInput,
  childCreateInput,
  childDetail,
  childUpdateInput,
  keyDate,
  keyDateCreateInput,
  keyDateUpdateInput,
  permanencePlan,
  planInput,
  ragCreateInput,
  ragRating,
  siblingLinkInput,
  siblingUnlinkInput,
} from './schemas/child';
import { id } from './schemas/common';
import { importCommitInput, importCommitOutput, importPreviewInput, importPreviewOutput } from './schemas/import';
import { reviewSettings, reviewSettingsOutput } from './schemas/review-settings';
import { auditPage, auditQuery, backupInfo, backupNameInput, health, restoreOutput } from './schemas/safety';
import { trackerQuery, trackerResult } from './schemas/tracker';

const none = z.undefined().optional();
const byId = z.strictObject({ id });

/**
 * The whole API of the core, as one map: procedure name -> zod input and output.
 * The router, the IPC transport, the HTTP transport and the renderer's client are
 * all driven by this map, so a procedure exists in one place only.
 */
export const contract = {
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
  'audit.list': { input: auditQuery, output: auditPage },
  'audit.exportCsv': { input: auditQuery, output: z.object({ fileName: z.string(), csv: z.string() }) },
  'demo.load': { input: none, output: z.object({ teams: z.number().int(), people: z.number().int(), children: z.number().int() }) },

  'teams.list': { input: listInput, output: z.array(team) },
  'teams.create': { input: teamCreateInput, output: team },
  'teams.update': { input: teamUpdateInput, output: team },
  'teams.setArchived': { input: archiveInput, output: team },
  'people.list': { input: listInput, output: z.array(person) },
  'people.create': { input: personCreateInput, output: person },
  'people.update': { input: personUpdateInput, output: person },
  'people.setArchived': { input: archiveInput, output: person },

  'children.create': { input: childCreateInput, output: child },
  'children.update': { input: childUpdateInput, output: child },
  'children.get': { input: byId, output: childDetail },
  'children.close': { input: childCloseInput, output: child },
  'children.search': {
    input: z.strictObject({ query: z.string().trim().max(100), limit: z.number().int().min(1).max(50).optional().transform((v) => v ?? 20) }),
    output: z.array(z.object({ id, caseRef: z.string(), firstName: z.string(), lastName: z.string(), teamId: id.nullable(), closed: z.boolean() })),
  },
  'plans.set': { input: planInput, output: permanencePlan },
  'keyDates.create': { input: keyDateCreateInput, output: keyDate },
  'keyDates.update': { input: keyDateUpdateInput, output: keyDate },
  'keyDates.delete': { input: byId, output: z.object({ deleted: z.literal(true) }) },
  'ratings.create': { input: ragCreateInput, output: ragRating },
  'siblings.link': { input: siblingLinkInput, output: z.object({ siblingGroupId: id }) },
  'siblings.unlink': { input: siblingUnlinkInput, output: z.object({ unlinked: z.literal(true) }) },

  'tracker.query': { input: trackerQuery, output: trackerResult },
  'tracker.exportCsv': { input: trackerQuery, output: z.object({ fileName: z.string(), csv: z.string() }) },

  'import.preview': { input: importPreviewInput, output: importPreviewOutput },
  'import.commit': { input: importCommitInput, output: importCommitOutput },

  'settings.getReview': { input: none, output: reviewSettingsOutput },
  'settings.setReview': { input: reviewSettings, output: reviewSettingsOutput },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
export type ProcedureInput<P extends ProcedureName> = z.input<Contract[P]['input']>;
export type ProcedureOutput<P extends ProcedureName> = z.output<Contract[P]['output']>;
/** What a service receives: the input after zod has parsed and normalised it. */
export type ParsedInput<P extends ProcedureName> = z.output<Contract[P]['input']>;

export const PROCEDURE_NAMES = Object.keys(contract) as ProcedureName[];

export function isProcedureName(name: unknown): name is ProcedureName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
