import { todayIso } from '../../../../shared/domain/dates';
import { minutesExportBlocked } from '../../../../shared/minutes/lifecycle';
import type { MinutesDetail } from '../../../../shared/schemas/minutes';
import type { ServiceContext } from '../../context';
import { AppError } from '../../errors';
import type { MinutesDocModel } from '../../export/minutes/model';
import { loadAuthorityName } from '../settings/authority';
import { minutesDetail } from '../minutes/detail';
import { loadRecordDetails } from '../minutes/record-details';
import { getReviewSettings } from '../settings/review-settings';
import { minutesDocModel } from './minutes-model';

export interface MinutesSource {
  detail: MinutesDetail;
  full: MinutesDocModel;
}

/** Everything the minutes and every extract of them are built from, read once. */
export async function loadMinutesSource(ctx: ServiceContext, meetingId: number): Promise<MinutesSource> {
  const detail = await minutesDetail(ctx, meetingId);
  const blocked = minutesExportBlocked(detail.state.status);
  if (blocked) throw new AppError('CONFLICT', blocked);
  const [authorityName, records, review] = await Promise.all([loadAuthorityName(ctx.db), loadRecordDetails(ctx.db, meetingId, todayIso(ctx.now())), getReviewSettings(ctx)]);
  return { detail, full: minutesDocModel(detail, { authorityName, preparedBy: ctx.actor, records, reviewSettings: review.settings, today: todayIso(ctx.now()) }) };
}

