import type { DatasetManifest } from '../build-dataset';
import type { BenchConfig } from '../config';
import type { PeakMemory } from './memory';

/** What every measurement is handed. */
export interface BenchEnv {
  config: BenchConfig;
  dataset: { dir: string; manifest: DatasetManifest };
  memory: PeakMemory;
  log(line: string): void;
}
