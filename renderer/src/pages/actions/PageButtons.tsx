import { ACTION_STATUS } from '../../../../shared/domain/minutes-vocabulary';
import type { StatusFilter } from './action-filters';

/** "Showing 1–200 of 12,345 open actions", or why there are none, in words. `filtered`: narrowed by anything but the status. */
export function rangeSentence(offset: number, shown: number, total: number, filtered: boolean, status: StatusFilter): string {
  const kind = (n: number) => {
    const noun = n === 1 ? 'action' : 'actions';
    return status === 'all' ? noun : status === 'open' ? `open ${noun}` : `${noun} marked “${ACTION_STATUS.labels[status].toLowerCase()}”`;
  };
  const matching = filtered ? ' matching these filters' : '';
  if (total === 0) {
    if (filtered || status !== 'open') return 'No actions match these filters. Clear the filters to see every open action.';
    return 'No open actions. Actions agreed at meetings appear here, to be followed up between panels.';
  }
  if (shown === 0) return `No more ${kind(2)}: go back a page.`;
  // All on one page: just the number.
  if (offset === 0 && shown >= total) return `${total.toLocaleString('en-GB')} ${kind(total)}${matching}.`;
  return `Showing ${(offset + 1).toLocaleString('en-GB')}–${(offset + shown).toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} ${kind(total)}${matching}.`;
}

/** Previous and Next page. After a press the keyboard stays on a button that still works (Next at the end moves to Previous). */
export function PageButtons({ offset, total, pageSize, onGo }: { offset: number; total: number; pageSize: number; onGo(offset: number, focusIds: string[]): void }) {
  if (total <= pageSize && offset === 0) return null;
  return (
    <nav className="button-row button-row--tight" aria-label="Pages of actions">
      <button id="actions-previous" type="button" className="button button--secondary button--small" disabled={offset === 0} onClick={() => onGo(Math.max(0, offset - pageSize), ['actions-previous', 'actions-next'])}>
        Previous page
      </button>
      <button id="actions-next" type="button" className="button button--secondary button--small" disabled={offset + pageSize >= total} onClick={() => onGo(offset + pageSize, ['actions-next', 'actions-previous'])}>
        Next page
      </button>
    </nav>
  );
}
