import { DuplicateWarning } from './DuplicateWarning';
import type { SaveFormState } from './use-save-form';

/**
 * The end of every form: Save and Cancel, or, when the core has warned of a likely
 * duplicate, the choice to save anyway or go back to the field named `nameFieldId`.
 */
export function FormFooter({ form, submitLabel, onCancel, nameFieldId }: { form: SaveFormState; submitLabel: string; onCancel(): void; nameFieldId?: string }) {
  if (form.duplicateWarning) {
    return (
      <DuplicateWarning
        text={form.duplicateWarning}
        onConfirm={() => void form.submit(true)}
        onCancel={() => {
          form.reset();
          if (nameFieldId) document.getElementById(nameFieldId)?.focus();
        }}
      />
    );
  }
  return (
    <div className="button-row">
      <button type="submit" className="button" disabled={form.saving}>
        {submitLabel}
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
