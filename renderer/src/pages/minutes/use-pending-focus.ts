import { useCallback, useEffect, useRef } from 'react';

/**
 * Puts the keyboard on the first of `ids` that can take it, after this component next draws.
 * For changes that land after a save: by then React has replaced the element (a form drawn
 * afresh keeps its id), so focusing at once, or on the next frame, could pick the old one.
 */
export function usePendingFocus(): (...ids: string[]) => void {
  const pending = useRef<string[] | null>(null);
  useEffect(() => {
    if (!pending.current) return;
    for (const id of pending.current) {
      const el = document.getElementById(id) as HTMLButtonElement | null;
      if (el && !el.disabled) {
        pending.current = null;
        el.focus();
        return;
      }
    }
  });
  return useCallback((...ids: string[]) => {
    pending.current = ids;
  }, []);
}
