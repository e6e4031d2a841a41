import { useState } from 'react';
import { formatUkDate } from '../../../../shared/domain/dates';
import { MEETING_STATUS } from '../../../../shared/domain/minutes-vocabulary';
import type { MinutesDetail } from '../../../../shared/schemas/minutes';
import { ApiError, openChairView } from '../../api/client';
import { useMutation } from '../../api/use-mutation';
import { focusSoon } from '../../components/focus-soon';
import { SaveIndicator } from '../../components/SaveIndicator';
import { useAutosaveStore } from '../../components/use-autosave';
import { useFocusAfterRender } from '../actions/use-focus-after-render';
import { NotAllowed, useMay } from '../../team-mode';
import { ApproveForm } from './ApproveForm';
import { MeetingTimer } from './ItemTimer';
import { useMinutesContext } from './minutes-context';
import { ProblemSummary } from './ProblemSummary';

type Step = 'meetings.close' | 'meetings.reopen' | 'meetings.lock';

const DONE: Record<Step, string> = {
  'meetings.close': 'The meeting is closed: the minutes are a draft until the chair approves them.',
  'meetings.reopen': 'Back in the room: the meeting is in progress again. Its ratings and the children’s meeting history come off their records until it closes again.',
  'meetings.lock': 'The minutes are locked.',
};

export const STATUS_ID = 'meeting-status';
export const CLOSE_MEETING_ID = 'close-meeting';

/**
 * Where the meeting is in its life (in progress, draft, approved, locked), how long it has run,
 * whether everything is saved, and the next step. It stays in view while the page scrolls.
 */
export function LifecycleBar({ detail, offsetMs, onDetail }: { detail: MinutesDetail; offsetMs: number; onDetail(d: MinutesDetail): void }) {
  const { meetingId, status, announce } = useMinutesContext();
  const store = useAutosaveStore();
  const [problem, setProblem] = useState<ApiError>();
  const [approving, setApproving] = useState(false);
  const [confirmingLock, setConfirmingLock] = useState(false);
  const [busy, setBusy] = useState(false);
  const moveOn = useMutation({ fallback: 'That did not work. Please try again.' });
  // The status takes the keyboard as the new status is drawn, not a frame later, when the person may already have moved on.
  const focusAfterRender = useFocusAfterRender();
  const { state, agenda } = detail;
  // The screens mirror the team store's grants: only a chair approves and locks; only a chair or minute-taker closes or reopens.
  const mayApprove = useMay('approveMinutes');
  const mayWrite = useMay('writeMinutes');

  async function step(name: Step) {
    setProblem(undefined);
    setBusy(true);
    // The core checks the minutes as they are: everything typed must be there first.
    await store.flushAll();
    const snapshot = store.getSnapshot();
    if (snapshot.state === 'error') {
      setBusy(false);
      return setProblem(new ApiError({ code: 'CONFLICT', message: `Some changes are not saved yet, so the meeting was not moved on: ${snapshot.message}` }));
    }
    const sent = await moveOn.run(name, { id: meetingId });
    setBusy(false);
    if (!sent.ok) return setProblem(sent.error);
    onDetail(sent.value);
    setConfirmingLock(false);
    announce(DONE[name]);
    focusAfterRender(STATUS_ID);
  }

  // A fragment, not a wrapper: the bar sticks within the page, not within a box of its own height.
  return (
    <>
      <div className="minutes-bar" role="region" aria-label="Meeting progress">
        <p id={STATUS_ID} className="minutes-bar__status" tabIndex={-1}>
          Status: <strong className={`status status--${status}`}>{MEETING_STATUS.labels[status]}</strong>
        </p>
        <MeetingTimer startedAt={state.startedAt} closedAt={state.closedAt} sessionMinutes={agenda.plan.sessionMinutes} offsetMs={offsetMs} />
        <SaveIndicator />
        <div className="minutes-bar__buttons">
          {status === 'in_progress' && mayWrite.allowed ? (
            <button id={CLOSE_MEETING_ID} type="button" className="button button--small" disabled={busy} onClick={() => void step('meetings.close')}>
              Close the meeting
            </button>
          ) : null}
          {status === 'draft' ? (
            <>
              {mayWrite.allowed ? (
                <button type="button" className="button button--small button--secondary" disabled={busy} onClick={() => void step('meetings.reopen')}>
                  Back to the room
                </button>
              ) : null}
              {mayApprove.allowed ? (
                <button id="approve-open" type="button" className="button button--small" aria-expanded={approving} onClick={() => setApproving(true)}>
                  Approve the minutes…
                </button>
              ) : null}
            </>
          ) : null}
          {status === 'approved' && mayApprove.allowed ? (
            <button id="lock-open" type="button" className="button button--small button--secondary" aria-expanded={confirmingLock}
              onClick={() => {
                setConfirmingLock(true);
                focusSoon('lock-confirm');
              }}
            >
              Lock the minutes…
            </button>
          ) : null}
          <button type="button" className="button button--small button--secondary" onClick={() => openChairView(meetingId)}>
            Chair’s view
          </button>
        </div>
      </div>
      {(status === 'draft' || status === 'approved') && !mayApprove.allowed ? <NotAllowed permission={mayApprove} /> : null}
      {problem ? <ProblemSummary error={problem} /> : null}
      {state.approvedOn && (status === 'approved' || status === 'locked') ? (
        <p className="read-only-note">
          Approved on {formatUkDate(state.approvedOn)}
          {state.approvedBy ? ` by ${state.approvedBy}` : ''} — corrections are made as amendments.
          {status === 'locked' ? ' The minutes are locked: they take no more amendments.' : ''}
        </p>
      ) : null}
      {approving && status === 'draft' ? (
        <ApproveForm
          meetingId={meetingId}
          chairName={agenda.meeting.chairName}
          heldOn={agenda.meeting.date}
          coreNow={detail.now}
          returnTo="approve-open"
          onCancel={() => setApproving(false)}
          onApproved={(d) => {
            setApproving(false);
            onDetail(d);
            announce(`The minutes are approved by ${d.state.approvedBy ?? 'the chair'}.`);
            focusAfterRender(STATUS_ID);
          }}
        />
      ) : null}
      {confirmingLock && status === 'approved' ? (
        <div className="panel" role="region" aria-labelledby="lock-title">
          <h2 id="lock-title">Lock the minutes</h2>
          <p>Once locked, no more amendments can be added. Lock them when they have been filed to each child’s record.</p>
          <div className="button-row">
            <button id="lock-confirm" type="button" className="button" disabled={busy} onClick={() => void step('meetings.lock')}>
              Lock the minutes
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setConfirmingLock(false);
                focusSoon('lock-open');
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
