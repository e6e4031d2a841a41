import { useEffect, useRef } from 'react';

/**
 * Puts the keyboard on the first of some elements once React has drawn the change that
 * creates them (a completed action's Reopen button exists only after its row redraws).
 * focusSoon's next animation frame can come before that render under load.
 */
export function useFocusAfterRender(): (...ids: string[]) => void {
  const wanted = useRef<string[]>(undefined);
  // No dependency list: runs after every render, and acts only when something is waiting.
  useEffect(() => {
    const ids = wanted.current;
    if (!ids) return;
    wanted.current = undefined;
    for (const id of ids) {
      const el = document.getElementById(id) as HTMLButtonElement | null;
      if (el && !el.disabled) return el.focus();
    }
  });
  return (...ids: string[]) => {
    wanted.current = ids;
  };
}
