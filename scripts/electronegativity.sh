#!/usr/bin/env bash
# Runs Electronegativity (Doyensec's Electron security scanner) over the shell, as advice.
# Fetched on demand with npx rather than installed: it brings an old toolchain (eslint 7,
# TypeScript 4.2) that the project does not otherwise need. Results: docs/security.md.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build >/dev/null
scan=$(mktemp -d)
cp -r electron package.json "$scan/"
cp -r dist/renderer "$scan/renderer"
rm -f "$scan"/renderer/assets/*.map
npx --yes @doyensec/electronegativity@1.10.3 -i "$scan" -o electronegativity-result.csv
echo "Findings written to electronegativity-result.csv"
