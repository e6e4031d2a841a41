import { useSaveStatus } from './use-autosave';

const clock = (at: Date) => at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/**
 * The page's one word on its saves, and it tells the truth: "Saving…" while anything typed is
 * not yet durable, "All changes saved" only once everything is, and the core's own reason when
 * a save failed. Both regions are always present so screen readers announce each change;
 * a failure is announced at once, progress politely.
 */
export function SaveIndicator() {
  const status = useSaveStatus();
  const error = status.state === 'error' ? status : undefined;
  let text = '';
  if (status.state === 'saving') text = 'Saving…';
  else if (status.state === 'saved') text = `All changes saved at ${clock(status.at)}`;
  else if (status.state === 'idle') text = 'All changes saved';
  return (
    <div className={`save-indicator save-indicator--${status.state}`}>
      <p role="status" aria-live="polite" className="save-indicator__text">
        {text}
      </p>
      <p role="alert" className="save-indicator__error">
        {error ? `Not saved: ${error.message}${error.retrying ? ' — retrying' : ''}` : ''}
      </p>
    </div>
  );
}
