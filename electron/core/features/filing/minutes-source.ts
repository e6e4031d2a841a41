import { todayIso } from '../../../../shared/domain/dates';
import { minutesExportBlocked } from '../../../../shared/minutes/lifecycle';
import type { MinutesDetail } from '../../../../shared/schemas/minutes';
import type { ServiceContext } from '../../context';
import { readGroupsTogether } from '../../data/read-together';
import { settingFromStored, storedSettingQuery } from '../../data/tables/settings';
import { AppError } from '../../errors';
import type { MinutesDocModel } from '../../export/minutes/model';
import { minutesDetailFrom } from '../minutes/detail';
import { recordDetailsFrom } from '../minutes/record-details';
import { minutesReadQueries } from '../minutes/repository/live-minutes';
import { recordReadQueries } from '../minutes/repository/records';
import { minutesDocModel } from './minutes-model';

export interface MinutesSource {
  detail: MinutesDetail;
  full: MinutesDocModel;
}

/**
 * Everything the minutes and every extract of them are built from, read once: the live minutes'
 * reads, the records of the meeting's children and the council's name, all keyed by the meeting's
 * id alone, go as one statement on a team store (each statement is a round trip on the council's
 * network), prepared because its text never changes. The records' tracker rows are the minutes'
 * own, brought up to today once for both. Only a child whose tracker row is out of date costs more.
 */
export async function loadMinutesSource(ctx: ServiceContext, meetingId: number): Promise<MinutesSource> {
  const db = ctx.db;
  const read = await readGroupsTogether(
    db,
    { ...minutesReadQueries(db, meetingId), records: recordReadQueries(db, meetingId), document: { authorityName: storedSettingQuery(db, 'authorityName') } },
    { prepared: true },
  );
  const { detail, tracking, reviewRules } = await minutesDetailFrom(ctx, db, read);
  const blocked = minutesExportBlocked(detail.state.status);
  if (blocked) throw new AppError('CONFLICT', blocked);
  const authorityName = settingFromStored('authorityName', read.document.authorityName[0]?.value);
  const records = recordDetailsFrom(read.records, tracking);
  return { detail, full: minutesDocModel(detail, { authorityName, preparedBy: ctx.actor, records, reviewSettings: reviewRules, today: todayIso(ctx.now()) }) };
}
