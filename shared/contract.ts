import { z } from 'zod';
import { archiveInput, listInput, team, teamCreateInput, teamUpdateInput } from './schemas/team';
import { person, personCreateInput, personUpdateInput } from './schemas/person';
import { currentUser, setCurrentUserInput } from './schemas/current-user';
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
  planRatifyInput,
  ragCreateInput,
  ragRating,
  siblingLinkInput,
  siblingUnlinkInput,
} from './schemas/child';
import { cicReview, cicReviewInput, escalation, escalationCloseInput, escalationInput } from './schemas/child-events';
import { id } from './schemas/common';
import { importCommitInput, importCommitOutput, importPreviewInput, importPreviewOutput } from './schemas/import';
import { reviewSettings, reviewSettingsOutput } from './schemas/review-settings';
import { auditPage, auditQuery, backupInfo, backupNameInput, health, restoreOutput } from './schemas/safety';
import { trackerQuery, trackerResult } from './schemas/tracker';
import { figuresCsv, figuresCsvInput, figuresExportInput, figuresPeriod, figuresResult } from './schemas/figures';
import { meetingType, meetingTypeCreateInput, meetingTypeUpdateInput } from './schemas/meeting-type';
import { rotaAddExtraInput, rotaChangeInput, rotaMessage, rotaQuery, rotaRemoveExtraInput, rotaView, series, seriesCreateInput, seriesUpdateInput, unplacedChild } from './schemas/series';
import {
  agendaAddInput,
  agendaExportInput,
  agendaMoveInput,
  agendaUpdateInput,
  bankHolidaysInput,
  bankHolidaysOutput,
  cpmBookInput,
  cpmQuery,
  cpmRow,
  meetingDetail,
  meetingListQuery,
  meetingSummary,
  meetingUpdateInput,
  prepareMeetingInput,
  wordFile,
} from './schemas/agenda';
import {
  amendInput,
  approveInput,
  attendanceAddInput,
  cpmPlanApplyInput,
  cpmPlanPreview,
  attendanceUpdateInput,
  attendee,
  lgpPreview,
  meetingState,
  minuteRateInput,
  minuteSaveInput,
  minutesDetail,
  minuteTakerInput,
  savedAck,
  searchHit,
  searchInput,
  setCurrentItemInput,
  startMeetingInput,
} from './schemas/minutes';
import {
  actionCompleteInput,
  actionCreateInput,
  actionHistoryEntry,
  actionPage,
  actionProgressInput,
  actionQuery,
  actionReviewInput,
  actionRow,
  actionUpdateInput,
  earlierAction,
} from './schemas/actions';
import { documentSettings, documentSettingsInput, extractInput, filingChecklist, filingMarkInput, filingZip } from './schemas/filing';
import { extractDecideInput, extractReview, extractReviewInput, extractSettings, extractSettingsInput } from './schemas/extract-review';

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
  /** Who is using Panelroom on this computer (the name on documents and in the audit log). */
  'people.currentUser': { input: none, output: currentUser },
  'people.setCurrentUser': { input: setCurrentUserInput, output: currentUser },

  'children.create': { input: childCreateInput, output: child },
  'children.update': { input: childUpdateInput, output: child },
  'children.get': { input: byId, output: childDetail },
  'children.close': { input: childCloseInput, output: child },
  'children.search': {
    input: z.strictObject({ query: z.string().trim().max(100), limit: z.number().int().min(1).max(50).optional().transform((v) => v ?? 20) }),
    output: z.array(z.object({ id, caseRef: z.string(), firstName: z.string(), lastName: z.string(), teamId: id.nullable(), closed: z.boolean() })),
  },
  'plans.set': { input: planInput, output: permanencePlan },
  /** The Group Manager's ratification of the final plan (who, when), kept as a new version of the plan. */
  'plans.ratifyFinal': { input: planRatifyInput, output: permanencePlan },
  'keyDates.create': { input: keyDateCreateInput, output: keyDate },
  'keyDates.update': { input: keyDateUpdateInput, output: keyDate },
  'keyDates.delete': { input: byId, output: z.object({ deleted: z.literal(true) }) },
  'ratings.create': { input: ragCreateInput, output: ragRating },
  /** A Child in Care review held: the next one counts from it. Answers the child's reviews, newest first. */
  'cicReviews.record': { input: cicReviewInput, output: z.array(cicReview) },
  'cicReviews.remove': { input: byId, output: z.array(cicReview) },
  /** A team manager's escalation to the Group Manager. Answers the child's escalations, newest first. */
  'escalations.create': { input: escalationInput, output: z.array(escalation) },
  /** Adds the child to the next prepared Permanence Panel of their team, with the escalation as the reason. */
  'escalations.bringToPanel': { input: byId, output: z.object({ escalations: z.array(escalation), message: z.string(), meetingId: id }) },
  'escalations.close': { input: escalationCloseInput, output: z.array(escalation) },
  'siblings.link': { input: siblingLinkInput, output: z.object({ siblingGroupId: id }) },
  'siblings.unlink': { input: siblingUnlinkInput, output: z.object({ unlinked: z.literal(true) }) },

  'tracker.query': { input: trackerQuery, output: trackerResult },
  'tracker.exportCsv': { input: trackerQuery, output: z.object({ fileName: z.string(), csv: z.string() }) },
  /** The management figures for a period and a team (all teams when none), each counted in SQL from the review rules. */
  'figures.get': { input: figuresPeriod, output: figuresResult },
  /** One table of the figures as CSV, as the page shows it. */
  'figures.exportCsv': { input: figuresCsvInput, output: figuresCsv },
  /** The report for the performance meeting: charts and tables, children named only in an appendix when asked for. */
  'figures.exportDocx': { input: figuresExportInput, output: wordFile },

  'import.preview': { input: importPreviewInput, output: importPreviewOutput },
  'import.commit': { input: importCommitInput, output: importCommitOutput },

  'settings.getReview': { input: none, output: reviewSettingsOutput },
  'settings.setReview': { input: reviewSettings, output: reviewSettingsOutput },
  /** The council's name, printed at the head of every Word document. */
  'settings.getDocuments': { input: none, output: documentSettings },
  'settings.setDocuments': { input: documentSettingsInput, output: documentSettings },
  /** Whether siblings' names stay in a child's extract for the case record. */
  'settings.getExtracts': { input: none, output: extractSettings },
  'settings.setExtracts': { input: extractSettingsInput, output: extractSettings },
  'settings.getBankHolidays': { input: none, output: bankHolidaysOutput },
  'settings.setBankHolidays': { input: bankHolidaysInput, output: bankHolidaysOutput },

  'meetingTypes.list': { input: listInput, output: z.array(meetingType) },
  'meetingTypes.create': { input: meetingTypeCreateInput, output: meetingType },
  'meetingTypes.update': { input: meetingTypeUpdateInput, output: meetingType },
  'meetingTypes.setArchived': { input: archiveInput, output: meetingType },

  'series.list': { input: listInput, output: z.array(series) },
  'series.get': { input: byId, output: series },
  'series.create': { input: seriesCreateInput, output: series },
  'series.update': { input: seriesUpdateInput, output: series },
  'series.setArchived': { input: archiveInput, output: series },

  /** The dates of a series in a period, with the team attending each and any one-off change. */
  'rota.view': { input: rotaQuery, output: rotaView },
  /** One-off changes answer with a sentence saying what changed, for the screen to announce. */
  'rota.change': { input: rotaChangeInput, output: rotaMessage },
  'rota.addExtra': { input: rotaAddExtraInput, output: rotaMessage },
  'rota.removeExtra': { input: rotaRemoveExtraInput, output: rotaMessage },
  'rota.exportDocx': { input: rotaQuery, output: wordFile },
  /** Children due at a panel whose team has no turn on any active rota of it: never silently left out. */
  'rota.unplaced': { input: none, output: z.object({ children: z.array(unplacedChild) }) },

  'meetings.list': { input: meetingListQuery, output: z.array(meetingSummary) },
  /** Makes a rota date a real meeting with the review engine's proposed agenda; the same meeting if it already exists. */
  'meetings.prepare': { input: prepareMeetingInput, output: meetingDetail },
  'meetings.get': { input: byId, output: meetingDetail },
  'meetings.update': { input: meetingUpdateInput, output: meetingDetail },

  'agenda.add': { input: agendaAddInput, output: meetingDetail },
  'agenda.update': { input: agendaUpdateInput, output: meetingDetail },
  'agenda.remove': { input: byId, output: meetingDetail },
  'agenda.move': { input: agendaMoveInput, output: meetingDetail },
  /** Joins the item's siblings who are elsewhere on the agenda into this item. */
  'agenda.groupSiblings': { input: byId, output: meetingDetail },
  /** Gives each child of a grouped item an item of their own. */
  'agenda.split': { input: byId, output: meetingDetail },
  /** Refused (NEEDS_CONFIRMATION) when the agenda runs past the session's end by more than the screen has shown. */
  'agenda.exportDocx': { input: agendaExportInput, output: wordFile },

  'cpm.list': { input: cpmQuery, output: z.array(cpmRow) },
  'cpm.book': { input: cpmBookInput, output: meetingDetail },

  /** Everything the minute-taker's screen shows: agenda, state, attendance, each item's minutes, amendments. */
  'minutes.get': { input: byId, output: minutesDetail },
  /** One field of one item, as it is typed: answers small and fast, because it runs on every pause in typing. */
  'minutes.save': { input: minuteSaveInput, output: savedAck },
  'minutes.rate': { input: minuteRateInput, output: savedAck },
  /** After approval the minutes change only by a dated amendment, shown with them. */
  'minutes.amend': { input: amendInput, output: minutesDetail },
  /** Refused (NEEDS_CONFIRMATION) for a meeting booked for a later day, unless the person confirms it is held today: it then moves to today. */
  'meetings.start': { input: startMeetingInput, output: minutesDetail },
  /** Ends the meeting in the room: the minutes become a draft, and ratings and attendance at panel reach the tracker. */
  'meetings.close': { input: byId, output: minutesDetail },
  /** Takes a draft back into the room (before approval only). */
  'meetings.reopen': { input: byId, output: minutesDetail },
  'meetings.approve': { input: approveInput, output: minutesDetail },
  /** Locked minutes take no more amendments. */
  'meetings.lock': { input: byId, output: minutesDetail },
  /** Moves the room on to an item (or none), which also keeps each item's time. */
  'meetings.setCurrentItem': { input: setCurrentItemInput, output: meetingState },

  'attendance.add': { input: attendanceAddInput, output: z.array(attendee) },
  'attendance.update': { input: attendanceUpdateInput, output: z.array(attendee) },
  'attendance.remove': { input: byId, output: z.array(attendee) },
  'attendance.setMinuteTaker': { input: minuteTakerInput, output: z.array(attendee) },

  /** What the Legal Gateway decision would change on each child's record, for the person to confirm. */
  'lgp.preview': { input: z.strictObject({ itemId: id }), output: lgpPreview },
  'lgp.apply': { input: z.strictObject({ itemId: id }), output: lgpPreview },
  /** What a held Care Planning Meeting's agreed plan would change on each child's plan, for the person to confirm. */
  'cpm.planPreview': { input: z.strictObject({ itemId: id }), output: cpmPlanPreview },
  /** Applies exactly the previewed changes; refused if the meeting or the plan changed since (the token no longer matches). */
  'cpm.planApply': { input: cpmPlanApplyInput, output: cpmPlanPreview },

  'actions.create': { input: actionCreateInput, output: actionRow },
  'actions.update': { input: actionUpdateInput, output: actionRow },
  'actions.remove': { input: byId, output: z.object({ deleted: z.literal(true) }) },
  'actions.review': { input: actionReviewInput, output: earlierAction },
  'actions.list': { input: actionQuery, output: actionPage },
  'actions.progress': { input: actionProgressInput, output: actionRow },
  'actions.complete': { input: actionCompleteInput, output: actionRow },
  'actions.reopen': { input: byId, output: actionRow },
  'actions.history': { input: byId, output: z.array(actionHistoryEntry) },
  /** The action log as filtered on screen, every matching row (not one page), for the coordinator to circulate. */
  'actions.exportDocx': { input: actionQuery, output: wordFile },
  'actions.exportCsv': { input: actionQuery, output: z.object({ fileName: z.string(), csv: z.string() }) },

  /** The panel's own record of the whole meeting; marked as a draft until the chair approves it. */
  'minutes.exportDocx': { input: byId, output: wordFile },
  /** One child's part of the minutes, for that child's case record: no other child's details. */
  'minutes.exportExtract': { input: extractInput, output: wordFile },
  'filing.checklist': { input: byId, output: filingChecklist },
  /** Browser mode's export for filing: every child's extract in one zip. The desktop app writes a folder instead. */
  'filing.exportZip': { input: byId, output: filingZip },
  'filing.mark': { input: filingMarkInput, output: filingChecklist },
  /** The possible mentions of other children in one child's extract, strongest first, each in its sentence, with any choice made. */
  'filing.review': { input: extractReviewInput, output: extractReview },
  /** A person's choice on one possible mention: take it out, or keep it (not that child). */
  'filing.decide': { input: extractDecideInput, output: extractReview },

  /** Finds a child (name or case reference) or words in any minutes, newest meeting first. */
  'search.minutes': { input: searchInput, output: z.array(searchHit) },
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
