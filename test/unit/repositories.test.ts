import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const FEATURES = path.resolve(import.meta.dirname, '../../electron/core/features');

/** Query building: Kysely's statement starters, a CTE, or the `sql` tag. */
const QUERY_RE = /\.(selectFrom|insertInto|updateTable|deleteFrom|with)\(|\bsql`|\bsql</;

/** Every area of the core: each one's services call its repository and write no SQL themselves. */
const AREAS = fs
  .readdirSync(FEATURES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

function tsFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

const isRepository = (file: string) => path.relative(FEATURES, file).split(path.sep).some((part) => part === 'repository' || part === 'repository.ts');

describe('only repositories build queries', () => {
  it('there are areas to check (the folder was found)', () => {
    expect(AREAS).toEqual(expect.arrayContaining(['children', 'minutes', 'meetings', 'actions', 'filing', 'figures']));
  });

  it('the services, handlers and words of every area, and the shared guards, write no SQL', () => {
    const files = [...AREAS.flatMap((area) => tsFiles(path.join(FEATURES, area))), path.join(FEATURES, 'guards.ts')].filter((f) => !isRepository(f));
    const offenders = files.filter((f) => QUERY_RE.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(FEATURES, f));
    expect(offenders).toEqual([]);
  });

  it('each area has its repository, and the check recognises the queries in it', () => {
    for (const area of AREAS) {
      const repos = tsFiles(path.join(FEATURES, area)).filter(isRepository);
      expect(repos.length, area).toBeGreaterThan(0);
      expect(
        repos.some((f) => QUERY_RE.test(fs.readFileSync(f, 'utf8'))),
        area,
      ).toBe(true);
    }
  });
});
