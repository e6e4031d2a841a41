import type { StructuredField } from '../../../../../shared/minutes/fields';
import { useMinutesContext } from '../minutes-context';
import { RadioGroup } from '../RadioGroup';
import { fieldId } from './MinuteText';

const OPTIONS = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

/** A yes/no answer, or not answered yet (null). The value and its setter come from the caller, which may show other fields by it. */
export function YesNoField({
  itemId,
  field,
  label,
  hint,
  value,
  onChange,
  error,
}: {
  itemId: number;
  field: StructuredField;
  label: string;
  hint?: string;
  value: boolean | null;
  onChange(v: boolean): void;
  error?: string;
}) {
  const { readOnly } = useMinutesContext();
  return (
    <RadioGroup
      name={fieldId(itemId, field)}
      legend={label}
      inline
      options={OPTIONS}
      value={value === null ? null : value ? 'yes' : 'no'}
      onChange={(v) => onChange(v === 'yes')}
      disabled={readOnly}
      error={error}
      hint={hint}
    />
  );
}
