import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const IMPORT_RE = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT_RE)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]!);
}

/** Which part of the project an import lands in, or the package it names. */
function classify(from: string, spec: string): { area?: string; pkg?: string } {
  if (spec.startsWith('.')) {
    const rel = path.relative(ROOT, path.resolve(path.dirname(from), spec)).split(path.sep);
    if (rel[0] === 'electron' && rel[1] === 'core') return { area: 'electron/core' };
    return { area: rel[0] };
  }
  const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
  return { pkg };
}

const NODE = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const isNode = (pkg: string) => NODE.has(pkg) || pkg.startsWith('node:');

function violations(dir: string, rule: (c: { area?: string; pkg?: string }) => string | undefined): string[] {
  const out: string[] = [];
  for (const file of sourceFiles(dir)) {
    for (const spec of importsOf(file)) {
      const why = rule(classify(file, spec));
      if (why) out.push(`${path.relative(ROOT, file)} imports "${spec}": ${why}`);
    }
  }
  return out;
}

describe('architecture boundaries', () => {
  it('finds the imports it checks (the scanner works)', () => {
    expect(importsOf(path.join(ROOT, 'electron/core/core.ts')).length).toBeGreaterThan(2);
  });

  it('shared/ imports nothing of ours outside shared/, and no Node, Electron, DOM or store library', () => {
    expect(
      violations('shared', ({ area, pkg }) => {
        if (area && area !== 'shared') return 'shared/ must stay pure';
        if (pkg && (isNode(pkg) || ['electron', 'react', 'react-dom', 'better-sqlite3-multiple-ciphers', 'kysely', 'docx'].includes(pkg))) return 'shared/ must stay pure';
        if (pkg && pkg !== 'zod' && pkg !== 'date-fns') return `unexpected package ${pkg} in shared/`;
        return undefined;
      }),
    ).toEqual([]);
  });

  it('electron/core never imports electron or the renderer', () => {
    expect(violations('electron/core', ({ area, pkg }) => (pkg === 'electron' ? 'core runs under plain Node' : area === 'renderer' ? 'core never imports the renderer' : undefined))).toEqual([]);
  });

  it('the renderer never imports the core, Node or Electron', () => {
    expect(
      violations('renderer/src', ({ area, pkg }) => {
        if (area === 'electron/core' || area === 'electron') return 'renderer reaches the core only through the API client';
        if (pkg && (isNode(pkg) || pkg === 'electron' || pkg === 'better-sqlite3-multiple-ciphers' || pkg === 'kysely')) return 'renderer runs in a sandboxed page';
        return undefined;
      }),
    ).toEqual([]);
  });

  it('only the thin shell imports electron at run time (type-only imports are erased)', () => {
    const allowed = new Set(['electron/main.ts', 'electron/preload.ts', 'electron/app-protocol.ts', 'electron/ipc-transport.ts', 'electron/chair-window.ts', 'electron/flush-on-close.ts', 'electron/filing-folder.ts', 'electron/certificate-file.ts']);
    const users = sourceFiles('electron')
      .filter((f) => /^import\s+(?!type\s)[^;]*from\s+'electron'/m.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(ROOT, f).split(path.sep).join('/'));
    expect(users.filter((f) => !allowed.has(f))).toEqual([]);
  });
});
