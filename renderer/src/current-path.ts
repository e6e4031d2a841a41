/**
 * Hash routes (#/children/12) work the same from app:// and from http://127.0.0.1.
 * Kept apart from the routing hooks so the early script can read it without React.
 */
export function currentPath(): string {
  const hash = window.location.hash.replace(/^#/, '');
  return hash.startsWith('/') ? hash.split('?')[0]! : '/';
}
