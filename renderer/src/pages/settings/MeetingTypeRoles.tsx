import { ROLE_LABELS, ROLES, type Role } from '../../../../shared/roles';
import { Checkbox } from '../../components/fields';

export const roleCheckboxId = (role: Role) => `mt-role-${role}`;

/** One box per role, grouped under a legend so a screen reader says "Core membership" with each. */
export function MeetingTypeRoles({ value, onChange, error }: { value: readonly Role[]; onChange(next: Role[]): void; error?: string }) {
  const toggle = (role: Role, on: boolean) => onChange(ROLES.filter((r) => (r === role ? on : value.includes(r))));
  return (
    <fieldset className={`fieldset${error ? ' field--error' : ''}`} aria-describedby={`mt-roles-hint${error ? ' mt-roles-error' : ''}`}>
      <legend className="field__label">Core membership</legend>
      <p id="mt-roles-hint" className="field__hint">
        The roles expected at every meeting of this type. People in these roles are filled in to each meeting’s attendance.
      </p>
      {error ? (
        <p id="mt-roles-error" className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <div className="plain-list">
        {ROLES.map((role) => (
          <Checkbox key={role} id={roleCheckboxId(role)} label={ROLE_LABELS[role]} checked={value.includes(role)} onChange={(on) => toggle(role, on)} />
        ))}
      </div>
    </fieldset>
  );
}
