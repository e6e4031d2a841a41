import { ROLE_LABELS, type Role } from '../../../shared/roles';
import type { Person } from '../../../shared/schemas/person';
import { Combobox, type ComboOption } from './Combobox';
import { describedBy, FieldFrame } from './fields';

/**
 * The choices for a person: those with `preferRole` first (the IROs for an IRO's place),
 * then everyone else, each by name with their role beside it. `keep` is someone the field
 * already holds who is no longer on the list (archived), so the field still shows them.
 */
export function personOptions(people: readonly Person[], { preferRole, placeholder, keep }: { preferRole?: Role; placeholder?: string; keep?: { id: number; name: string } | null } = {}): ComboOption[] {
  const byName = [...people].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const first = preferRole ? byName.filter((p) => p.role === preferRole) : [];
  const rest = preferRole ? byName.filter((p) => p.role !== preferRole) : byName;
  const options: ComboOption[] = [...first, ...rest].map((p) => ({ value: String(p.id), label: p.name, detail: ROLE_LABELS[p.role] }));
  if (keep && !people.some((p) => p.id === keep.id)) options.unshift({ value: String(keep.id), label: keep.name });
  return placeholder ? [{ value: null, label: placeholder }, ...options] : options;
}

interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  people: readonly Person[];
  /** the person's id as text, '' for nobody (as the forms hold their fields) */
  value: string;
  onChange(personId: string): void;
  preferRole?: Role;
  /** The wording for nobody (an optional field): "Not set", "Not allocated". */
  placeholder?: string;
  keep?: { id: number; name: string } | null;
}

/** A labelled field for choosing a person: type to filter, arrows to look, Enter to choose. */
export function PersonField({ id, label, hint, error, optional, people, value, onChange, preferRole, placeholder, keep }: Props) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      <Combobox
        id={id}
        options={personOptions(people, { preferRole, placeholder, keep })}
        value={value || null}
        onChange={(v) => onChange(v ?? '')}
        placeholder={placeholder ? `${placeholder}: type a name` : 'Type a name'}
        describedBy={describedBy(id, hint, error)}
        invalid={Boolean(error)}
      />
    </FieldFrame>
  );
}
