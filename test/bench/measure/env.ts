import type { DatasetManifest } from '../build-dataset';
import type { BenchConfig } from '../config';
import type { RssSampler } from './memory';

/** What every measurement is handed. */
export interface BenchEnv {
  config: BenchConfig;
  dataset: { dir: string; manifest: DatasetManifest };
  memory: RssSampler;
  log(line: string): void;
}
