import { useEffect, useRef } from 'react';
import type { ImportResult as Result } from '../../../../shared/schemas/import';
import { plural } from '../../../../shared/domain/words';

/** Step 5: what was written. Focus moves here so a screen reader reads it at once. */
export function ImportResult({ result, fileName, onAgain }: { result: Result; fileName: string | undefined; onAgain(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const imported = result.created + result.updated + result.unchanged;
  const nothing = result.created + result.updated + result.peopleAdded + result.teamsAdded === 0;
  return (
    <div className="panel panel--wide" role="status">
      <h2 id="import-result" ref={heading} tabIndex={-1}>
        {nothing ? 'No changes' : 'Import complete'}
      </h2>
      {nothing ? (
        <p id="import-result-summary">
          Nothing has changed: {imported === 1 ? 'the child' : `all ${plural(imported, 'child', 'children')}`}
          {fileName ? ` in ${fileName}` : ''} {imported === 1 ? 'is' : 'are'} already up to date in Panelroom.
          {result.excluded > 0 ? ` ${plural(result.excluded, 'row was', 'rows were')} left out.` : ''}
        </p>
      ) : (
      <p id="import-result-summary">
        {plural(imported, 'child', 'children')} imported{fileName ? ` from ${fileName}` : ''}: {result.created.toLocaleString('en-GB')} added, {result.updated.toLocaleString('en-GB')} updated,{' '}
        {result.unchanged.toLocaleString('en-GB')} already up to date.
        {result.excluded > 0 ? ` ${plural(result.excluded, 'row was', 'rows were')} left out.` : ''}
      </p>
      )}
      {result.teamsAdded > 0 ? <p>{plural(result.teamsAdded, 'team was', 'teams were')} added. Put them on a panel rota in Meetings.</p> : null}
      {result.peopleAdded > 0 ? (
        <p>
          {plural(result.peopleAdded, 'person was', 'people were')} added to Settings. Check their roles and teams in <a href="#/settings/people">People</a>.
        </p>
      ) : null}
      <div className="button-row">
        <a className="button button-link" href="#/tracker">
          Go to the Permanence Tracker
        </a>
        <button type="button" className="button button--secondary" onClick={onAgain}>
          Import another file
        </button>
      </div>
    </div>
  );
}
