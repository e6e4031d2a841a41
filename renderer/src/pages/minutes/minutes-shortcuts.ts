import { CURRENT_ITEM_TITLE } from './CurrentItem';
import { CLOSE_MEETING_ID } from './LifecycleBar';

/**
 * The minute-taker's places on the page, each reachable from anywhere with one shortcut
 * (also listed in the help panel and the "Skip to" list). Alt+Shift and a letter: Alt alone
 * opens menus on Windows and AltGr (Ctrl+Alt) types characters on UK keyboards.
 */
export interface MinutesPlace {
  /** KeyboardEvent.code of the letter, so the shortcut is the same whatever Shift does to the letter */
  code: string;
  keys: string;
  label: string;
  /** in the "Skip to" list */
  short: string;
  /** Puts the keyboard there; false when the page has no such place just now. */
  focus(): boolean;
}

function focusFirst(...selectors: string[]): boolean {
  for (const selector of selectors) {
    const el = document.querySelector<HTMLElement>(selector);
    if (el && !(el as HTMLButtonElement).disabled) {
      el.scrollIntoView({ block: 'center' });
      el.focus();
      return true;
    }
  }
  return false;
}

export const MINUTES_PLACES: readonly MinutesPlace[] = [
  { code: 'KeyT', keys: 'Alt+Shift+T', label: 'Attendance', short: 'Attendance', focus: () => focusFirst('#attendance-title button') },
  { code: 'KeyA', keys: 'Alt+Shift+A', label: 'Agenda (the item on screen)', short: 'Agenda', focus: () => focusFirst('.agenda-nav__item[aria-current]', '.agenda-nav__item') },
  {
    code: 'KeyI',
    keys: 'Alt+Shift+I',
    label: 'Current item: its first field',
    short: 'Current item',
    focus: () => focusFirst('#item-fields textarea:not([readonly])', '#item-fields select:not([disabled])', '#item-fields input:not([disabled])', `#${CURRENT_ITEM_TITLE}`),
  },
  { code: 'KeyN', keys: 'Alt+Shift+N', label: 'New action for this item', short: 'New action', focus: () => focusFirst('form[aria-label="Add an action"] textarea') },
  { code: 'KeyC', keys: 'Alt+Shift+C', label: 'Close the meeting (or approve the minutes)', short: 'Status and closing', focus: () => focusFirst(`#${CLOSE_MEETING_ID}`, '#approve-open') },
];

/** Other keys the page answers to, for the help panel. */
export const OTHER_KEYS: readonly { keys: string; label: string }[] = [
  { keys: 'Alt+↓ / Alt+↑', label: 'Next / previous item' },
  { keys: 'Ctrl+Enter', label: 'In an action’s “What”: add the action' },
  { keys: 'Enter', label: 'In a list of names: choose the one highlighted (the arrow keys only move through the list)' },
  { keys: 'Esc', label: 'Close a list of names without choosing' },
  { keys: '?', label: 'This list (when not typing in a field)' },
];

/** Whether the keyboard is in something that takes text, where "?" is a character to type. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}
