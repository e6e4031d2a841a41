import { useEffect, useRef } from 'react';

/** How long to wait for a page's heading (its code and data may still be on their way). */
const WAIT_MS = 4000;

/**
 * After moving to another page, puts the keyboard (and a screen reader) on the new page's
 * main heading, as a page load would: not on the page body, from where the next Tab starts
 * at the top of the window again. A page that puts the keyboard somewhere itself (a form's
 * first field) wins: once focus has moved, this leaves it alone.
 */
export function useHeadingFocusOnNavigation(path: string): void {
  const previous = useRef(path);
  useEffect(() => {
    if (previous.current === path) return;
    previous.current = path;
    const from = document.activeElement;
    const until = performance.now() + WAIT_MS;
    let frame = 0;
    const look = () => {
      const active = document.activeElement;
      const movedByPage = active && active !== from && active !== document.body && !active.matches('main');
      if (movedByPage) return;
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
        heading.focus();
        return;
      }
      if (performance.now() < until) frame = requestAnimationFrame(look);
    };
    frame = requestAnimationFrame(look);
    return () => cancelAnimationFrame(frame);
  }, [path]);
}
