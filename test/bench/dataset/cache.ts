import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATABASE_FILE_NAME, LATEST_SCHEMA_VERSION } from '../../../electron/core/db/connection';
import type { DatasetManifest } from '../build-dataset';
import { DATASET_VERSION } from './spec';

export function datasetDir(resultsDir: string): string {
  return path.join(resultsDir, `dataset-v${DATASET_VERSION}`);
}

/** The cached dataset if it is complete and current; otherwise why it has to be built. */
export function cachedDataset(dir: string): { manifest: DatasetManifest } | { why: string } {
  const file = path.join(dir, 'manifest.json');
  if (!fs.existsSync(file) || !fs.existsSync(path.join(dir, DATABASE_FILE_NAME))) return { why: 'no cached dataset' };
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as DatasetManifest;
  if (manifest.version !== DATASET_VERSION) return { why: `the cached dataset is v${manifest.version}, the builder is v${DATASET_VERSION}` };
  // A newer schema would make every "open" sample a migration: rebuild instead.
  if (manifest.schemaVersion !== LATEST_SCHEMA_VERSION) return { why: `the cached dataset is at schema ${manifest.schemaVersion}, the app is at ${LATEST_SCHEMA_VERSION}` };
  return { manifest };
}

/** Working copies, so measurements that write never touch the cached dataset. Removed by removeWorkingCopies. */
const copies: string[] = [];

export function workingCopy(dir: string, label: string): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `panelroom-bench-${label}-`));
  fs.copyFileSync(path.join(dir, DATABASE_FILE_NAME), path.join(work, DATABASE_FILE_NAME));
  copies.push(work);
  return work;
}

export function emptyFolder(label: string): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `panelroom-bench-${label}-`));
  copies.push(work);
  return work;
}

export function removeWorkingCopies(): void {
  while (copies.length) fs.rmSync(copies.pop()!, { recursive: true, force: true });
}
