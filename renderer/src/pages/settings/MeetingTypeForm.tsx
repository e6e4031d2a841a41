import { useRef, useState } from 'react';
import { z } from 'zod';
import { MEETING_FORM, SERIES_INTERVAL, type MeetingForm } from '../../../../shared/domain/vocabulary';
import { ROLE_LABELS, ROLES, type Role } from '../../../../shared/roles';
import { meetingTypeCreateInput, type MeetingType } from '../../../../shared/schemas/meeting-type';
import { ApiError } from '../../api/client';
import { useConflictChoices } from '../../components/EditConflict';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormFooter } from '../../components/FormFooter';
import { SelectField, TextField } from '../../components/fields';
import { useSaveForm } from '../../components/use-save-form';
import { MeetingTypeRoles, roleCheckboxId } from './MeetingTypeRoles';

const FIELD_IDS = {
  name: 'mt-name',
  form: 'mt-form',
  slotMinutes: 'mt-slot',
  defaultInterval: 'mt-interval',
  papersDueWorkingDays: 'mt-papers',
  coreRoles: roleCheckboxId(ROLES[0]),
};
const FORM_OPTIONS = MEETING_FORM.values.map((v) => ({ value: v, label: MEETING_FORM.labels[v] }));
const INTERVAL_OPTIONS = SERIES_INTERVAL.values.map((v) => ({ value: v, label: SERIES_INTERVAL.labels[v] }));

/** The shared rules, field by field, in the order the form shows them: the error summary lists problems in this order. */
const SHARED = meetingTypeCreateInput.shape;
const inFormOrder = z.strictObject({
  name: SHARED.name,
  form: SHARED.form,
  slotMinutes: SHARED.slotMinutes,
  defaultInterval: SHARED.defaultInterval,
  papersDueWorkingDays: SHARED.papersDueWorkingDays,
  coreRoles: SHARED.coreRoles,
});

/** Blank and words become NaN, which the schema names ("Enter the slot length in minutes"); whole-number checks are the schema's too. */
const toNumber = (text: string) => (text.trim() === '' ? NaN : Number(text));

/** Adds a council's own type, or changes one. The kind of items is fixed once added: the meetings already held use it. */
export function MeetingTypeForm({ type, onSaved, onCancel }: { type?: MeetingType; onSaved(type: MeetingType): void; onCancel(): void }) {
  const [name, setName] = useState(type?.name ?? '');
  const [form, setForm] = useState<string>(type?.form ?? '');
  const [slot, setSlot] = useState(type ? String(type.slotMinutes) : '');
  const [interval, setHowOften] = useState<string>(type?.defaultInterval ?? '');
  const [papers, setPapers] = useState(type?.papersDueWorkingDays === null || type?.papersDueWorkingDays === undefined ? '' : String(type.papersDueWorkingDays));
  const [roles, setRoles] = useState<Role[]>(type?.coreRoles ?? []);
  const isLgp = form === 'lgp';
  // The version the next save is based on: the type's as opened, then the one each save answers (or a conflict names, once the person chose).
  const version = useRef<number | undefined>(type?.version);
  const save = useSaveForm(
    inFormOrder,
    () => ({
      name,
      form: form as MeetingForm,
      slotMinutes: toNumber(slot),
      papersDueWorkingDays: isLgp && papers.trim() !== '' ? toNumber(papers) : null,
      coreRoles: roles,
      defaultInterval: interval as MeetingType['defaultInterval'],
    }),
    async ({ form: _form, ...fields }, send) => {
      if (!type) return onSaved(await withReasonOnName(send('meetingTypes.create', { form: form as MeetingForm, ...fields })));
      const saved = await withReasonOnName(send('meetingTypes.update', { id: type.id, ...fields, version: version.current ?? type.version }));
      version.current = saved.version;
      onSaved(saved);
    },
  );
  const conflictAt = useConflictChoices(save, version, {
    mine: (key) =>
      key === 'name' ? name : key === 'slotMinutes' ? slot : key === 'papersDueWorkingDays' ? papers : key === 'defaultInterval' ? (SERIES_INTERVAL.labels[interval as MeetingType['defaultInterval']] ?? '') : roles.map((r) => ROLE_LABELS[r]).join(', '),
    take: (key, theirs) => {
      if (key === 'coreRoles') return setRoles(Array.isArray(theirs) ? (theirs as Role[]) : []);
      const text = theirs === null || theirs === undefined ? '' : String(theirs);
      if (key === 'name') setName(text);
      else if (key === 'slotMinutes') setSlot(text);
      else if (key === 'papersDueWorkingDays') setPapers(text);
      else setHowOften(text);
    },
  });

  return (
    <form className="panel" aria-labelledby="mt-form-title" noValidate onSubmit={(e) => { e.preventDefault(); void save.submit(); }}>
      <h2 id="mt-form-title">{type ? `Edit ${type.name}` : 'Add a meeting type'}</h2>
      {save.message ? <ErrorSummary message={save.message} fieldErrors={save.fieldErrors} fieldIds={FIELD_IDS} /> : null}
      <TextField id={FIELD_IDS.name} label="Name" hint={type?.code ? 'Rename it if your council calls it something else.' : undefined} value={name} onChange={setName} error={save.fieldErrors.name} autoFocus />
      {conflictAt('name', FIELD_IDS.name)}
      {type ? (
        <p className="field">
          <span className="field__label">Kind of items</span>
          {MEETING_FORM.labels[type.form]} <span className="muted">(this cannot be changed)</span>
        </p>
      ) : (
        <SelectField
          id={FIELD_IDS.form}
          label="Kind of items"
          hint="Your meeting works like this one: what is recorded for each child on its agenda."
          placeholder="Choose"
          options={FORM_OPTIONS}
          value={form}
          onChange={setForm}
          error={save.fieldErrors.form}
        />
      )}
      <TextField id={FIELD_IDS.slotMinutes} label="Default slot length (minutes)" hint="The time each child is given on the agenda, from 5 to 240 minutes. It can be changed item by item." value={slot} onChange={setSlot} error={save.fieldErrors.slotMinutes} />
      {conflictAt('slotMinutes', FIELD_IDS.slotMinutes)}
      <SelectField id={FIELD_IDS.defaultInterval} label="How often it meets" hint="Offered first when you set up a series; each series can differ." placeholder="Choose" options={INTERVAL_OPTIONS} value={interval} onChange={setHowOften} error={save.fieldErrors.defaultInterval} />
      {conflictAt('defaultInterval', FIELD_IDS.defaultInterval)}
      {isLgp ? (
        <TextField
          id={FIELD_IDS.papersDueWorkingDays}
          label="Papers due (working days before)"
          optional
          hint="Weekends and bank holidays are not counted. Leave blank for no deadline."
          value={papers}
          onChange={setPapers}
          error={save.fieldErrors.papersDueWorkingDays}
        />
      ) : null}
      {isLgp ? conflictAt('papersDueWorkingDays', FIELD_IDS.papersDueWorkingDays) : null}
      <MeetingTypeRoles value={roles} onChange={setRoles} error={save.fieldErrors.coreRoles} />
      {conflictAt('coreRoles', FIELD_IDS.coreRoles)}
      <FormFooter form={save} submitLabel={type ? 'Save changes' : 'Add meeting type'} onCancel={onCancel} nameFieldId={FIELD_IDS.name} />
    </form>
  );
}

/**
 * A name already in use comes back as "There is already a meeting type called …" with
 * "Choose another name." on the field; the summary shows only the field's words, so the
 * field carries both.
 */
async function withReasonOnName(saving: Promise<MeetingType>): Promise<MeetingType> {
  try {
    return await saving;
  } catch (err) {
    // A lost race (with its conflict) is offered at each field instead: only a name taken is reworded.
    if (err instanceof ApiError && err.code === 'CONFLICT' && !err.conflict && err.fieldErrors.name) {
      throw new ApiError({ code: err.code, message: err.message, fieldErrors: { ...err.fieldErrors, name: `${err.message} ${err.fieldErrors.name}` } });
    }
    throw err;
  }
}
