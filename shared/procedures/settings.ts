import { z } from 'zod';
import { bankHolidaysInput, bankHolidaysOutput } from '../schemas/agenda';
import { extractSettingsInput, extractSettingsOutput } from '../schemas/extract-review';
import { documentSettings, documentSettingsInput } from '../schemas/filing';
import { person, personCreateInput, personUpdateInput } from '../schemas/person';
import { reviewSettingsInput, reviewSettingsOutput } from '../schemas/review-settings';
import { listInput, team, teamCreateInput, teamUpdateInput, versionedArchiveInput } from '../schemas/team';
import { none, type ProcedureMap } from './common';

/** Teams, people and the council's settings: review rules, documents, extracts, bank holidays. */
export const settingsProcedures = {
  'teams.list': { input: listInput, output: z.array(team) },
  'teams.create': { input: teamCreateInput, output: team },
  'teams.update': { input: teamUpdateInput, output: team },
  'teams.setArchived': { input: versionedArchiveInput, output: team },
  'people.list': { input: listInput, output: z.array(person) },
  'people.create': { input: personCreateInput, output: person },
  'people.update': { input: personUpdateInput, output: person },
  'people.setArchived': { input: versionedArchiveInput, output: person },
  'settings.getReview': { input: none, output: reviewSettingsOutput },
  'settings.setReview': { input: reviewSettingsInput, output: reviewSettingsOutput },
  /** The council's name, printed at the head of every Word document. */
  'settings.getDocuments': { input: none, output: documentSettings },
  'settings.setDocuments': { input: documentSettingsInput, output: documentSettings },
  /** Whether siblings' names stay in a child's extract for the case record. */
  'settings.getExtracts': { input: none, output: extractSettingsOutput },
  'settings.setExtracts': { input: extractSettingsInput, output: extractSettingsOutput },
  'settings.getBankHolidays': { input: none, output: bankHolidaysOutput },
  'settings.setBankHolidays': { input: bankHolidaysInput, output: bankHolidaysOutput },
} as const satisfies ProcedureMap;
