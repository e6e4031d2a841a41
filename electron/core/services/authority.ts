import { z } from 'zod';
import type { Db } from '../db/db-type';
import { readSetting } from './settings-store';

/** The council's name for the heading of its documents; none until it is set. */
export function loadAuthorityName(db: Db): Promise<string | null> {
  return readSetting(db, 'authorityName', z.string().trim().min(1).nullable(), null);
}
