import { useState } from 'react';
import { todayIso } from '../../../../shared/domain/dates';
import { HOLIDAY_RULE, MONTH_WEEK, SERIES_INTERVAL, WEEKDAY } from '../../../../shared/domain/vocabulary';
import { seriesCreateInput, type Series } from '../../../../shared/schemas/series';
import { useProcedure } from '../../api/use-procedure';
import { NotAllowed, useMay } from '../../team-mode';
import { DateField } from '../../components/DateField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormFooter } from '../../components/FormFooter';
import { SelectField, TextField } from '../../components/fields';
import { PersonField } from '../../components/PersonField';
import { useSaveForm } from '../../components/use-save-form';
import { navigate } from '../../routing';
import { RotationEditor } from './RotationEditor';

const FIELD_IDS = {
  typeId: 'series-type',
  name: 'series-name',
  weekday: 'series-weekday',
  interval: 'series-interval',
  monthWeek: 'series-month-week',
  startsOn: 'series-starts-on',
  endsOn: 'series-ends-on',
  startTime: 'series-start-time',
  endTime: 'series-end-time',
  venue: 'series-venue',
  chairId: 'series-chair',
  holidayRule: 'series-holiday-rule',
  rotation: 'rotation-add',
};

const WORKING_DAYS = WEEKDAY.values.slice(0, 5).map((v) => ({ value: v, label: WEEKDAY.labels[v] }));

export function SeriesFormPage({ id }: { id?: number }) {
  const existing = useProcedure('series.list', { includeArchived: true });
  const series = id === undefined ? undefined : existing.data?.find((s) => s.id === id);
  // Series and their rota are set up by an administrator (the team store grants it to them alone).
  const setUp = useMay('setUp');
  if (!setUp.allowed) {
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{id === undefined ? 'New meeting series' : 'Edit series'}</h1>
        <NotAllowed permission={setUp} />
        <a href={id === undefined ? '#/rota' : `#/rota/${id}`}>Back to the rota</a>
      </section>
    );
  }
  if (id !== undefined && !existing.data) return <p aria-live="polite">Loading…</p>;
  if (id !== undefined && !series) {
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">Series not found</h1>
        <a href="#/rota">Back to the rota</a>
      </section>
    );
  }
  return <SeriesForm series={series} />;
}

function SeriesForm({ series }: { series?: Series }) {
  const types = useProcedure('meetingTypes.list', {});
  // Archived too, so a rota that still names one shows its name; only live teams are offered to add.
  const teams = useProcedure('teams.list', { includeArchived: true });
  const people = useProcedure('people.list', {});
  const [chosenTypeId, setTypeId] = useState(series ? String(series.typeId) : '');
  const [name, setName] = useState(series?.name ?? '');
  const [nameTouched, setNameTouched] = useState(!!series);
  const [weekday, setWeekday] = useState(String(series?.weekday ?? 3));
  const [interval, setInterval] = useState<string>(series?.interval ?? 'weekly');
  const [monthWeek, setMonthWeek] = useState(String(series?.monthWeek ?? 1));
  const [startsOn, setStartsOn] = useState<string | undefined>(series?.startsOn ?? todayIso());
  const [endsOn, setEndsOn] = useState<string | undefined>(series?.endsOn ?? '');
  const [startTime, setStartTime] = useState(series?.startTime ?? '10:00');
  const [endTime, setEndTime] = useState(series?.endTime ?? '12:00');
  const [venue, setVenue] = useState(series?.venue ?? '');
  const [chairId, setChairId] = useState(series?.chairId ? String(series.chairId) : '');
  const [holidayRule, setHolidayRule] = useState<string>(series?.holidayRule ?? 'skip');
  const [rotation, setRotation] = useState<number[]>(series?.rotation.map((r) => r.teamId) ?? []);

  const panelTypes = (types.data ?? []).filter((t) => t.form !== 'cpm' && !t.archived);
  // The Permanence Panel is the usual series, so it is offered first.
  const defaultType = panelTypes.find((t) => t.code === 'pp') ?? panelTypes[0];
  const typeId = chosenTypeId || (defaultType ? String(defaultType.id) : '');
  // Until the person names it, the name follows the type and day: "Permanence Panel (Thursday)".
  const typeName = panelTypes.find((t) => String(t.id) === typeId)?.name ?? '';
  const suggestedName = typeName ? `${typeName} (${WEEKDAY.labels[weekday as keyof typeof WEEKDAY.labels]})` : '';
  const shownName = nameTouched ? name : suggestedName;

  const form = useSaveForm(
    seriesCreateInput,
    () => ({
      typeId: Number(typeId),
      name: shownName,
      weekday: Number(weekday),
      interval: interval as Series['interval'],
      monthWeek: interval === 'monthly' ? Number(monthWeek) : null,
      startsOn: startsOn ?? 'not a date',
      endsOn: endsOn === undefined ? 'not a date' : endsOn,
      startTime,
      endTime,
      venue,
      chairId: chairId ? Number(chairId) : null,
      holidayRule: holidayRule as Series['holidayRule'],
      rotation,
    }),
    async (input, send) => {
      const saved = series ? await send('series.update', { ...input, id: series.id }) : await send('series.create', input);
      navigate(`/rota/${saved.id}`);
    },
  );

  return (
    <section aria-labelledby="page-title">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <a href={series ? `#/rota/${series.id}` : '#/rota'}>Panel rota</a>
      </nav>
      <h1 id="page-title">{series ? `Edit ${series.name}` : 'New meeting series'}</h1>
      <p className="lead">
        {series
          ? 'Changes apply to every date of the series. One-off changes to single dates are kept, and prepared agendas move with their dates.'
          : 'A panel that meets on a regular day, with the teams taking turns. Panelroom works out the dates ahead, skipping or moving bank holidays.'}
      </p>
      <form
        className="panel panel--wide"
        aria-labelledby="page-title"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit();
        }}
      >
        {form.message ? <ErrorSummary message={form.message} fieldErrors={form.fieldErrors} fieldIds={FIELD_IDS} /> : null}
        <div className="form-grid">
          <SelectField
            id={FIELD_IDS.typeId}
            label="Meeting type"
            options={panelTypes.map((t) => ({ value: String(t.id), label: t.name }))}
            value={typeId}
            onChange={setTypeId}
            error={form.fieldErrors.typeId}
          />
          <TextField
            id={FIELD_IDS.name}
            label="Name of the series"
            value={shownName}
            onChange={(v) => {
              setNameTouched(true);
              setName(v);
            }}
            error={form.fieldErrors.name}
          />
          <SelectField id={FIELD_IDS.interval} label="How often" options={SERIES_INTERVAL.values.map((v) => ({ value: v, label: SERIES_INTERVAL.labels[v] }))} value={interval} onChange={setInterval} error={form.fieldErrors.interval} />
          {interval === 'monthly' ? (
            <SelectField id={FIELD_IDS.monthWeek} label="Which week of the month" options={MONTH_WEEK.values.map((v) => ({ value: v, label: MONTH_WEEK.labels[v] }))} value={monthWeek} onChange={setMonthWeek} error={form.fieldErrors.monthWeek} />
          ) : null}
          <SelectField id={FIELD_IDS.weekday} label="Day of the week" options={WORKING_DAYS} value={weekday} onChange={setWeekday} error={form.fieldErrors.weekday} />
          <TextField id={FIELD_IDS.startTime} label="Starts at" hint="24-hour clock, for example 10:00" value={startTime} onChange={setStartTime} error={form.fieldErrors.startTime} />
          <TextField id={FIELD_IDS.endTime} label="Ends at" hint="24-hour clock, for example 12:00" value={endTime} onChange={setEndTime} error={form.fieldErrors.endTime} />
          <DateField id={FIELD_IDS.startsOn} label="First meeting on or after" value={startsOn ?? ''} onChange={setStartsOn} error={form.fieldErrors.startsOn} />
          <DateField id={FIELD_IDS.endsOn} label="Last meeting on or before" optional value={endsOn ?? ''} onChange={setEndsOn} error={form.fieldErrors.endsOn} />
          <TextField id={FIELD_IDS.venue} label="Venue" optional value={venue} onChange={setVenue} error={form.fieldErrors.venue} />
          <PersonField id={FIELD_IDS.chairId} label="Usual chair" optional placeholder="Not set" people={people.data ?? []} preferRole="chair" value={chairId} onChange={setChairId} error={form.fieldErrors.chairId} />
          <SelectField
            id={FIELD_IDS.holidayRule}
            label="When a date falls on a bank holiday"
            options={HOLIDAY_RULE.values.map((v) => ({ value: v, label: HOLIDAY_RULE.labels[v] }))}
            value={holidayRule}
            onChange={setHolidayRule}
            error={form.fieldErrors.holidayRule}
          />
        </div>
        <RotationEditor teams={teams.data ?? []} value={rotation} onChange={setRotation} error={form.fieldErrors.rotation} />
        <FormFooter form={form} submitLabel={series ? 'Save changes' : 'Create series'} onCancel={() => navigate(series ? `/rota/${series.id}` : '/rota')} />
      </form>
    </section>
  );
}
