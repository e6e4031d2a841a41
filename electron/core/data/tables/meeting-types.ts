import { z } from 'zod';
import { MEETING_FORM, MEETING_KIND, SERIES_INTERVAL } from '../../../../shared/domain/vocabulary';
import { ROLES } from '../../../../shared/roles';
import { id, integer, json, nullable, oneOf, text, withDefault } from '../codecs';
import { table, type Row } from '../table';

export const meetingTypes = table('meeting_types', {
  id: id(),
  /** Set on the meetings Panelroom is built around ('lgp', 'pp', 'cpm'...), so features find them whatever a council calls them. */
  code: nullable(text()),
  name: text(),
  form: oneOf(MEETING_FORM.values),
  proposes: nullable(oneOf(MEETING_KIND.values)),
  default_interval: oneOf(SERIES_INTERVAL.values),
  slot_minutes: integer(),
  papers_due_working_days: nullable(integer()),
  core_roles: json(z.array(z.enum(ROLES))),
  position: integer(),
  archived_at: nullable(text()),
  created_at: text(),
  updated_at: text(),
  /** Added to by each save that changes the row; a save based on an older version is a conflict (see the write path). */
  version: withDefault(integer()),
});
export type MeetingTypeRow = Row<typeof meetingTypes>;
