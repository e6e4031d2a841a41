import { useState } from 'react';
import { formatUkDate, todayIso } from '../../../../shared/domain/dates';
import { call } from '../../api/client';
import { useProcedure } from '../../api/use-procedure';
import { Notice } from '../../components/Notice';
import { RagTag } from '../../components/RagTag';
import { ChildForm } from './ChildForm';
import { ChildSummary } from './ChildSummary';
import { KeyDatesSection } from './KeyDatesSection';
import { PlanSection } from './PlanSection';
import { RatingsSection } from './RatingsSection';
import { SiblingsSection } from './SiblingsSection';
import { TimelineSection } from './TimelineSection';

export function ChildPage({ id }: { id: number }) {
  const detail = useProcedure('children.get', { id });
  const teams = useProcedure('teams.list', { includeArchived: true });
  const people = useProcedure('people.list', { includeArchived: true });
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string>();
  const changed = (message: string) => {
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

  async function toggleTracking() {
    if (c.closedOn) await call('children.close', { id: c.id, closedOn: null });
    else {
      const reason = window.prompt('Why is tracking ending? (for example: permanence achieved, left care)');
      if (reason === null) return;
      await call('children.close', { id: c.id, closedOn: todayIso(), closedReason: reason });
    }
    changed(c.closedOn ? 'Tracking resumed.' : 'Tracking ended.');
  }

  return (
    <article aria-labelledby="page-title" className="child-page">
      <p className="breadcrumbs">
        <a href="#/tracker">Permanence Tracker</a>
      </p>
      <div className="page-head">
        <div>
          <h1 id="page-title">
            {c.firstName} {c.lastName}
          </h1>
          <p className="child-page__meta">
            <span className="tag tag--grey">{c.caseRef}</span> {c.isUnborn ? <span className="tag tag--blue">Unborn</span> : null}{' '}
            {c.closedOn ? <span className="tag tag--grey">Not tracked since {formatUkDate(c.closedOn)}</span> : null} <RagTag rating={d.ratings[0]?.rating ?? null} />
          </p>
        </div>
        <div className="button-row button-row--tight">
          <button type="button" className="button button--secondary" onClick={() => setEditing(true)} disabled={editing}>
            Edit details
          </button>
          <button type="button" className="button button--secondary" onClick={() => void toggleTracking()}>
            {c.closedOn ? 'Resume tracking' : 'Stop tracking'}
          </button>
        </div>
      </div>
      <Notice text={notice} />
      {editing ? (
        <ChildForm
          child={c}
          teams={teams.data}
          people={people.data}
          submitLabel="Save changes"
          onCancel={() => setEditing(false)}
          onSave={async (fields) => {
            await call('children.update', { ...fields, id: c.id } as never);
            setEditing(false);
            changed('Details saved.');
          }}
        />
      ) : (
        <ChildSummary detail={d} teams={teams.data} people={people.data} />
      )}
      <div className="child-page__columns">
        <div>
          <PlanSection detail={d} onChanged={changed} />
          <RatingsSection detail={d} onChanged={changed} />
          <KeyDatesSection detail={d} onChanged={changed} />
          <SiblingsSection detail={d} onChanged={changed} />
        </div>
        <TimelineSection detail={d} />
      </div>
    </article>
  );
}
