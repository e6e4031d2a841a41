import { expect } from 'vitest';
import type { ProcedureName } from '../../../shared/contract';
import type { TestCore } from './core';
import { databaseDigest } from './refusal';

/** "10:42", as the write path says a time: the machine's own clock. */
export function clock(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** The second save from the same version: refused as CONFLICT, with the database exactly as the first save left it. */
export async function lostRace(core: TestCore, name: ProcedureName, input: Record<string, unknown>) {
  const before = databaseDigest(core);
  const lost = await core.router.call(name, input);
  if (lost.ok) throw new Error(`${name} accepted a save over an old version`);
  expect(lost.error.code).toBe('CONFLICT');
  expect(databaseDigest(core), `${name} lost the race but changed the database`).toBe(before);
  return lost.error;
}
