import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCore } from '../../electron/core/core';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../shared/contract';
import { carePlanningRecord, legalGatewayRecord } from './sample-records';
import { smartPlanRecord } from './sample-smart-plan';

/**
 * One realistic Word document of each kind Panelroom produces, for checks that need a
 * whole document rather than a fragment (opening it in another office suite, pictures of
 * page one for the README). Everything is fictional: the demo council for the panel's
 * minutes, its extract, the agenda and the action log; hand-written records for a Care
 * Planning Meeting and a Legal Gateway decision.
 *
 * No vitest here: a script can call it too.
 */

export type SampleKind = 'minutes' | 'extract' | 'care-planning-record' | 'care-planning-smart-plan' | 'legal-gateway-record' | 'agenda' | 'action-log' | 'figures-report';

export interface SampleDocument {
  kind: SampleKind;
  /** The title printed at the top of page one. */
  title: string;
  fileName: string;
  buffer: Buffer;
  /** Words on the page its picture shows, when that is not page one (the SMART plan of a record). */
  picturePageWith?: string;
  /** Pictures of this many pages from there (the report's cover and its first charts); one when not said. */
  picturePages?: number;
}

/** A fixed clock, so the demo (which moves with today) and every date in the documents stay the same from run to run. */
export const SAMPLE_NOW = '2026-11-22T10:00:00Z';

const fromBase64 = (b64: string) => Buffer.from(b64, 'base64');

export async function buildSampleDocuments(): Promise<SampleDocument[]> {
  return [...(await fromDemoCouncil()), await carePlanningRecord(), await smartPlanRecord(), await legalGatewayRecord()];
}

/** The demo council in a real core: last Thursday's approved Permanence Panel, its first child's extract, the next panel's agenda, the action log and the year's performance figures. */
async function fromDemoCouncil(): Promise<SampleDocument[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'panelroom-samples-'));
  const core = await createCore({
    dataDir,
    actor: 'Bea Minuteman',
    appVersion: '0.0.0-samples',
    mode: 'browser',
    now: () => new Date(SAMPLE_NOW),
    onInternalError: (name, err) => {
      throw new Error(`internal error in ${name}: ${String(err)}`);
    },
  });
  const ok = async <P extends ProcedureName>(name: P, input?: ProcedureInput<P>): Promise<ProcedureOutput<P>> => {
    const result = await core.router.call(name, input);
    if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
    return result.value as ProcedureOutput<P>;
  };
  try {
    await ok('demo.load');
    const meetings = await ok('meetings.list', { from: '2026-11-01', to: '2026-11-30' });
    const held = meetings.find((m) => m.form === 'pp' && m.status === 'approved');
    if (!held) throw new Error('The demo has no approved Permanence Panel');
    const agendaOfHeld = await ok('meetings.get', { id: held.id });
    const firstChild = agendaOfHeld.items[0]!.children[0]!;

    // The next Permanence Panel on the rota, prepared as business support would: the review rules fill its agenda.
    const panelSeries = (await ok('series.list')).find((s) => s.form === 'pp');
    if (!panelSeries) throw new Error('The demo has no Permanence Panel series');
    const rota = await ok('rota.view', { seriesId: panelSeries.id, from: '2026-11-22', to: '2026-12-31' });
    const next = rota.occurrences.find((o) => o.status === 'scheduled');
    if (!next) throw new Error('The demo rota has no Permanence Panel ahead');
    const prepared = await ok('meetings.prepare', { seriesId: panelSeries.id, key: next.key });

    const minutes = await ok('minutes.exportDocx', { id: held.id });
    const extract = await ok('minutes.exportExtract', { meetingId: held.id, childId: firstChild.id });
    const agenda = await ok('agenda.exportDocx', { id: prepared.meeting.id });
    const actionLog = await ok('actions.exportDocx', {});
    const figures = await ok('figures.exportDocx', { from: '2025-12-01', to: '2026-11-30', withNames: false });
    return [
      { kind: 'minutes', title: 'Permanence Panel minutes', fileName: minutes.fileName, buffer: fromBase64(minutes.base64) },
      { kind: 'extract', title: 'Permanence Panel: extract from the minutes', fileName: extract.fileName, buffer: fromBase64(extract.base64) },
      { kind: 'agenda', title: 'Permanence Panel agenda', fileName: agenda.fileName, buffer: fromBase64(agenda.base64) },
      { kind: 'action-log', title: 'Action log', fileName: actionLog.fileName, buffer: fromBase64(actionLog.base64) },
      { kind: 'figures-report', title: 'Permanence performance figures', fileName: figures.fileName, buffer: fromBase64(figures.base64), picturePages: 2 },
    ];
  } finally {
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Whether a program is on the PATH (LibreOffice and poppler are optional on a developer's machine). */
export function onPath(program: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    if (!dir) return false;
    try {
      fs.accessSync(path.join(dir, program), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Converts Word files to PDF with LibreOffice in one run. A private profile in `workDir`
 * keeps it off the user's own profile and lets several runs go at once.
 */
export function convertToPdf(files: readonly string[], outDir: string, workDir: string, timeoutMs = 120_000): Promise<{ stdout: string; stderr: string }> {
  const profile = pathToFileURL(path.join(workDir, 'lo-profile')).href;
  return new Promise((resolve, reject) => {
    execFile('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files], { timeout: timeoutMs, maxBuffer: 4 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`soffice failed: ${err.message}\n${stdout}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}
