import { formatUkDate } from '../../../../shared/domain/dates';
import type { MinutesDetail } from '../../../../shared/schemas/minutes';
import { clockTime, durationWords } from './chair-time';

/** Where the meeting has got to, in words, with how long it has been running. */
export function statusSentence(detail: MinutesDetail, now: number): string {
  const { state, agenda } = detail;
  const started = state.startedAt ? Date.parse(state.startedAt) : NaN;
  switch (state.status) {
    case 'planned':
      return `Not started yet. Due to start at ${agenda.meeting.startTime}.`;
    case 'in_progress':
      return Number.isNaN(started) ? 'In progress.' : `In progress: started at ${clockTime(state.startedAt)}, running for ${durationWords((now - started) / 1000)}.`;
    case 'draft': {
      const closed = state.closedAt ? Date.parse(state.closedAt) : NaN;
      const length = Number.isNaN(started) || Number.isNaN(closed) ? '' : ` after ${durationWords((closed - started) / 1000)}`;
      return `Closed at ${clockTime(state.closedAt)}${length}. The minutes are a draft, for the chair to approve.`;
    }
    case 'approved':
      return `Closed. The minutes were approved${state.approvedBy ? ` by ${state.approvedBy}` : ''}${state.approvedOn ? ` on ${formatUkDate(state.approvedOn)}` : ''}.`;
    case 'locked':
      return 'Closed. The minutes are approved and locked.';
  }
}
