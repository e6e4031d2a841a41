import { focusAfterRemoval } from './row-buttons';

/** The last cell of an editable table row: removes the row and keeps the keyboard in the table. */
export function RemoveRowCell({ removeIds, index, addId, label, onRemove }: { removeIds: string[]; index: number; addId: string; label: string; onRemove(): void }) {
  return (
    <td>
      <button
        id={removeIds[index]}
        type="button"
        className="button button--small button--secondary"
        aria-label={label}
        onClick={() => {
          onRemove();
          focusAfterRemoval(removeIds, index, addId);
        }}
      >
        Remove
      </button>
    </td>
  );
}
