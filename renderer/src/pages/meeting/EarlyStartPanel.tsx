import { useEffect, useRef } from 'react';

/**
 * Starting a meeting before its date: the core's sentence (why, and what to do), and the
 * person's choices. The heading takes the keyboard as soon as the panel is drawn.
 */
export function EarlyStartPanel({ message, booking, seriesId, busy, onMoveToToday, onChangeDate, onCancel }: {
  message: string;
  booking: boolean;
  seriesId: number | null;
  busy: boolean;
  onMoveToToday(): void;
  onChangeDate(): void;
  onCancel(): void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="panel warning-panel" role="region" aria-labelledby="start-early-title">
      <h2 id="start-early-title" ref={heading} tabIndex={-1}>
        This meeting is not due to be held today
      </h2>
      <p>{message}</p>
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={onMoveToToday}>
          It is being held today: move it to today and start
        </button>
        {booking ? (
          <button type="button" className="button button--secondary" onClick={onChangeDate}>
            Change the date of the booking
          </button>
        ) : (
          <a className="button button-link button--secondary" href={`#/rota/${seriesId}`}>
            Open the rota
          </a>
        )}
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
