import { useEffect, useRef } from 'react';

/** Takes the keyboard when it appears (it replaces the button that was pressed), so the warning is read and the choice is one Tab away. */
export function DuplicateWarning({ text, onConfirm, onCancel }: { text: string; onConfirm(): void; onCancel(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="warning-box" role="alert" tabIndex={-1} ref={ref}>
      <p>
        <strong>Possible duplicate. </strong>
        {text}
      </p>
      <div className="button-row">
        <button type="button" className="button button--warning" onClick={onConfirm}>
          Save anyway
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Go back and change it
        </button>
      </div>
    </div>
  );
}
