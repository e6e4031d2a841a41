import { spawnSync } from 'node:child_process';
import type { DatasetManifest } from '../build-dataset';
import type { BenchConfig } from '../config';
import { cachedDataset, datasetDir } from './cache';

/**
 * The cached dataset, built first if it is missing, stale or --rebuild was asked for.
 * The build runs in a child process so its memory never counts towards the core's peak.
 */
export function ensureDataset(config: BenchConfig, script: string, log: (line: string) => void): { dir: string; manifest: DatasetManifest; built: boolean } {
  const dir = datasetDir(config.resultsDir);
  const cached = config.rebuild ? { why: 'asked to rebuild (--rebuild)' } : cachedDataset(dir);
  if ('manifest' in cached) {
    log(`Using the cached dataset in ${dir} (built ${cached.manifest.builtAt} in ${cached.manifest.buildSeconds} s; --rebuild to build it again)`);
    return { dir, manifest: cached.manifest, built: false };
  }
  log(`Building the dataset: ${cached.why}.`);
  const child = spawnSync(process.execPath, [...process.execArgv, script, '--build-dataset-only'], { stdio: 'inherit' });
  if (child.status !== 0) throw new Error(`The dataset build failed (exit ${child.status ?? child.signal}).`);
  const built = cachedDataset(dir);
  if ('why' in built) throw new Error(`The dataset build finished but ${built.why}.`);
  return { dir, manifest: built.manifest, built: true };
}
