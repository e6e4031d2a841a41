import type { settingsProcedures } from '../../../../shared/procedures/settings';
import type { ServiceContext } from '../../context';
import type { HandlersOf } from '../../router';
import { getDocumentSettings, setDocumentSettings } from './authority';
import { getBankHolidays, setBankHolidays } from './bank-holidays';
import { getExtractSettings, setExtractSettings } from '../filing/extract-settings';
import { createPerson, listPeople, setPersonArchived, updatePerson } from './people';
import { getReviewSettings, setReviewSettings } from './review-settings';
import { createTeam, listTeams, setTeamArchived, updateTeam } from './teams';

/** Teams, people and council settings: each procedure wired to its service. */
export function settingsHandlers(ctx: ServiceContext): HandlersOf<typeof settingsProcedures> {
  return {
    'teams.list': (i) => listTeams(ctx, i),
    'teams.create': (i) => createTeam(ctx, i),
    'teams.update': (i) => updateTeam(ctx, i),
    'teams.setArchived': (i) => setTeamArchived(ctx, i),
    'people.list': (i) => listPeople(ctx, i),
    'people.create': (i) => createPerson(ctx, i),
    'people.update': (i) => updatePerson(ctx, i),
    'people.setArchived': (i) => setPersonArchived(ctx, i),
    'settings.getReview': () => getReviewSettings(ctx),
    'settings.setReview': (i) => setReviewSettings(ctx, i),
    'settings.getDocuments': () => getDocumentSettings(ctx),
    'settings.setDocuments': (i) => setDocumentSettings(ctx, i),
    'settings.getExtracts': () => getExtractSettings(ctx),
    'settings.setExtracts': (i) => setExtractSettings(ctx, i),
    'settings.getBankHolidays': () => getBankHolidays(ctx),
    'settings.setBankHolidays': (i) => setBankHolidays(ctx, i),
  };
}
