import type { MeetingStatus } from '../../../../shared/domain/minutes-vocabulary';
import { minutesExportBlocked } from '../../../../shared/minutes/lifecycle';
import type { MinutesDetail } from '../../../../shared/schemas/minutes';
import type { ServiceContext } from '../../context';
import { AppError } from '../../errors';
import type { MinutesDocModel } from '../../export/minutes/model';
import { loadAuthorityName } from '../authority';
import { minutesDetail } from '../minutes/detail';
import { minutesDocModel } from './minutes-model';

export interface MinutesSource {
  detail: MinutesDetail;
  full: MinutesDocModel;
}

/** Everything the minutes and every extract of them are built from, read once. */
export async function loadMinutesSource(ctx: ServiceContext, meetingId: number): Promise<MinutesSource> {
  const detail = await minutesDetail(ctx, meetingId);
  const blocked = minutesExportBlocked(detail.state.status as MeetingStatus);
  if (blocked) throw new AppError('CONFLICT', blocked);
  return { detail, full: minutesDocModel(detail, await loadAuthorityName(ctx.db), ctx.actor) };
}

