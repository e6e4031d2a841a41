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
    // The page has put the keyboard inside itself (now, or while it loads): leave it there.
    const insidePage = (el: Element | null) => el !== null && el.closest('main') !== null && !el.matches('main, main h1');
    let moved = insidePage(document.activeElement);
    const onFocusIn = (e: FocusEvent) => {
      if (insidePage(e.target as Element)) moved = true;
    };
    document.addEventListener('focusin', onFocusIn);
    // The page being left can still be on screen while the new one's code loads: wait for a new heading.
    const stale = document.querySelector('main h1');
    const until = performance.now() + WAIT_MS;
    let frame = 0;
    const look = () => {
      if (moved) return;
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading && heading !== stale) {
        if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
        heading.focus();
        return;
      }
      if (performance.now() < until) frame = requestAnimationFrame(look);
    };
    frame = requestAnimationFrame(look);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [path]);
}
