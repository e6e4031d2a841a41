import { useRef, useState } from 'react';
import { todayIso } from '../../../../shared/domain/dates';
import { GENDER, LEGAL_STATUS, PLACEMENT_TYPE } from '../../../../shared/domain/vocabulary';
import { childFieldProblems, childFields, type Child, type ChildFieldsInput } from '../../../../shared/schemas/child';
import type { Person } from '../../../../shared/schemas/person';
import type { Team } from '../../../../shared/schemas/team';
import { DateField } from '../../components/DateField';
import { useConflictChoices } from '../../components/EditConflict';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormFooter } from '../../components/FormFooter';
import { Checkbox, SelectField, TextField, type Option } from '../../components/fields';
import { useFormFocus } from '../../components/use-form-focus';
import { PersonField } from '../../components/PersonField';
import { useSaveForm, type Send } from '../../components/use-save-form';

const IDS = {
  caseRef: 'child-case-ref',
  firstName: 'child-first-name',
  lastName: 'child-last-name',
  dateOfBirth: 'child-dob',
  gender: 'child-gender',
  ethnicity: 'child-ethnicity',
  teamId: 'child-team',
  socialWorkerId: 'child-social-worker',
  teamManagerId: 'child-team-manager',
  iroId: 'child-iro',
  legalStatus: 'child-legal-status',
  dateEnteredCare: 'child-entered-care',
  placementType: 'child-placement',
};

const options = <T extends string>(list: { values: readonly T[]; labels: Record<T, string> }): Option[] => list.values.map((v) => ({ value: v, label: list.labels[v] }));

export function ChildForm({ child, teams, people, onSave, onCancel, submitLabel, returnFocusTo }: {
  child?: Child;
  /** id of the control to go back to when the form closes (the button that opened it) */
  returnFocusTo?: string;
  teams: Team[];
  people: Person[];
  /** `version`: the record's version the form is based on (an edit sends it, so a save over someone else's is refused, not lost). */
  onSave(fields: ChildFieldsInput, send: Send, version: number | undefined): Promise<unknown>;
  onCancel(): void;
  submitLabel: string;
}) {
  const [v, setV] = useState({
    caseRef: child?.caseRef ?? '',
    firstName: child?.firstName ?? '',
    lastName: child?.lastName ?? '',
    isUnborn: child?.isUnborn ?? false,
    dateOfBirth: child?.dateOfBirth ?? '',
    gender: child?.gender ?? '',
    ethnicity: child?.ethnicity ?? '',
    teamId: child?.teamId ? String(child.teamId) : '',
    socialWorkerId: child?.socialWorkerId ? String(child.socialWorkerId) : '',
    teamManagerId: child?.teamManagerId ? String(child.teamManagerId) : '',
    iroId: child?.iroId ? String(child.iroId) : '',
    legalStatus: child?.legalStatus ?? '',
    dateEnteredCare: child?.dateEnteredCare ?? '',
    placementType: child?.placementType ?? '',
  });
  // A date field reports undefined while its text is not a real date; keeping a marker lets the shared schema say so in its own words.
  const set = (key: keyof typeof v) => (value: string | boolean | undefined) => setV((prev) => ({ ...prev, [key]: value === undefined ? 'not a real date' : value }));
  const num = (s: string) => (s ? Number(s) : null);
  // The version the next save is based on: the record's as opened, or the one a conflict named once the person chose.
  const version = useRef(child?.version);
  // A date field keeps its own text: a new key gives it the value taken from the other person.
  const [dateKeys, setDateKeys] = useState({ dateOfBirth: 0, dateEnteredCare: 0 });
  const formRef = useFormFocus<HTMLFormElement>(returnFocusTo);
  const form = useSaveForm(
    childFields,
    () => ({
      caseRef: v.caseRef,
      firstName: v.firstName,
      lastName: v.lastName,
      isUnborn: v.isUnborn,
      dateOfBirth: v.dateOfBirth,
      gender: (v.gender || null) as ChildFieldsInput['gender'],
      ethnicity: v.ethnicity,
      teamId: num(v.teamId),
      socialWorkerId: num(v.socialWorkerId),
      teamManagerId: num(v.teamManagerId),
      iroId: num(v.iroId),
      legalStatus: v.legalStatus as ChildFieldsInput['legalStatus'],
      dateEnteredCare: v.dateEnteredCare,
      placementType: (v.placementType || null) as ChildFieldsInput['placementType'],
    }),
    (fields, send) => onSave(fields, send, version.current),
    (parsed) => childFieldProblems(parsed, todayIso()),
  );
  const e = form.fieldErrors;
  const shown = (value: unknown): string => (value === null || value === undefined ? '' : String(value));
  /** What the other person saved, or the choice already made, under the field it is about. */
  const conflictAt = useConflictChoices(form, version, {
    mine: (key) => shown(v[key as keyof typeof v]),
    take: (key, theirs) => {
      setV((prev) => ({ ...prev, [key]: shown(theirs) }));
      if (key === 'dateOfBirth' || key === 'dateEnteredCare') setDateKeys((k) => ({ ...k, [key]: k[key] + 1 }));
    },
  });
  return (
    <form
      ref={formRef}
      className="panel panel--wide"
      aria-labelledby="child-form-title"
      noValidate
      onSubmit={(ev) => {
        ev.preventDefault();
        void form.submit();
      }}
    >
      <h2 id="child-form-title">{child ? 'Edit details' : 'Child’s details'}</h2>
      {form.message ? <ErrorSummary message={form.message} fieldErrors={form.fieldErrors} fieldIds={IDS} /> : null}
      <div className="form-grid">
        <TextField id={IDS.caseRef} label="Case reference" hint="The ID from the council’s case system." value={v.caseRef} onChange={set('caseRef')} error={e.caseRef} />
        {conflictAt('caseRef', IDS.caseRef)}
        <TextField id={IDS.firstName} label="First name" value={v.firstName} onChange={set('firstName')} error={e.firstName} />
        {conflictAt('firstName', IDS.firstName)}
        <TextField id={IDS.lastName} label="Last name" value={v.lastName} onChange={set('lastName')} error={e.lastName} />
        {conflictAt('lastName', IDS.lastName)}
        <Checkbox id="child-unborn" label="Unborn baby" checked={v.isUnborn} onChange={set('isUnborn')} />
        <DateField key={`dob-${dateKeys.dateOfBirth}`} id={IDS.dateOfBirth} label={v.isUnborn ? 'Expected date of delivery' : 'Date of birth'} optional value={dateKeys.dateOfBirth > 0 ? v.dateOfBirth : (child?.dateOfBirth ?? '')} onChange={set('dateOfBirth')} error={e.dateOfBirth} />
        {conflictAt('dateOfBirth', IDS.dateOfBirth)}
        <SelectField id={IDS.gender} label="Gender" optional placeholder="Not recorded" options={options(GENDER)} value={v.gender} onChange={set('gender')} error={e.gender} />
        {conflictAt('gender', IDS.gender)}
        <TextField id={IDS.ethnicity} label="Ethnicity" optional value={v.ethnicity} onChange={set('ethnicity')} error={e.ethnicity} />
        {conflictAt('ethnicity', IDS.ethnicity)}
        <SelectField id={IDS.legalStatus} label="Legal status" placeholder="Choose a legal status" options={options(LEGAL_STATUS)} value={v.legalStatus} onChange={set('legalStatus')} error={e.legalStatus} />
        {conflictAt('legalStatus', IDS.legalStatus)}
        <DateField key={`dec-${dateKeys.dateEnteredCare}`} id={IDS.dateEnteredCare} label="Date entered care" optional value={dateKeys.dateEnteredCare > 0 ? v.dateEnteredCare : (child?.dateEnteredCare ?? '')} onChange={set('dateEnteredCare')} error={e.dateEnteredCare} />
        {conflictAt('dateEnteredCare', IDS.dateEnteredCare)}
        <SelectField id={IDS.placementType} label="Placement type" optional placeholder="Not recorded" options={options(PLACEMENT_TYPE)} value={v.placementType} onChange={set('placementType')} error={e.placementType} />
        {conflictAt('placementType', IDS.placementType)}
        <SelectField id={IDS.teamId} label="Team" optional placeholder="No team" options={teams.map((t) => ({ value: String(t.id), label: t.name }))} value={v.teamId} onChange={set('teamId')} error={e.teamId} />
        {conflictAt('teamId', IDS.teamId)}
        <PersonField id={IDS.socialWorkerId} label="Social worker" optional placeholder="Not allocated" people={people} preferRole="social_worker" value={v.socialWorkerId} onChange={set('socialWorkerId')} error={e.socialWorkerId} />
        {conflictAt('socialWorkerId', IDS.socialWorkerId)}
        <PersonField id={IDS.teamManagerId} label="Team manager" optional placeholder="Not set" people={people} preferRole="team_manager" value={v.teamManagerId} onChange={set('teamManagerId')} error={e.teamManagerId} />
        {conflictAt('teamManagerId', IDS.teamManagerId)}
        <PersonField id={IDS.iroId} label="IRO" optional placeholder="Not appointed" people={people} preferRole="iro" value={v.iroId} onChange={set('iroId')} error={e.iroId} />
        {conflictAt('iroId', IDS.iroId)}
      </div>
      <FormFooter form={form} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
