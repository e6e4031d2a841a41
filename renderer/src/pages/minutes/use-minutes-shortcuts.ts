import { useEffect, useRef } from 'react';
import { isTyping, MINUTES_PLACES } from './minutes-shortcuts';

/** Alt+Shift+letter to each of the minute-taker's places, and "?" for the list of shortcuts. */
export function useMinutesShortcuts(onHelp: () => void): void {
  const help = useRef(onHelp);
  useEffect(() => {
    help.current = onHelp;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey) return;
      if (e.altKey && e.shiftKey) {
        const place = MINUTES_PLACES.find((p) => p.code === e.code);
        if (place) {
          e.preventDefault();
          place.focus();
        }
        return;
      }
      if (e.key === '?' && !e.altKey && !isTyping(e.target)) {
        e.preventDefault();
        help.current();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
