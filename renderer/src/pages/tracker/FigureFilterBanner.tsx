import { useEffect, useState } from 'react';
import { hashQueryString } from '../actions/hash-query';
import { figureFilterFrom } from '../figures/figure-link';

/** The figure the tracker was opened from (a number on the Figures page), kept in the hash so the link can be shared and reopened. */
export function useFigureFilter() {
  const [query, setQuery] = useState(hashQueryString);
  useEffect(() => {
    const onChange = () => setQuery(hashQueryString());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return figureFilterFrom(query);
}

/** Says which figure's children are listed, with a way back to the figures and a way to every child. */
export function FigureFilterBanner({ about, figuresHref }: { about: string; figuresHref: string }) {
  return (
    <div className="panel tracker__figure" role="note">
      <p>
        Showing the children behind <strong>{about}</strong>, including any no longer tracked.
      </p>
      <p className="button-row button-row--tight">
        <a href={figuresHref}>Back to the figures</a>
        <a href="#/tracker">Show every child</a>
      </p>
    </div>
  );
}
