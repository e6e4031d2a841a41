import { useEffect, useRef } from 'react';

/**
 * For a form that opens in place of a button: on opening, the keyboard goes to the
 * first field; on closing, back to the control with `returnToId` (the button that
 * opened it, drawn again), so keyboard users never drop to the top of the page.
 */
export function useFormFocus<T extends HTMLElement>(returnToId?: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled])')?.focus();
    return () => {
      if (!returnToId) return;
      requestAnimationFrame(() => {
        const active = document.activeElement;
        if (!active || active === document.body) document.getElementById(returnToId)?.focus();
      });
    };
  }, [returnToId]);
  return ref;
}
