import { useState } from 'react';

export type TrackerView = 'compact' | 'detailed';

const KEY = 'panelroom:tracker-view';
/** Narrower than this, the detailed rows are too tall to see enough children at once. */
const WIDE_SCREEN_PX = 1600;

function remembered(): TrackerView | undefined {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'compact' || value === 'detailed' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Compact (a line or two per child, details on hover, focus or the child's page) or
 * detailed rows: compact by default on screens under 1600 px wide, and the person's
 * choice remembered on this computer from then on.
 */
export function useTrackerView(): [TrackerView, (view: TrackerView) => void] {
  const [view, setView] = useState<TrackerView>(() => remembered() ?? (window.innerWidth < WIDE_SCREEN_PX ? 'compact' : 'detailed'));
  return [
    view,
    (next) => {
      setView(next);
      try {
        localStorage.setItem(KEY, next);
      } catch {
        // Storage refused (a locked-down profile): the choice lasts for this visit.
      }
    },
  ];
}
