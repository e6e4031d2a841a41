export function DuplicateWarning({ text, onConfirm, onCancel }: { text: string; onConfirm(): void; onCancel(): void }) {
  return (
    <div className="warning-box" role="alert">
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
