import { useEffect, useRef, useState } from 'react';

/**
 * Which row (or a new one) is open in the form, plus where focus goes back to
 * when the form closes, so keyboard users never land at the top of the page.
 */
export function useEditor<T extends { id: number }>() {
  const [editing, setEditing] = useState<T | 'new'>();
  const [notice, setNotice] = useState<string>();
  const returnFocusTo = useRef<string>(undefined);
  const focusPending = useRef(false);

  // Runs after React has put the list back on screen, so the button to focus exists.
  useEffect(() => {
    if (editing || !focusPending.current) return;
    focusPending.current = false;
    if (returnFocusTo.current) document.getElementById(returnFocusTo.current)?.focus();
  }, [editing]);

  function open(target: T | 'new', focusBackId: string) {
    returnFocusTo.current = focusBackId;
    setNotice(undefined);
    setEditing(target);
  }

  function close(message?: string) {
    focusPending.current = true;
    setEditing(undefined);
    setNotice(message);
  }

  return { editing, notice, setNotice, open, close };
}
