import { useEffect, useRef } from 'react';

/**
 * The GOV.UK pattern: on a failed save, a summary at the top of the form takes
 * focus and links to each field that needs attention.
 */
export function ErrorSummary({ message, fieldErrors, fieldIds }: { message: string; fieldErrors: Record<string, string>; fieldIds: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [message, fieldErrors]);
  const entries = Object.entries(fieldErrors);
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        There is a problem
      </h2>
      {entries.length === 0 ? <p>{message}</p> : null}
      {entries.length > 0 ? (
        <ul className="error-summary__list">
          {entries.map(([field, text]) => (
            <li key={field}>{fieldIds[field] ? <a href={`#${fieldIds[field]}`} onClick={(e) => focusField(e, fieldIds[field]!)}>{text}</a> : text}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function focusField(event: React.MouseEvent, id: string): void {
  event.preventDefault();
  document.getElementById(id)?.focus();
}
