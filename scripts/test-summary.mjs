// Prints one closing line for the whole of `npm test`, counting the real unit, team store and
// end-to-end tests from the runners' own JSON reports.
import fs from 'node:fs';

const read = (file) => JSON.parse(fs.readFileSync(new URL(`../reports/${file}`, import.meta.url), 'utf8'));
const unit = read('unit.json');
const pg = read('pg.json');
const e2e = read('e2e.json');
const unitPassed = unit.numPassedTests;
const unitFailed = unit.numFailedTests;
const pgPassed = pg.numPassedTests;
const pgFailed = pg.numFailedTests;
const e2ePassed = e2e.stats.expected + e2e.stats.flaky;
const e2eFailed = e2e.stats.unexpected;
console.log(`\nUnit tests (vitest, Node, real SQLite): ${unitPassed} passed, ${unitFailed} failed`);
console.log(`Team store tests (vitest, Node, real PostgreSQL): ${pgPassed} passed, ${pgFailed} failed`);
console.log(`End-to-end tests (Playwright, Chromium, browser mode): ${e2ePassed} passed, ${e2eFailed} failed`);
console.log(`${unitPassed + pgPassed + e2ePassed} passed, ${unitFailed + pgFailed + e2eFailed} failed`);
process.exit(unitFailed + pgFailed + e2eFailed > 0 ? 1 : 0);
