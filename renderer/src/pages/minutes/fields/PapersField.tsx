import { LGP_PAPER, PAPER_STATE, type PaperState } from '../../../../../shared/domain/vocabulary';
import type { Papers } from '../../../../../shared/schemas/agenda';
import { useMinutesContext } from '../minutes-context';
import { useMinuteField } from '../use-minute-field';
import { fieldId } from './MinuteText';

const NONE_YET: Papers = { genogram: 'outstanding', chronology: 'outstanding', referral: 'outstanding', assessment: 'outstanding' };

/** Which of the four Legal Gateway papers were provided: starts from the booking's record until the panel records its own. */
export function PapersField({ itemId, label, fromCore, booked }: { itemId: number; label: string; fromCore: Papers | null | undefined; booked: Papers | null }) {
  const { readOnly } = useMinutesContext();
  const { value, set, error } = useMinuteField<Papers>(itemId, 'papersProvided', fromCore, booked ?? NONE_YET);
  const id = fieldId(itemId, 'papersProvided');
  return (
    <fieldset className={`fieldset${error ? ' field--error' : ''}`}>
      <legend className="field__label">{label}</legend>
      <p className="field__hint">As the booking recorded them unless you change them.</p>
      {error ? <p className="field__error">{error}</p> : null}
      <div className="papers">
        {LGP_PAPER.values.map((paper) => (
          <div key={paper} className="papers__field">
            <label htmlFor={`${id}-${paper}`}>{LGP_PAPER.labels[paper]}</label>
            <select
              id={`${id}-${paper}`}
              className={`select select--compact papers__state papers__state--${value[paper]}`}
              value={value[paper]}
              disabled={readOnly}
              onChange={(e) => set({ ...value, [paper]: e.target.value as PaperState }, true)}
            >
              {PAPER_STATE.values.map((v) => (
                <option key={v} value={v}>
                  {PAPER_STATE.labels[v]}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
