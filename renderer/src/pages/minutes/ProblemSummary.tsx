import { useEffect, useRef } from 'react';
import type { ApiError } from '../../api/client';

/**
 * A refusal from the core that the person must act on (closing with a rating that has no
 * reason): the core's sentence and any details it gave, in a summary that takes focus.
 */
export function ProblemSummary({ error }: { error: ApiError }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [error]);
  const details = [...new Set(Object.values(error.fieldErrors))].filter((d) => d !== error.message);
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="problem-title">
      <h2 id="problem-title" className="error-summary__title">
        There is a problem
      </h2>
      <p className="minutes-prewrap">{error.message}</p>
      {details.length ? (
        <ul className="error-summary__list">
          {details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
