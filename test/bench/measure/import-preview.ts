import { workingCopy } from '../dataset/cache';
import { TARGETS, timingRow, type ResultRow } from '../report/rows';
import { callOk, openBenchCore } from './bench-core';
import type { BenchEnv } from './env';
import { summarise } from './stats';
import { timed } from './timing';

const GROUP = 'Importing children';

/** A case system's export of 10,000 children, as a council's first import or a refresh would bring it. */
function tenThousandRows(): string {
  const lines = ['Case reference,First name,Last name,Date of birth,Team,Social worker,Legal status,Date entered care,Primary plan,Parallel plans,RAG,RAG reason,Last CPM'];
  for (let i = 0; i < 10_000; i++) {
    lines.push(`IMP${i},Child${i},Example,01/02/2015,Children in Care Team ${1 + (i % 2)},Worker ${i % 40},S20,01/03/2024,LTF,SGO,Amber,Reason ${i},01/11/2026`);
  }
  return lines.join('\r\n');
}

/** `import.preview` of 10,000 rows on the decade: parsing, mapping, every row checked against the children and people there. */
export async function measureImportPreview(env: BenchEnv): Promise<ResultRow[]> {
  const core = await openBenchCore(workingCopy(env.dataset.dir, 'import'));
  env.memory.begin('import preview of 10,000 rows');
  const csv = tenThousandRows();
  const samples: number[] = [];
  try {
    for (let i = -1; i < env.config.runs.safety + 2; i++) {
      const run = await timed(() => callOk(core, 'import.preview', { csv }));
      env.memory.sample();
      const { create, update, unchanged, invalid } = run.value.counts;
      if (create + update + unchanged + invalid !== 10_000) throw new Error(`import.preview accounted for ${create + update + unchanged + invalid} of 10,000 rows`);
      if (i >= 0) samples.push(run.ms);
    }
  } finally {
    await core.close();
  }
  return [timingRow('import.preview', GROUP, 'import.preview: a CSV of 10,000 children, every row checked (router, zod both ways)', summarise(samples), TARGETS.importPreview)];
}
