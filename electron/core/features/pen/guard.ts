import type { ServiceContext } from '../../context';
import type { Db } from '../../db/db-type';
import { AppError } from '../../errors';
import type { MeetingPenRow } from '../../data/tables/meeting-pens';
import { penIsShared } from './pen';
import { namesOfLogins, penOf } from './repository';
import { heldByAnother } from './words';

/**
 * Refuses a write to a meeting's minutes (a field, a rating, an action agreed or reviewed at an
 * item) while someone else holds the pen. Run inside the write, before anything is written, so a
 * refused save writes nothing. Nobody holding the pen, the holder in any of their windows, and the
 * one person on a laptop's own file all write as before. `read` is the pen as the write already read it
 * in the same transaction (a team store reads it with the item: one round trip fewer per autosave).
 */
export async function assertHoldsPen(db: Db, ctx: ServiceContext, meetingId: number, read?: { pen?: MeetingPenRow | null }): Promise<void> {
  if (!penIsShared(ctx)) return;
  const pen = read?.pen !== undefined ? read.pen : await penOf(db, meetingId);
  const me = ctx.identity?.login ?? ctx.login ?? ctx.actor;
  if (!pen || pen.login === me) return;
  const name = (await namesOfLogins(db, [pen.login]))[0]?.name ?? pen.login;
  throw new AppError('READ_ONLY', heldByAnother(name));
}
