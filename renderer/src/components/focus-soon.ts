/**
 * After a change redraws part of the page, puts the keyboard on the first of these
 * elements that can take it (a button disabled at the end of a list is passed over),
 * so keyboard users are never dropped to the top of the page.
 */
export function focusSoon(...ids: string[]): void {
  requestAnimationFrame(() => {
    for (const id of ids) {
      const el = document.getElementById(id) as HTMLButtonElement | HTMLSelectElement | null;
      if (el && !el.disabled) return el.focus();
    }
  });
}
