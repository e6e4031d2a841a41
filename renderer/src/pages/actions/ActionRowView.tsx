import { formatUkDate } from '../../../../shared/domain/dates';
import type { ActionRow } from '../../../../shared/schemas/actions';
import { personName } from '../../../../shared/domain/words';
import { RagTag } from '../../components/RagTag';
import { dueWords, shortText, statusWords } from './action-words';

export type PanelMode = 'update' | 'complete' | 'history';

/** The ids of a row's buttons, so focus can come back to the right one after a form closes or the row changes. */
export const rowButtonId = (mode: PanelMode | 'reopen', id: number) => `action-${mode}-${id}`;

/** One action's cells. Lateness is written out ("Overdue by 5 days"), never shown by colour alone. */
export function ActionRowView({
  row,
  today,
  open,
  busy,
  mayChange,
  onOpen,
  onReopen,
}: {
  row: ActionRow;
  today: string;
  open: PanelMode | undefined;
  busy: boolean;
  /** Noting progress, completing and reopening: offered only where the person may change actions. */
  mayChange: boolean;
  onOpen(mode: PanelMode): void;
  onReopen(): void;
}) {
  const due = dueWords(row.dueOn, today, row.status);
  const what = shortText(row.text);
  return (
    <>
      <th scope="row" className="actions__what">
        {row.text}
      </th>
      <td>
        {row.children.length === 0 ? <span className="muted">None</span> : null}
        {row.children.map((c) => (
          <span key={c.id} className="actions__child">
            <a href={`#/children/${c.id}`}>{personName(c)}</a> <span className="tracker__ref">{c.caseRef}</span>
          </span>
        ))}
        {row.teamName ? <span className="tracker__sub">{row.teamName}</span> : null}
      </td>
      <td>
        <a href={`#/meetings/${row.meetingId}`}>
          {row.meetingTypeName}, {formatUkDate(row.meetingDate)}
        </a>
      </td>
      <td>{row.ownerName}</td>
      <td className="actions__due">
        {formatUkDate(row.dueOn)}
        {due ? <span className={`tag ${due.overdue ? 'tag--red' : 'tag--blue'} actions__due-words`}>{due.text}</span> : null}
      </td>
      <td>{statusWords(row)}</td>
      <td className="actions__progress">
        {row.progressRag || row.impactRag ? (
          <span className="actions__rags">
            {row.progressRag ? (
              <span>
                Progress <RagTag rating={row.progressRag} small />
              </span>
            ) : null}
            {row.impactRag ? (
              <span>
                Impact <RagTag rating={row.impactRag} small />
              </span>
            ) : null}
          </span>
        ) : null}
        {row.lastNote ? <span className="actions__note">{row.lastNote}</span> : <span className="muted">No progress noted yet</span>}
      </td>
      <td>
        <div className="actions__buttons">
          {row.status === 'open' && mayChange ? (
            <>
              <button id={rowButtonId('update', row.id)} type="button" className="button button--secondary button--small" aria-expanded={open === 'update'} onClick={() => onOpen('update')}>
                Update<span className="visually-hidden"> progress of “{what}”</span>
              </button>
              <button id={rowButtonId('complete', row.id)} type="button" className="button button--secondary button--small" aria-expanded={open === 'complete'} onClick={() => onOpen('complete')}>
                Complete<span className="visually-hidden"> “{what}”</span>
              </button>
            </>
          ) : null}
          {row.status === 'done' && mayChange ? (
            <button id={rowButtonId('reopen', row.id)} type="button" className="button button--secondary button--small" disabled={busy} onClick={onReopen}>
              Reopen<span className="visually-hidden"> “{what}”</span>
            </button>
          ) : null}
          <button id={rowButtonId('history', row.id)} type="button" className="button button--secondary button--small" aria-expanded={open === 'history'} onClick={() => onOpen('history')}>
            History<span className="visually-hidden"> of “{what}”</span>
          </button>
        </div>
      </td>
    </>
  );
}
