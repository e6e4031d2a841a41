// Builds the en-GB spelling dictionary the desktop app ships (build/dictionaries/en-GB-10-1.bdic)
// from the en-GB Hunspell dictionary on the npm registry (dictionary-en-gb). Chromium reads
// only its own binary format (.bdic), so the .aff/.dic pair is converted with Chromium's
// convert_dict tool, as Qt WebEngine ships it (Debian: apt-get install qt6-webengine-dev-tools).
// The tool reads every word back from what it wrote before it finishes. The output is the same
// byte for byte every time; test/unit/spelling.test.ts checks it against the installed package.
//
//   npm run dictionary:build
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const source = path.join(root, 'node_modules', 'dictionary-en-gb');
const outDir = path.join(root, 'build', 'dictionaries');
const CONVERT_DICT = process.env.PANELROOM_CONVERT_DICT || ['/usr/lib/qt6/libexec/qwebengine_convert_dict', '/usr/lib/qt5/bin/qwebengine_convert_dict'].find((p) => fs.existsSync(p));

if (!CONVERT_DICT) {
  console.error('Needs Chromium’s convert_dict tool (Debian: apt-get install qt6-webengine-dev-tools), or PANELROOM_CONVERT_DICT=<path to it>.');
  process.exit(1);
}
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'panelroom-dictionary-'));
// convert_dict finds the .aff beside the .dic by name
fs.copyFileSync(path.join(source, 'index.aff'), path.join(work, 'en-GB.aff'));
fs.copyFileSync(path.join(source, 'index.dic'), path.join(work, 'en-GB.dic'));
const out = path.join(work, 'en-GB-10-1.bdic');
const run = spawnSync(CONVERT_DICT, [path.join(work, 'en-GB.dic'), out], { stdio: 'inherit' });
if (run.status !== 0 || !fs.existsSync(out)) {
  console.error('convert_dict failed.');
  process.exit(1);
}
fs.mkdirSync(outDir, { recursive: true });
fs.copyFileSync(out, path.join(outDir, 'en-GB-10-1.bdic'));
fs.copyFileSync(path.join(source, 'license'), path.join(outDir, 'LICENSE-en-GB.txt'));
const pkg = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8'));
const sha256 = (f) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
const manifest = {
  source: `${pkg.name}@${pkg.version}`,
  license: pkg.license,
  aff: sha256(path.join(source, 'index.aff')),
  dic: sha256(path.join(source, 'index.dic')),
  bdic: sha256(path.join(outDir, 'en-GB-10-1.bdic')),
};
fs.writeFileSync(path.join(outDir, 'en-GB.json'), `${JSON.stringify(manifest, null, 2)}\n`);
fs.rmSync(work, { recursive: true, force: true });
console.log(`Dictionary built from ${manifest.source}: build/dictionaries/en-GB-10-1.bdic`);
