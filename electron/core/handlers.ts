import type { ProcedureOutput } from '../../shared/contract';
import type { BackupInfo } from '../../shared/schemas/safety';
import type { ServiceContext } from './context';
import type { Handlers } from './router';
import type { BackupReason } from './safety/backups';
import { appStatus } from './services/app-status';
import { exportAudit, listAudit } from './services/audit-log';
import { closeChild, createChild, getChild, searchChildren, updateChild } from './services/children/children';
import { createKeyDate, deleteKeyDate, updateKeyDate } from './services/children/key-dates';
import { ratifyFinalPlan, setPlan } from './services/children/plans';
import { createRating } from './services/children/ratings';
import { linkSiblings, unlinkSibling } from './services/children/siblings';
import { recordCicReview, removeCicReview } from './services/children/cic-reviews';
import { bringToPanel, closeEscalation, createEscalation } from './services/children/escalations';
import { loadDemoData } from './services/demo/load-demo';
import { commitImport, previewImport } from './services/import';
import { createPerson, listPeople, setPersonArchived, updatePerson } from './services/people';
import { getCurrentUser, setCurrentUser } from './services/identity/current-user';
import { getReviewSettings, setReviewSettings } from './services/review-settings';
import { createTeam, listTeams, setTeamArchived, updateTeam } from './services/teams';
import { exportTrackerCsv } from './services/tracking/tracker-csv';
import { queryTracker } from './services/tracking/tracker-query';
import { getFigures } from './features/figures/figures';
import { exportFiguresCsv, exportFiguresDocx } from './features/figures/figures-export';
import { getBankHolidays, setBankHolidays } from './services/bank-holidays';
import { createMeetingType, listMeetingTypes, setMeetingTypeArchived, updateMeetingType } from './services/meetings/meeting-types';
import { createSeries, getSeries, listSeries, setSeriesArchived, updateSeries } from './services/meetings/series';
import { addRotaExtra, changeRotaDate, removeRotaExtra, viewRota } from './services/meetings/rota';
import { unplacedChildren } from './services/meetings/unplaced';
import { getMeeting, listMeetings, prepareMeeting, updateMeeting } from './services/meetings/meetings';
import { addAgendaItem, groupSiblingItems, moveAgendaItem, removeAgendaItem, splitAgendaItem, updateAgendaItem } from './services/meetings/agenda';
import { bookCpm, listCpms } from './services/meetings/cpm';
import { exportAgendaDocx, exportRotaDocx } from './services/meetings/exports';
import { saveMinuteField } from './services/minutes/fields';
import { rateChild } from './services/minutes/ratings';
import { amendMinutes } from './services/minutes/amendments';
import { minutesDetail } from './services/minutes/detail';
import { approveMeeting, closeMeeting, lockMeeting, reopenMeeting, setCurrentItem, startMeeting } from './services/minutes/lifecycle';
import { addAttendee, removeAttendee, setMinuteTaker, updateAttendee } from './services/minutes/attendance';
import { applyLgpDecision, previewLgpDecision } from './services/minutes/lgp-decision';
import { searchMinutes } from './services/minutes/search';
import { applyCpmPlan, previewCpmPlan } from './services/minutes/cpm-plan';
import { createAction, removeAction, updateAction } from './services/actions/agreed';
import { reviewAction } from './services/actions/reviews';
import { listActions } from './services/actions/list';
import { actionHistory, completeAction, progressAction, reopenAction } from './services/actions/follow-up';
import { exportActionsCsv, exportActionsDocx } from './services/actions/export';
import { getDocumentSettings, setDocumentSettings } from './services/authority';
import { exportExtractDocx, exportMinutesDocx } from './services/exports/minutes-export';
import { exportFilingZip } from './services/filing/batch';
import { filingChecklist, markFiled } from './services/filing/checklist';
import { getExtractSettings, setExtractSettings } from './services/filing/extract-settings';
import { decideMention, getExtractReview } from './services/filing/review';

/** What the core host does for the file itself, which the handlers expose. */
export interface SafetyOperations {
  health(): ProcedureOutput<'app.health'>;
  listBackups(): BackupInfo[];
  backupNow(reason: BackupReason): Promise<BackupInfo>;
  restore(name: string): Promise<ProcedureOutput<'backups.restore'>>;
  restoreNewestGood(): Promise<ProcedureOutput<'backups.restoreNewestGood'>>;
}

/** Wires each procedure of the contract to its service. The type makes a missing procedure a compile error. */
export function buildHandlers(ctx: ServiceContext, info: () => ProcedureOutput<'app.info'>, safety: SafetyOperations): Handlers {
  return {
    'app.info': info,
    'app.health': () => safety.health(),
    'backups.list': () => safety.listBackups(),
    'backups.create': () => safety.backupNow('manual'),
    'backups.restore': (i) => safety.restore(i.name),
    'backups.restoreNewestGood': () => safety.restoreNewestGood(),
    'audit.list': (i) => listAudit(ctx, i),
    'audit.exportCsv': (i) => exportAudit(ctx, i),
    'app.status': () => appStatus(ctx),
    'demo.load': () => loadDemoData(ctx),
    'teams.list': (i) => listTeams(ctx, i),
    'teams.create': (i) => createTeam(ctx, i),
    'teams.update': (i) => updateTeam(ctx, i),
    'teams.setArchived': (i) => setTeamArchived(ctx, i),
    'people.list': (i) => listPeople(ctx, i),
    'people.create': (i) => createPerson(ctx, i),
    'people.update': (i) => updatePerson(ctx, i),
    'people.setArchived': (i) => setPersonArchived(ctx, i),
    'people.currentUser': () => getCurrentUser(ctx),
    'people.setCurrentUser': (i) => setCurrentUser(ctx, i),
    'children.create': (i) => createChild(ctx, i),
    'children.update': (i) => updateChild(ctx, i),
    'children.get': (i) => getChild(ctx, i),
    'children.close': (i) => closeChild(ctx, i),
    'children.search': (i) => searchChildren(ctx, i),
    'plans.set': (i) => setPlan(ctx, i),
    'plans.ratifyFinal': (i) => ratifyFinalPlan(ctx, i),
    'keyDates.create': (i) => createKeyDate(ctx, i),
    'keyDates.update': (i) => updateKeyDate(ctx, i),
    'keyDates.delete': (i) => deleteKeyDate(ctx, i),
    'ratings.create': (i) => createRating(ctx, i),
    'cicReviews.record': (i) => recordCicReview(ctx, i),
    'cicReviews.remove': (i) => removeCicReview(ctx, i),
    'escalations.create': (i) => createEscalation(ctx, i),
    'escalations.bringToPanel': (i) => bringToPanel(ctx, i),
    'escalations.close': (i) => closeEscalation(ctx, i),
    'siblings.link': (i) => linkSiblings(ctx, i),
    'siblings.unlink': (i) => unlinkSibling(ctx, i),
    'tracker.query': (i) => queryTracker(ctx, i),
    'tracker.exportCsv': (i) => exportTrackerCsv(ctx, i),
    'figures.get': (i) => getFigures(ctx, i),
    'figures.exportCsv': (i) => exportFiguresCsv(ctx, i),
    'figures.exportDocx': (i) => exportFiguresDocx(ctx, i),
    'import.preview': (i) => previewImport(ctx, i),
    'import.commit': (i) => commitImport(ctx, i),
    'settings.getReview': () => getReviewSettings(ctx),
    'settings.setReview': (i) => setReviewSettings(ctx, i),
    'settings.getDocuments': () => getDocumentSettings(ctx),
    'settings.setDocuments': (i) => setDocumentSettings(ctx, i),
    'settings.getExtracts': () => getExtractSettings(ctx),
    'settings.setExtracts': (i) => setExtractSettings(ctx, i),
    'settings.getBankHolidays': () => getBankHolidays(ctx),
    'settings.setBankHolidays': (i) => setBankHolidays(ctx, i),
    'meetingTypes.list': (i) => listMeetingTypes(ctx, i),
    'meetingTypes.create': (i) => createMeetingType(ctx, i),
    'meetingTypes.update': (i) => updateMeetingType(ctx, i),
    'meetingTypes.setArchived': (i) => setMeetingTypeArchived(ctx, i),
    'series.list': (i) => listSeries(ctx, i),
    'series.get': (i) => getSeries(ctx, i),
    'series.create': (i) => createSeries(ctx, i),
    'series.update': (i) => updateSeries(ctx, i),
    'series.setArchived': (i) => setSeriesArchived(ctx, i),
    'rota.view': (i) => viewRota(ctx, i),
    'rota.change': (i) => changeRotaDate(ctx, i),
    'rota.addExtra': (i) => addRotaExtra(ctx, i),
    'rota.removeExtra': (i) => removeRotaExtra(ctx, i),
    'rota.exportDocx': (i) => exportRotaDocx(ctx, i),
    'rota.unplaced': () => unplacedChildren(ctx),
    'meetings.list': (i) => listMeetings(ctx, i),
    'meetings.prepare': (i) => prepareMeeting(ctx, i),
    'meetings.get': (i) => getMeeting(ctx, i),
    'meetings.update': (i) => updateMeeting(ctx, i),
    'agenda.add': (i) => addAgendaItem(ctx, i),
    'agenda.update': (i) => updateAgendaItem(ctx, i),
    'agenda.remove': (i) => removeAgendaItem(ctx, i),
    'agenda.move': (i) => moveAgendaItem(ctx, i),
    'agenda.groupSiblings': (i) => groupSiblingItems(ctx, i),
    'agenda.split': (i) => splitAgendaItem(ctx, i),
    'agenda.exportDocx': (i) => exportAgendaDocx(ctx, i),
    'cpm.list': (i) => listCpms(ctx, i),
    'cpm.book': (i) => bookCpm(ctx, i),
    'minutes.get': (i) => minutesDetail(ctx, i.id),
    'minutes.save': (i) => saveMinuteField(ctx, i),
    'minutes.rate': (i) => rateChild(ctx, i),
    'minutes.amend': (i) => amendMinutes(ctx, i),
    'meetings.start': (i) => startMeeting(ctx, i),
    'meetings.close': (i) => closeMeeting(ctx, i),
    'meetings.reopen': (i) => reopenMeeting(ctx, i),
    'meetings.approve': (i) => approveMeeting(ctx, i),
    'meetings.lock': (i) => lockMeeting(ctx, i),
    'meetings.setCurrentItem': (i) => setCurrentItem(ctx, i),
    'attendance.add': (i) => addAttendee(ctx, i),
    'attendance.update': (i) => updateAttendee(ctx, i),
    'attendance.remove': (i) => removeAttendee(ctx, i),
    'attendance.setMinuteTaker': (i) => setMinuteTaker(ctx, i),
    'lgp.preview': (i) => previewLgpDecision(ctx, i),
    'lgp.apply': (i) => applyLgpDecision(ctx, i),
    'cpm.planPreview': (i) => previewCpmPlan(ctx, i),
    'cpm.planApply': (i) => applyCpmPlan(ctx, i),
    'actions.create': (i) => createAction(ctx, i),
    'actions.update': (i) => updateAction(ctx, i),
    'actions.remove': (i) => removeAction(ctx, i),
    'actions.review': (i) => reviewAction(ctx, i),
    'actions.list': (i) => listActions(ctx, i),
    'actions.progress': (i) => progressAction(ctx, i),
    'actions.complete': (i) => completeAction(ctx, i),
    'actions.reopen': (i) => reopenAction(ctx, i),
    'actions.history': (i) => actionHistory(ctx, i),
    'actions.exportDocx': (i) => exportActionsDocx(ctx, i),
    'actions.exportCsv': (i) => exportActionsCsv(ctx, i),
    'minutes.exportDocx': (i) => exportMinutesDocx(ctx, i),
    'minutes.exportExtract': (i) => exportExtractDocx(ctx, i),
    'filing.checklist': (i) => filingChecklist(ctx, i.id),
    'filing.exportZip': (i) => exportFilingZip(ctx, i.id),
    'filing.mark': (i) => markFiled(ctx, i),
    'filing.review': (i) => getExtractReview(ctx, i),
    'filing.decide': (i) => decideMention(ctx, i),
    'search.minutes': (i) => searchMinutes(ctx, i),
  };
}
