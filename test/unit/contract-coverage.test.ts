import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROCEDURE_NAMES } from '../../shared/contract';

const UNIT_TESTS = path.dirname(new URL(import.meta.url).pathname);

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(file);
    return entry.name.endsWith('.ts') ? [fs.readFileSync(file, 'utf8')] : [];
  });
}

/**
 * Procedures the unit tests call by name through the core: `core.ok('x', …)` or
 * `….call('x', …)`. A name only listed in a table, or only reached through a service
 * imported directly, does not count: the router and its schema are part of what is tested.
 */
function proceduresCalledByName(): Set<string> {
  const called = new Set<string>();
  for (const source of sourcesUnder(UNIT_TESTS)) {
    for (const match of source.matchAll(/\.(?:ok|call)\(\s*['"]([\w]+\.[\w]+)['"]/g)) called.add(match[1]!);
  }
  return called;
}

describe('every procedure of the contract', () => {
  it('is called by name in at least one unit test, so a new procedure without a test fails here', () => {
    const called = proceduresCalledByName();
    expect(PROCEDURE_NAMES.length).toBeGreaterThan(100);
    expect(PROCEDURE_NAMES.filter((name) => !called.has(name))).toEqual([]);
  });

  it('is not called under a name the contract does not have, so the list above cannot drift from the tests', () => {
    const known = new Set<string>(PROCEDURE_NAMES);
    expect([...proceduresCalledByName()].filter((name) => !known.has(name))).toEqual([]);
  });
});
