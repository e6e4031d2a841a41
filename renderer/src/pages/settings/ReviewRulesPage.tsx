import { Fragment, useRef, useState } from 'react';
import type { ReviewSettings } from '../../../../shared/review/types';
import { reviewSettings } from '../../../../shared/schemas/review-settings';
import { useProcedure } from '../../api/use-procedure';
import { useConflictChoices } from '../../components/EditConflict';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { useSaveForm } from '../../components/use-save-form';

type Key = keyof ReviewSettings;
const RULES: { key: Key; label: string; hint: string }[] = [
  { key: 'lgpReviewWeeks', label: 'Legal Gateway review (weeks)', hint: 'Children in pre-proceedings or under Section 20 come back to Legal Gateway this often.' },
  { key: 'ppAfterIssueWeeks', label: 'Permanence Panel after the decision to issue (weeks)', hint: 'Separate with commas. Walsall: 4 and 14 weeks after the Legal Gateway Panel.' },
  {
    key: 'ppWindowWeeksBefore',
    label: 'A panel counts from (weeks before each)',
    hint: 'Default 2: a panel from 2 weeks after the decision counts as the 4-week one (from 12 weeks, the 14-week one); one a few days after the decision counts as neither.',
  },
  {
    key: 'ppWindowWeeksAfter',
    label: 'A panel counts until (weeks after each)',
    hint: 'Default 4: up to 8 weeks for the 4-week panel, 18 for the 14-week one. With a team’s turn every fortnight or so, each window holds at least one of its panels. A window that closes with no panel is shown as missed.',
  },
  { key: 'ppRedWeeks', label: 'Permanence Panel while the plan is red (weeks)', hint: 'A red-rated plan comes back to Permanence Panel this often until it is no longer red.' },
  { key: 'cpmIntervalWeeks', label: 'Care Planning Meeting (weeks)', hint: 'For every child in care. Walsall: at least every 6 weeks; Dorset: every 3 months.' },
  {
    key: 'ltfReviewMonths',
    label: 'Long-term fostering review (months)',
    hint: 'Only once long-term fostering is the ratified plan under a care order and is not rated red: a red plan keeps the 6-weekly meeting.',
  },
  { key: 'week26Weeks', label: 'Court timescale (weeks from issue)', hint: 'Care proceedings should finish within this many weeks.' },
  { key: 'iroAppointedWorkingDays', label: 'IRO appointed within (working days)', hint: 'From entering care, until an IRO is recorded on the child. Weekends and bank holidays are skipped.' },
  { key: 'firstCicReviewWorkingDays', label: 'First Child in Care review within (working days)', hint: 'From entering care.' },
  { key: 'secondCicReviewMonths', label: 'Second Child in Care review within (months)', hint: 'Of the first review held. A permanence plan is due by this review.' },
  { key: 'laterCicReviewMonths', label: 'Later Child in Care reviews (months)', hint: 'After the previous review held.' },
  { key: 's20FlagYears', label: 'Flag Section 20 after (years)', hint: 'Children should not drift under Section 20.' },
];

const toText = (s: ReviewSettings): Record<Key, string> =>
  Object.fromEntries(RULES.map(({ key }) => [key, Array.isArray(s[key]) ? (s[key] as number[]).join(', ') : String(s[key])])) as Record<Key, string>;

const fromText = (t: Record<Key, string>): Record<string, unknown> =>
  Object.fromEntries(
    RULES.map(({ key }) => [key, key === 'ppAfterIssueWeeks' ? t[key].split(/[,\s]+/).filter(Boolean).map(Number) : t[key].trim() === '' ? NaN : Number(t[key])]),
  );

export function ReviewRulesPage() {
  const loaded = useProcedure('settings.getReview', undefined);
  // Kept here, not in the form: the form is rebuilt from the saved rules after a save.
  const [notice, setNotice] = useState<string>();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Review rules</h1>
      <p className="lead">
        How often each child is due at each meeting. The defaults are Walsall’s procedure; change them to your council’s. Every child’s due dates are worked out again when you save.
      </p>
      <details className="rules-quotes">
        <summary>What Walsall’s procedure says, and how Panelroom reads it</summary>
        <ul>
          <li>
            <q>An IRO will be appointed to each child within 5 working days of the child coming in care; the initial review will be within 20 working days of the child being in care, following by a
            second review within 3 months, and then subsequent reviews being 6 monthly.</q> Reviews are recorded on the child as they are held: the second is counted from the first one held, each
            later one from the one before, so a review not held shows as overdue.
          </li>
          <li>
            <q>The Team Managers … attend Permanence Panel 4 weeks from the Legal Gateway Panel taking place and again at 14 weeks.</q> A panel counts as one of these only inside a window around it
            (set below), so a panel a few days after the decision does not discharge the 4-week review.
          </li>
          <li>
            <q>Where a child’s plan has been RAG rated red at a care planning meeting, the plan will be reviewed at permanence panel every 4 weeks.</q> A red plan also keeps the 6-weekly Care
            Planning Meeting; the yearly one (Dorset’s practice for long-term fostering) applies only once long-term fostering is the ratified plan and is not red.
          </li>
          <li>
            <q>When a final permanence plan has been identified …, the Group Manager will be responsible for ratifying this before the Final Evidence and Care Plan is filed to Court.</q> A change of
            option agreed at a meeting is marked “to be ratified at the next Child in Care review” until a review is held.
          </li>
        </ul>
      </details>
      <Notice text={notice} />
      {loaded.data ? (
        <RulesForm
          current={loaded.data.settings}
          version={loaded.data.version}
          defaults={loaded.data.defaults}
          onSaved={() => {
            setNotice('Review rules saved. Due dates have been worked out again.');
            loaded.reload();
          }}
        />
      ) : null}
    </section>
  );
}

function RulesForm({ current, defaults, version: opened, onSaved }: { current: ReviewSettings; defaults: ReviewSettings; version: number; onSaved(): void }) {
  const [text, setText] = useState(toText(current));
  // The version the next save is based on: the rules' as opened, or the one a conflict named once the person chose.
  const version = useRef<number>(opened);
  const form = useSaveForm(reviewSettings, () => fromText(text) as unknown as ReviewSettings, async (input, send) => {
    const saved = await send('settings.setReview', { ...input, version: version.current });
    version.current = saved.version;
    onSaved();
  });
  const conflictAt = useConflictChoices(form, version, {
    mine: (key) => text[key as Key],
    take: (key, theirs) => setText((t) => ({ ...t, [key]: Array.isArray(theirs) ? theirs.join(', ') : String(theirs) })),
  });
  return (
    <form className="panel panel--wide" aria-label="Review rules" noValidate onSubmit={(e) => { e.preventDefault(); void form.submit(); }}>
      {form.message ? <ErrorSummary message={form.message} fieldErrors={form.fieldErrors} fieldIds={Object.fromEntries(RULES.map((r) => [r.key, `rule-${r.key}`]))} /> : null}
      <div className="form-grid">
        {RULES.map((r) => (
          <Fragment key={r.key}>
            <TextField id={`rule-${r.key}`} label={r.label} hint={r.hint} value={text[r.key]} onChange={(v) => setText((t) => ({ ...t, [r.key]: v }))} error={form.fieldErrors[r.key] ?? form.fieldErrors[`${r.key}.0`]} />
            {conflictAt(r.key, `rule-${r.key}`)}
          </Fragment>
        ))}
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={form.saving}>
          Save rules
        </button>
        <button type="button" className="button button--secondary" onClick={() => setText(toText(defaults))}>
          Put back Walsall’s defaults
        </button>
      </div>
    </form>
  );
}
