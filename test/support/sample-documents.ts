import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCore } from '../../electron/core/core';
import { itemBlocks } from '../../electron/core/export/minutes/item-blocks';
import { buildMinutesDocx, minutesTitle } from '../../electron/core/export/minutes/minutes-docx';
import type { MinutesDocModel } from '../../electron/core/export/minutes/model';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../shared/contract';
import type { ActionRow, EarlierAction } from '../../shared/schemas/actions';
import type { MinuteItem } from '../../shared/schemas/minutes';

/**
 * One realistic Word document of each kind Panelroom produces, for checks that need a
 * whole document rather than a fragment (opening it in another office suite, pictures of
 * page one for the README). Everything is fictional: the demo council for the panel's
 * minutes, its extract, the agenda and the action log; hand-written records for a Care
 * Planning Meeting and a Legal Gateway decision.
 *
 * No vitest here: a script can call it too.
 */

export type SampleKind = 'minutes' | 'extract' | 'care-planning-record' | 'legal-gateway-record' | 'agenda' | 'action-log';

export interface SampleDocument {
  kind: SampleKind;
  /** The title printed at the top of page one. */
  title: string;
  fileName: string;
  buffer: Buffer;
}

/** A fixed clock, so the demo (which moves with today) and every date in the documents stay the same from run to run. */
export const SAMPLE_NOW = '2026-11-22T10:00:00Z';

const AUTHORITY = 'Exampleshire Council (fictional demo)';
const fromBase64 = (b64: string) => Buffer.from(b64, 'base64');

export async function buildSampleDocuments(): Promise<SampleDocument[]> {
  return [...(await fromDemoCouncil()), await carePlanningRecord(), await legalGatewayRecord()];
}

/** The demo council in a real core: last Thursday's approved Permanence Panel, its first child's extract, the next panel's agenda and the action log. */
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
    return [
      { kind: 'minutes', title: 'Permanence Panel minutes', fileName: minutes.fileName, buffer: fromBase64(minutes.base64) },
      { kind: 'extract', title: 'Permanence Panel: extract from the minutes', fileName: extract.fileName, buffer: fromBase64(extract.base64) },
      { kind: 'agenda', title: 'Permanence Panel agenda', fileName: agenda.fileName, buffer: fromBase64(agenda.base64) },
      { kind: 'action-log', title: 'Action log', fileName: actionLog.fileName, buffer: fromBase64(actionLog.base64) },
    ];
  } finally {
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

interface ActionSpec {
  id: number;
  text: string;
  ownerName: string;
  dueOn: string;
}

function action(meeting: { id: number; itemId: number; date: string; type: string }, child: { id: number; caseRef: string; firstName: string; lastName: string }, a: ActionSpec): ActionRow {
  return {
    id: a.id,
    meetingId: meeting.id,
    itemId: meeting.itemId,
    meetingDate: meeting.date,
    meetingTypeName: meeting.type,
    children: [child],
    teamName: null,
    text: a.text,
    ownerId: null,
    ownerName: a.ownerName,
    dueOn: a.dueOn,
    status: 'open',
    completedOn: null,
    progressRag: null,
    impactRag: null,
    lastNote: null,
    updatedAt: `${meeting.date}T11:00:00.000Z`,
  };
}

const LEO = { id: 901, caseRef: 'EX102913', firstName: 'Leo', lastName: 'Fablewick' };

/** A Care Planning Meeting Record for a four-year-old on an interim care order, by hand: every section filled as a careful minute-taker would. */
async function carePlanningRecord(): Promise<SampleDocument> {
  const meeting = { id: 71, itemId: 710, date: '2026-11-17', type: 'Care Planning Meeting' };
  const earlier = { id: 60, itemId: 600, date: '2026-10-06', type: 'Care Planning Meeting' };
  const earlierActions: EarlierAction[] = [
    {
      ...action(earlier, LEO, { id: 601, text: 'Refer Leo to speech and language therapy.', ownerName: 'Sam Notrealson', dueOn: '2026-10-20' }),
      review: { outcome: 'done', note: 'Referral made on 02/10/2026; Leo is on the waiting list.', newDueOn: null, dueBefore: '2026-10-20' },
    },
    {
      ...action(earlier, LEO, { id: 602, text: 'Book Leo’s dental check.', ownerName: 'Foster carers (Mr and Mrs Carterby)', dueOn: '2026-11-03' }),
      review: { outcome: 'carried', note: 'The surgery had no appointments until December; booked for 02/12/2026.', newDueOn: '2026-12-04', dueBefore: '2026-11-03' },
    },
  ];
  const item: MinuteItem = {
    itemId: meeting.itemId,
    glance: [
      {
        childId: LEO.id,
        legalStatus: 'interim_care_order',
        dateEnteredCare: '2026-08-09',
        plan: { primary: 'special_guardianship', parallel: ['adoption'] },
        keyDates: [],
        week26Date: '2027-02-04',
        lastRag: null,
        lastDiscussed: null,
      },
    ],
    values: {
      communication:
        'Leo speaks in short two- and three-word sentences and uses Makaton signs at nursery and at home. He is on the waiting list for a speech and language therapy assessment; the foster carers and nursery use the same signs so that he is understood in both places.',
      legal:
        'Interim care order made on 14/08/2026 under section 38 of the Children Act 1989. The issues resolution hearing is listed for 12/01/2027 and week 26 falls on 04/02/2027. Mother and father both have parental responsibility; the local authority shares it under the interim order.',
      placement:
        'Leo has lived with in-house foster carers, Mr and Mrs Carterby, since 09/08/2026. The placement is stable and the carers can look after him until permanence is secured. The supervising social worker reports no concerns.',
      education:
        'Leo attends the nursery class at Exampleton Primary School five mornings a week, with full attendance this term. His Early Years Personal Education Plan was reviewed on 05/11/2026; the Virtual School has agreed funding for a key worker for one morning a week.',
      health:
        'Initial health assessment completed on 20/08/2026. Immunisations are up to date. Mild eczema is managed with emollients prescribed by the GP. The dental check is booked for 02/12/2026.',
      emotional:
        'Leo has formed a secure attachment to his foster carers and seeks them out for comfort. He can be unsettled at bedtime after family time; the carers use a calm routine and a picture timetable, which is helping.',
      contact:
        'Supervised family time with mother twice a week at the Family Time Centre, for an hour and a half; with father once a fortnight, although he has attended three of the last six sessions. Leo sees his maternal aunt every Saturday, now unsupervised, and his half-sister once a month.',
      permanenceOptions: { primary: 'special_guardianship', parallel: ['adoption'] },
      optionsDiscussion:
        'Reunification with mother has been ruled out: the parenting assessment (PAMS) of 28/10/2026 concluded that she cannot meet Leo’s needs within his timescales, and she accepts this.\n\nThe viability assessment of the maternal aunt, Ms Dana Fablewick, was positive and the full special guardianship assessment is under way. Adoption remains the parallel plan so that Leo does not drift if that assessment is negative.',
      keyDates: [
        { what: 'Special guardianship assessment report filed with the court', date: '2026-12-18' },
        { what: 'Issues resolution hearing', date: '2027-01-12' },
        { what: 'Week 26 of proceedings', date: '2027-02-04' },
        { what: 'Final hearing', date: null },
      ],
      viewsChild:
        'Leo is too young to give his views in words. The social worker saw him at the foster home on 10/11/2026: he went to his foster carer for comfort when unsure and talked happily about “Auntie Dana’s dog”. Play-based direct work will continue at each visit.',
      parentsInvited: true,
      viewsParents:
        'Mother attended the first part of the meeting with her advocate. She supports the plan for Leo to live with her sister and asked that family time continues once he moves. Father was invited but did not attend; the social worker will write to him with the outcome within five working days.',
      viewsIro:
        'The IRO agrees the plan and is satisfied that the parallel plan guards against drift. She asked that the speech and language referral is chased and that life-story work begins now rather than after the final hearing.',
      planForPermanence: 'A special guardianship order to the maternal aunt, with a special guardianship support plan. Parallel plan: a placement order for adoption.',
      conclusion:
        'The meeting recommends that the special guardianship assessment is completed by 18/12/2026 so that the evidence is filed before the issues resolution hearing. Leo’s time with his aunt will build to overnight stays once the assessment is positive.',
      contingency:
        'If the special guardianship assessment is negative, the plan will be presented to the Permanence Panel and the Agency Decision Maker asked to approve adoption. The Regional Adoption Agency Stage 1 notification was made on 01/11/2026.',
      smartPlan: [
        {
          outcome: 'Leo has a permanent home with his aunt',
          measure: 'Positive special guardianship assessment filed with the court',
          actions: 'Complete the assessment, including the support plan and a financial assessment',
          byWhom: 'Fostering assessing social worker',
          timescale: 'Within 4 weeks, by 18/12/2026',
        },
        {
          outcome: 'Leo’s speech and communication needs are understood and met',
          measure: 'Speech and language assessment completed and its advice used at home and nursery',
          actions: 'Chase the referral with the community health trust; share the report with the carers and nursery',
          byWhom: 'Social worker',
          timescale: 'Chase by 01/12/2026; assessment by 31/01/2027',
        },
        {
          outcome: 'Leo understands his story as he grows up',
          measure: 'Life-story book started and shared with Leo and his carers',
          actions: 'Gather photographs from mother and aunt; begin the book in direct work sessions',
          byWhom: 'Social worker with the foster carers',
          timescale: 'Started by the next meeting, 29/12/2026',
        },
      ],
      nextMeetingDate: '2026-12-29',
    },
    ratings: [{ childId: LEO.id, rating: 'amber', reason: 'The plan is progressing, but the speech and language assessment is delayed and the final hearing is not yet listed.' }],
    actions: [
      action(meeting, LEO, { id: 711, text: 'Chase the speech and language therapy referral and confirm an assessment date.', ownerName: 'Sam Notrealson', dueOn: '2026-12-01' }),
      action(meeting, LEO, { id: 712, text: 'Write to father with the outcome of this meeting.', ownerName: 'Sam Notrealson', dueOn: '2026-11-24' }),
      action(meeting, LEO, { id: 713, text: 'File the special guardianship assessment and support plan with the court.', ownerName: 'Leon Counselby (Legal Services)', dueOn: '2026-12-18' }),
    ],
    earlierActions,
    secondsSpent: 55 * 60,
    suggestedReview: null,
    defaultActionDueOn: '2026-12-15',
  };
  const model: MinutesDocModel = {
    kind: 'minutes',
    form: 'cpm',
    authorityName: AUTHORITY,
    meetingType: 'Care Planning Meeting',
    date: meeting.date,
    startTime: '10:00',
    endTime: '11:00',
    venue: 'Exampleton Family Centre, Meeting Room 1',
    chair: 'Tariq Exampleby',
    minuteTaker: 'Bea Minuteman',
    approval: { by: 'Tariq Exampleby', on: '2026-11-19' },
    present: [
      { name: 'Tariq Exampleby', role: 'Team manager (chair)', organisation: null },
      { name: 'Sam Notrealson', role: 'Social worker', organisation: null },
      { name: 'Irene Reviewsby', role: 'Independent Reviewing Officer (IRO)', organisation: null },
      { name: 'Fern Fosterby', role: 'Supervising social worker', organisation: 'Exampleshire Fostering Service' },
      { name: 'Mrs Carterby', role: 'Foster carer', organisation: null },
      { name: 'Ms Fablewick', role: 'Mother (first part of the meeting)', organisation: null },
      { name: 'Priya Advocatey', role: 'Parent’s advocate', organisation: 'Exampleshire Advocacy Service' },
      { name: 'Bea Minuteman', role: 'Business support', organisation: null },
    ],
    apologies: [{ name: 'Nadia Nurseworth', role: 'Nursery key worker', organisation: 'Exampleton Primary School' }],
    absent: [{ name: 'Mr Quillfeather', role: 'Father', organisation: null }],
    declarations: [],
    items: [{ number: 1, children: [{ caseRef: LEO.caseRef, name: `${LEO.firstName} ${LEO.lastName}` }], blocks: itemBlocks({ form: 'cpm', item, names: new Map([[LEO.id, `${LEO.firstName} ${LEO.lastName}`]]), bookedPapers: null }) }],
    amendments: [],
    preparedBy: 'Bea Minuteman',
  };
  return { kind: 'care-planning-record', title: minutesTitle(model), fileName: `${LEO.caseRef} ${LEO.lastName} Care Planning Meeting ${meeting.date}.docx`, buffer: await buildMinutesDocx(model) };
}

const RUBY = { id: 902, caseRef: 'EX102950', firstName: 'Ruby', lastName: 'Whimsford' };

/** A Legal Gateway Panel's decision record for a seven-year-old on a child protection plan: papers, decision, reasons, assessments with timescales. */
async function legalGatewayRecord(): Promise<SampleDocument> {
  const meeting = { id: 72, itemId: 720, date: '2026-11-16', type: 'Legal Gateway Panel' };
  const item: MinuteItem = {
    itemId: meeting.itemId,
    glance: [
      {
        childId: RUBY.id,
        legalStatus: 'child_protection',
        dateEnteredCare: null,
        plan: { primary: 'reunification', parallel: ['special_guardianship'] },
        keyDates: [],
        week26Date: null,
        lastRag: null,
        lastDiscussed: null,
      },
    ],
    values: {
      papersProvided: { genogram: 'received', chronology: 'received', referral: 'received', assessment: 'received' },
      discussion:
        'Ruby has been subject to a child protection plan under the category of neglect since 03/03/2026. Despite two review conferences, home conditions remain poor, Ruby’s school attendance has fallen to 71% and she has twice arrived at school hungry. Mother has engaged with the family support worker but has not kept to the written agreement about her alcohol use.\n\nLegal advice is that the threshold under section 31 of the Children Act 1989 is likely to be met, but that the Public Law Outline pre-proceedings process gives mother a fair opportunity to make the changes needed, with clear expectations and timescales.',
      lgpDecision: 'pre_proceedings',
      lgpReasons:
        'Continuing neglect despite a child protection plan, with some engagement from mother that the panel wishes to build on. A letter before proceedings will set out the concerns, the changes needed and the support offered; progress will be reviewed at this panel in 12 weeks.',
      assessments: [
        { kind: 'parenting', detail: 'Parenting assessment of mother by the Family Assessment Service (PAMS not needed).', dueOn: '2027-01-29' },
        { kind: 'drug_alcohol', detail: 'Hair strand testing of mother for alcohol, covering six months.', dueOn: '2026-12-18' },
        { kind: 'fgc', detail: 'Family group conference to identify the wider family network.', dueOn: '2026-12-11' },
        { kind: 'viability', detail: 'Viability assessment of the maternal grandmother, if put forward at the conference.', dueOn: null },
      ],
      planRatified: true,
      raaStage1: false,
      nextReview: '2027-02-08',
    },
    ratings: [{ childId: RUBY.id, rating: 'amber', reason: 'Pre-proceedings starting; assessments agreed with dates, but the family network is not yet known.' }],
    actions: [
      action(meeting, RUBY, { id: 721, text: 'Send the letter before proceedings and invite mother to the pre-proceedings meeting.', ownerName: 'Leon Counselby (Legal Services)', dueOn: '2026-11-23' }),
      action(meeting, RUBY, { id: 722, text: 'Refer to the Family Group Conference service.', ownerName: 'Stan Imagineer', dueOn: '2026-11-20' }),
      action(meeting, RUBY, { id: 723, text: 'Commission the hair strand test and the parenting assessment.', ownerName: 'Tamsin Fictionley', dueOn: '2026-11-27' }),
    ],
    earlierActions: [],
    secondsSpent: 25 * 60,
    suggestedReview: '2027-02-08',
    defaultActionDueOn: '2026-12-14',
  };
  const model: MinutesDocModel = {
    kind: 'extract',
    form: 'lgp',
    authorityName: AUTHORITY,
    meetingType: 'Legal Gateway Panel',
    date: meeting.date,
    startTime: '13:30',
    endTime: '16:30',
    venue: 'Civic Centre, Room 4',
    chair: 'Harriet Demoford',
    minuteTaker: 'Bob Agendaworth',
    approval: { by: 'Harriet Demoford', on: '2026-11-18' },
    present: [
      { name: 'Harriet Demoford', role: 'Chair / Head of Service', organisation: null },
      { name: 'Gloria Testington', role: 'Group manager', organisation: null },
      { name: 'Leon Counselby', role: 'Legal adviser', organisation: 'Exampleshire Legal Services' },
      { name: 'Tamsin Fictionley', role: 'Team manager', organisation: null },
      { name: 'Stan Imagineer', role: 'Social worker', organisation: null },
      { name: 'Carl Progressley', role: 'Case progression officer', organisation: null },
      { name: 'Bob Agendaworth', role: 'Business support', organisation: null },
    ],
    apologies: [{ name: 'Pia Permanton', role: 'Permanence coordinator', organisation: null }],
    absent: [],
    declarations: [],
    items: [{ number: 3, children: [{ caseRef: RUBY.caseRef, name: `${RUBY.firstName} ${RUBY.lastName}` }], blocks: itemBlocks({ form: 'lgp', item, names: new Map([[RUBY.id, `${RUBY.firstName} ${RUBY.lastName}`]]), bookedPapers: null }) }],
    amendments: [],
    preparedBy: 'Bob Agendaworth',
  };
  return { kind: 'legal-gateway-record', title: minutesTitle(model), fileName: `${RUBY.caseRef} ${RUBY.lastName} Legal Gateway Panel ${meeting.date}.docx`, buffer: await buildMinutesDocx(model) };
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
