import { useEffect, useRef, useState } from 'react';

const RESET_BUTTON_ID = 'reset-bank-holidays';

/** Putting the list back loses every change made here, so it asks first, in the page (the desktop app has no browser prompt). */
export function BankHolidayReset({ onReset }: { onReset(): Promise<boolean> }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button id={RESET_BUTTON_ID} type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
        Reset to the England and Wales list
      </button>
    );
  }
  return (
    <ResetWarning
      onConfirm={async () => {
        // On success the button goes too (the list is no longer edited); the page moves the keyboard.
        if (!(await onReset())) setConfirming(false);
      }}
      onCancel={() => {
        setConfirming(false);
        requestAnimationFrame(() => document.getElementById(RESET_BUTTON_ID)?.focus());
      }}
    />
  );
}

/** Takes the keyboard when it appears in place of the button, so the warning is read and the choice is one Tab away. */
function ResetWarning({ onConfirm, onCancel }: { onConfirm(): void; onCancel(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="warning-box" role="alert" tabIndex={-1} ref={ref}>
      <p>
        <strong>Reset the bank holidays? </strong>
        Every day added, removed or renamed here is undone, and the list goes back to the England and Wales bank holidays shipped with Panelroom.
      </p>
      <div className="button-row">
        <button type="button" className="button button--warning" onClick={onConfirm}>
          Yes, reset the list
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          No, keep my changes
        </button>
      </div>
    </div>
  );
}
