import { IMPORT_FIELDS, type ImportFieldKey, type ImportMapping } from '../../../../shared/schemas/import';
import { formatUkDate, todayIso } from '../../../../shared/domain/dates';
import { SelectField } from '../../components/fields';

/**
 * Step 2: one list per field, each offering the file's columns. It starts from the
 * core's suggestion; every change re-runs the preview.
 */
export function MappingStep({
  headers,
  examples,
  mapping,
  profile,
  onChange,
  onSuggestions,
}: {
  headers: readonly string[];
  examples: readonly string[];
  mapping: ImportMapping;
  profile: { name: string; savedAt: string } | null;
  onChange(field: ImportFieldKey, header: string | null): void;
  onSuggestions(): void;
}) {
  const options = headers.map((h) => ({ value: h, label: h }));
  return (
    <section className="section" aria-labelledby="import-step-mapping">
      <h2 id="import-step-mapping">Match the columns</h2>
      {profile ? (
        <div className="panel panel--wide import-profile">
          <p id="import-profile">
            A file with these columns was imported before: the matches, what its words mean, its teams and its people are as chosen for {profile.name} on {formatUkDate(todayIso(new Date(profile.savedAt)))}.
          </p>
          <button type="button" className="button button--secondary button--small" onClick={onSuggestions}>
            Start from Panelroom’s suggestions instead
          </button>
        </div>
      ) : null}
      <p className="lead">
        Choose the column in the file that holds each field. Fields marked required must have a column. A column you match replaces what Panelroom holds for that child (an empty cell clears it);
        fields set to “Not imported” are left as they are.
      </p>
      <div className="form-grid">
        {IMPORT_FIELDS.map((field) => {
          const header = mapping[field.key] ?? '';
          const index = header ? headers.indexOf(header) : -1;
          const example = index >= 0 ? examples[index] : undefined;
          return (
            <SelectField
              key={field.key}
              id={`import-map-${field.key}`}
              label={field.required ? `${field.label} (required)` : field.label}
              hint={header ? (example ? `First value: ${example}` : 'This column is empty.') : undefined}
              value={header}
              options={options}
              placeholder="Not imported"
              onChange={(value) => onChange(field.key, value || null)}
            />
          );
        })}
      </div>
    </section>
  );
}
