import { useState } from 'react';
import { formatUkDate } from '../../../../shared/domain/dates';
import { personName } from '../../../../shared/domain/words';
import { useMutation } from '../../api/use-mutation';
import { useProcedure } from '../../api/use-procedure';
import { Notice } from '../../components/Notice';
import { RagTag } from '../../components/RagTag';
import { ChildForm } from './ChildForm';
import { ChildSummary } from './ChildSummary';
import { CicReviewsSection } from './CicReviewsSection';
import { EscalationsSection } from './EscalationsSection';
import { KeyDatesSection } from './KeyDatesSection';
import { PlanSection } from './PlanSection';
import { RatingsSection } from './RatingsSection';
import { SiblingsSection } from './SiblingsSection';
import { StopTrackingForm } from './StopTrackingForm';
import { TimelineSection } from './TimelineSection';
import { ErrorMessage } from '../../components/ErrorMessage';
import { NotAllowed, useMay } from '../../team-mode';

export function ChildPage({ id }: { id: number }) {
  const detail = useProcedure('children.get', { id });
  const teams = useProcedure('teams.list', { includeArchived: true });
  const people = useProcedure('people.list', { includeArchived: true });
  const [editing, setEditing] = useState<'details' | 'stop-tracking'>();
  // Children's records are the permanence coordinator's to change (the team store grants it to them alone).
  const editChildren = useMay('editChildren');
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();
  const resume = useMutation({ fallback: 'Tracking could not be resumed.' });
  const changed = (message: string) => {
    setError(undefined);
    setNotice(message);
    detail.reload();
  };

  if (detail.error) {
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{detail.error.code === 'NOT_FOUND' ? 'Child not found' : 'This record could not be shown'}</h1>
        <p>{detail.error.message}</p>
        <a href="#/tracker">Back to the Permanence Tracker</a>
      </section>
    );
  }
  if (!detail.data || !teams.data || !people.data) return <p aria-live="polite">Loading…</p>;
  const d = detail.data;
  const c = d.child;
  const groupManagerId = teams.data.find((t) => t.id === c.teamId)?.groupManagerId ?? null;

  async function resumeTracking() {
    const sent = await resume.run('children.close', { id: c.id, closedOn: null });
    if (sent.ok) changed('Tracking resumed.');
    else setError(sent.error.message);
  }

  return (
    <article aria-labelledby="page-title" className="child-page">
      <p className="breadcrumbs">
        <a href="#/tracker">Permanence Tracker</a>
      </p>
      <div className="page-head">
        <div>
          <h1 id="page-title">{personName(c)}</h1>
          <p className="child-page__meta">
            <span className="tag tag--grey">{c.caseRef}</span> {c.isUnborn ? <span className="tag tag--blue">Unborn</span> : null}{' '}
            {c.closedOn ? <span className="tag tag--grey">Not tracked since {formatUkDate(c.closedOn)}</span> : null} <RagTag rating={d.ratings[0]?.rating ?? null} />
          </p>
        </div>
        {editChildren.allowed ? (
          <div className="button-row button-row--tight">
            <button id="edit-details" type="button" className="button button--secondary" onClick={() => setEditing('details')} aria-expanded={editing === 'details'}>
              Edit details
            </button>
            <button
              id="toggle-tracking"
              type="button"
              className="button button--secondary"
              aria-expanded={c.closedOn ? undefined : editing === 'stop-tracking'}
              onClick={() => (c.closedOn ? void resumeTracking() : setEditing('stop-tracking'))}
            >
              {c.closedOn ? 'Resume tracking' : 'Stop tracking'}
            </button>
          </div>
        ) : (
          <NotAllowed permission={editChildren} />
        )}
      </div>
      <Notice text={notice} />
      <ErrorMessage text={error} />
      {editing === 'stop-tracking' ? (
        <StopTrackingForm
          childId={c.id}
          name={personName(c)}
          onCancel={() => setEditing(undefined)}
          onDone={() => {
            setEditing(undefined);
            changed('Tracking ended.');
          }}
        />
      ) : null}
      {editing === 'details' ? (
        <ChildForm
          child={c}
          teams={teams.data}
          people={people.data}
          submitLabel="Save changes"
          returnFocusTo="edit-details"
          onCancel={() => setEditing(undefined)}
          onSave={async (fields, send, version) => {
            await send('children.update', { ...fields, id: c.id, version: version ?? c.version } as never);
            setEditing(undefined);
            changed('Details saved.');
          }}
        />
      ) : (
        <ChildSummary detail={d} teams={teams.data} people={people.data} />
      )}
      <div className="child-page__columns">
        <div>
          <PlanSection detail={d} groupManagerName={people.data.find((p) => p.id === groupManagerId)?.name ?? null} onChanged={changed} />
          <RatingsSection detail={d} onChanged={changed} />
          <CicReviewsSection detail={d} people={people.data} onChanged={changed} onError={setError} />
          <EscalationsSection detail={d} people={people.data} groupManagerId={groupManagerId} onChanged={changed} onError={setError} />
          <KeyDatesSection detail={d} onChanged={changed} onError={setError} />
          <SiblingsSection detail={d} onChanged={changed} />
        </div>
        <TimelineSection detail={d} />
      </div>
    </article>
  );
}
