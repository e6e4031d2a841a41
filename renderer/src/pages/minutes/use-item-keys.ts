import { useEffect, useRef } from 'react';

/** The shortcut, as the visible hint says it. */
export const ITEM_KEYS_HINT = 'Alt+↓ next item, Alt+↑ previous item (from anywhere but a drop-down list).';

/**
 * Alt+ArrowDown / Alt+ArrowUp move to the next / previous item from anywhere on the page,
 * the text being typed included: plain arrows and Shift+arrows are left to text editing,
 * and AltGr (Ctrl+Alt on UK keyboards) is left alone. In a drop-down list Alt+↓ opens it,
 * so there the shortcut gives way.
 */
export function useItemKeys(onNext: () => void, onPrevious: () => void): void {
  const handlers = useRef({ onNext, onPrevious });
  useEffect(() => {
    handlers.current = { onNext, onPrevious };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
      if (e.target instanceof HTMLSelectElement) return;
      e.preventDefault();
      if (e.key === 'ArrowDown') handlers.current.onNext();
      else handlers.current.onPrevious();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
