import os from 'node:os';

/** The operating-system account using the app, recorded as "who" in the audit log. */
export function currentUserName(): string {
  try {
    return os.userInfo().username || 'unknown user';
  } catch {
    return 'unknown user';
  }
}
