import { FORM_FIELDS, formFieldLabel, isStructuredField, type TextField } from '../../../../shared/minutes/fields';
import type { MeetingForm } from '../../../../shared/domain/vocabulary';
import type { MinuteValues } from '../../../../shared/schemas/minutes';

/**
 * What the minute-taker has typed for the item the room is on, as it is saved: the chair sees
 * the minutes take shape without asking. Read-only, in the form's order; empty fields are left out.
 */
export function ChairMinuted({ form, values }: { form: MeetingForm; values: MinuteValues | undefined }) {
  const typed = FORM_FIELDS[form]
    .filter((field): field is TextField => !isStructuredField(field))
    .map((field) => ({ field, text: (values?.[field] ?? '').trim() }))
    .filter((f) => f.text.length > 0);
  return (
    <section className="chair__minuted" aria-labelledby="chair-minuted-title">
      <h3 id="chair-minuted-title">Minuted so far</h3>
      {typed.length === 0 ? (
        <p className="chair__meta">Nothing minuted for this item yet.</p>
      ) : (
        <dl>
          {typed.map(({ field, text }) => (
            <div key={field} className="chair__minuted-field">
              <dt>{formFieldLabel(form, field)}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
