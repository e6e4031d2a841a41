/** The sentences of the pen: who holds it, and what a refused write says. */

/** A stamp's local time of day, 24-hour, as the room's clock shows it (10:42). */
export function clockTime(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** What the previous holder is told when the pen is taken over from them. */
export function takenOverNotice(holder: string, since: string): string {
  return `${holder} took the pen at ${clockTime(since)}. Your minutes are now read-only; anything you had not saved is kept below.`;
}

/** Why a write to the minutes was refused: someone else holds the pen. */
export function heldByAnother(holder: string): string {
  return `${holder} holds the pen for these minutes, so this was not saved. Ask them to hand it to you, or take it over.`;
}

/** Why the pen could not simply be taken. */
export function alreadyHeld(holder: string): string {
  return `${holder} holds the pen for these minutes. Choose “Take over the pen” if they have finished or left the room.`;
}
