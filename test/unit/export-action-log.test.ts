import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ProcedureInput } from '../../shared/contract';
import { EMPTY_ACTION_LOG_SENTENCE } from '../../electron/core/export/action-log-docx';
import { WORD_ACTION_LIMIT } from '../../electron/core/features/actions/export';
import { elements, parseXml, readDocx } from '../support/docx-reader';
import { testCore, type TestCore } from './support/core';

/** The demo council's panel was held on 19/11/2026; some of its actions are overdue by today. */
const TODAY = '2026-11-22';

type Query = ProcedureInput<'actions.list'>;

async function demoCore(): Promise<TestCore> {
  const core = await testCore({ now: () => new Date(`${TODAY}T10:00:00Z`) });
  await core.ok('demo.load');
  return core;
}

/** Copies of the first demo action (same meeting, item and children), written straight to the file: the router would take minutes to add thousands. */
function addActions(core: TestCore, n: number): void {
  const db = core.store.sqlite;
  const first = db.prepare('select id from actions order by id limit 1').pluck().get() as number;
  db.transaction(() => {
    db.prepare(
      `with recursive n(i) as (select 1 union all select i + 1 from n where i < ?)
       insert into actions (meeting_id, item_id, text, owner_id, owner_name, due_on, status, position, created_at, created_by, updated_at)
       select a.meeting_id, a.item_id, 'Bulk action ' || n.i, a.owner_id, a.owner_name, '2027-03-01', 'open', 1000 + n.i, a.created_at, 'bulk', a.updated_at
       from n, actions a where a.id = ?`,
    ).run(n, first);
    db.prepare(`insert into action_children (action_id, child_id) select a.id, ac.child_id from actions a join action_children ac on ac.action_id = ? where a.created_by = 'bulk'`).run(first);
    db.prepare(`update actions set created_by = 'bulk-done' where created_by = 'bulk'`).run();
  })();
}

async function csvOf(core: TestCore, query: Query) {
  const file = await core.ok('actions.exportCsv', query);
  const parsed = Papa.parse<Record<string, string>>(file.csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
  return { file, fields: parsed.meta.fields ?? [], rows: parsed.data };
}

async function wordOf(core: TestCore, query: Query) {
  const file = await core.ok('actions.exportDocx', query);
  return { file, doc: readDocx(Buffer.from(file.base64, 'base64')) };
}

/** What the actions page shows for the same filters: the exports must agree with it. */
async function listed(core: TestCore, query: NonNullable<Query>) {
  return (await core.ok('actions.list', { ...query, limit: 500 })).rows;
}

const exportAudits = (core: TestCore) => core.store.sqlite.prepare("select summary from audit_log where action = 'export' and entity = 'action' order by id").pluck().all() as string[];

describe('action log: CSV', () => {
  it('has the agreed columns, a BOM and CRLF line ends, and the same rows in the same order as the list', async () => {
    const core = await demoCore();
    const { file, fields, rows } = await csvOf(core, {});
    expect(file.csv.startsWith('\ufeff')).toBe(true);
    expect(file.csv).toContain('\r\n');
    expect(file.csv.replace(/\r\n/g, '')).not.toContain('\n');
    expect(file.fileName).toBe(`Action log (open) ${TODAY}.csv`);
    expect(fields).toEqual(['Due', 'Status', 'Action', 'Owner', 'Children', 'Team', 'Agreed at', 'Completed', 'Progress RAG', 'Impact RAG', 'Latest note']);
    const list = await listed(core, {});
    expect(list.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.Action)).toEqual(list.map((r) => r.text));
    const first = list[0]!;
    expect(rows[0]).toMatchObject({
      Due: first.dueOn.split('-').reverse().join('/'),
      Owner: first.ownerName,
      Children: first.children.map((c) => `${c.caseRef} ${c.firstName} ${c.lastName}`).join('; '),
      Team: first.teamName ?? '',
      'Agreed at': 'Permanence Panel 19/11/2026',
    });
    // Lateness is a status of its own, in words.
    const late = list.filter((r) => r.dueOn < TODAY).map((r) => r.text);
    expect(late.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.Status === 'Overdue').map((r) => r.Action)).toEqual(late);
  });

  it('quotes a cell that starts with = so a spreadsheet never runs it as a formula', async () => {
    const core = await demoCore();
    const [action] = await listed(core, {});
    await core.ok('actions.progress', { id: action!.id, note: '=HYPERLINK("http://example.invalid","Click")', progressRag: 'amber', impactRag: 'red' });
    const { file, rows } = await csvOf(core, {});
    const row = rows.find((r) => r.Action === action!.text)!;
    expect(row['Latest note']).toBe('\'=HYPERLINK("http://example.invalid","Click")');
    expect(row['Progress RAG']).toBe('Amber');
    expect(row['Impact RAG']).toBe('Red');
    expect(file.csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('keeps its header row when nothing matches', async () => {
    const core = await demoCore();
    const { file, rows } = await csvOf(core, { status: 'dropped' });
    expect(rows).toEqual([]);
    expect(file.csv.trimEnd()).toBe('\ufeffDue,Status,Action,Owner,Children,Team,Agreed at,Completed,Progress RAG,Impact RAG,Latest note');
    expect(file.fileName).toBe(`Action log (no longer needed) ${TODAY}.csv`);
  });
});

describe('action log: filters and size', () => {
  it('honours each filter of the actions page, leaving out what it should', async () => {
    const core = await demoCore();
    const all = await listed(core, { status: 'all' });
    const typed = all.find((r) => r.ownerId === null)!;
    const child = all[0]!.children[0]!;
    const queries: NonNullable<Query>[] = [
      { overdue: true },
      { ownerName: typed.ownerName.slice(0, 8) },
      { childId: child.id },
      { dueBy: TODAY },
      { status: 'all', ownerId: all.find((r) => r.ownerId !== null)!.ownerId! },
    ];
    for (const query of queries) {
      const expected = (await listed(core, query)).map((r) => r.text);
      // Each filter must leave something out, or it proves nothing.
      expect(expected.length, JSON.stringify(query)).toBeLessThan(all.length);
      expect((await csvOf(core, query)).rows.map((r) => r.Action), JSON.stringify(query)).toEqual(expected);
      const { doc } = await wordOf(core, query);
      expect(doc.tables[0]!.slice(1).map((cells) => cells[1]), JSON.stringify(query)).toEqual(expected);
    }
    const { rows } = await csvOf(core, { overdue: true });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.Status === 'Overdue')).toBe(true);
  });

  it('exports every matching action, not the page asked for by limit and offset', async () => {
    const core = await demoCore();
    addActions(core, 250);
    const total = (await core.ok('actions.list', { limit: 1 })).total;
    expect(total).toBeGreaterThan(250);
    expect((await csvOf(core, { limit: 1, offset: 5 })).rows).toHaveLength(total);
    const { doc } = await wordOf(core, { limit: 1, offset: 5 });
    expect(doc.tables[0]).toHaveLength(total + 1);
    expect(doc.paragraphs).toContain(`Actions:\t${total}`);
  });

  it(`refuses a Word export of more than ${WORD_ACTION_LIMIT.toLocaleString('en-GB')} actions, asking for narrower filters, while the CSV has no limit`, async () => {
    const core = await demoCore();
    addActions(core, WORD_ACTION_LIMIT);
    const total = (await core.ok('actions.list', { limit: 1 })).total;
    expect(total).toBeGreaterThan(WORD_ACTION_LIMIT);
    const refused = await core.router.call('actions.exportDocx', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const message = refused.ok ? '' : refused.error.message;
    expect(message).toContain(`${total.toLocaleString('en-GB')} actions match`);
    expect(message).toContain('Narrow the filters');
    expect(message).toContain('5,000');
    expect(exportAudits(core)).toEqual([]); // nothing was exported
    expect((await csvOf(core, {})).rows).toHaveLength(total);
    // A narrower filter is accepted.
    const { doc } = await wordOf(core, { overdue: true });
    expect(doc.tables[0]!.length).toBeGreaterThan(1);
  }, 30_000);
});

describe('action log: Word', () => {
  it('is a house-style document: marked, titled, en-GB, with a repeating header row', async () => {
    const core = await demoCore();
    const { file, doc } = await wordOf(core, {});
    expect(file.fileName).toBe(`Action log (open) ${TODAY}.docx`);
    expect(doc.core.title).toBe('Action log, 22/11/2026');
    expect(doc.core.creator).toBe('test-user');
    for (const part of [...doc.headers, ...doc.footers]) expect(part).toContain('OFFICIAL-SENSITIVE');
    expect(doc.headers.length).toBeGreaterThan(0);
    expect(doc.footers.length).toBeGreaterThan(0);
    expect(doc.styles).toContain('<w:lang w:val="en-GB"/>');
    expect(doc.documentXml).toContain('<w:pStyle w:val="Title"/>');
    expect(doc.paragraphs).toContain('Action log');

    const list = await listed(core, {});
    expect(doc.tables).toHaveLength(1);
    const [header, ...body] = doc.tables[0]!;
    expect(header).toEqual(['Due', 'Action', 'Children', 'Owner', 'Status', 'RAG', 'Agreed at']);
    expect(body).toHaveLength(list.length);
    const rows = elements(parseXml(doc.documentXml), 'w:tr');
    expect(rows.map((row) => elements(row, 'w:tblHeader').length)).toEqual([1, ...body.map(() => 0)]);

    const first = list[0]!;
    expect(body[0]).toEqual([
      first.dueOn.split('-').reverse().join('/'),
      first.text,
      first.children.map((c) => `${c.caseRef} ${c.firstName} ${c.lastName}`).join('\n'),
      first.ownerName,
      expect.any(String),
      'Not rated',
      'Permanence Panel\n19/11/2026',
    ]);
    // An overdue action says so in words, not by colour.
    const late = list.findIndex((r) => r.dueOn < TODAY);
    const days = Math.round((Date.parse(TODAY) - Date.parse(list[late]!.dueOn)) / 86_400_000);
    expect(body[late]![4]).toBe(`Open\nOverdue by ${days} ${days === 1 ? 'day' : 'days'}`);
    const onTime = list.findIndex((r) => r.dueOn >= TODAY);
    expect(body[onTime]![4]).toBe('Open');
  });

  it('says what the filters were, by name, and when it was produced', async () => {
    const core = await demoCore();
    const row = (await listed(core, {}))[0]!;
    const child = row.children[0]!;
    const team = (await core.ok('teams.list', {})).find((t) => t.name === row.teamName)!;
    const { file, doc } = await wordOf(core, { status: 'all', teamId: team.id, childId: child.id, ownerName: 'social', dueBy: '2027-01-31', overdue: true });
    expect(file.fileName).toBe(`Action log (overdue, filtered) ${TODAY}.docx`);
    expect(doc.paragraphs).toEqual(
      expect.arrayContaining([
        'Status:\tAll',
        `Team:\t${team.name}`,
        'Owner:\tname containing “social”',
        `Child:\t${child.firstName} ${child.lastName} (${child.caseRef})`,
        'Due by:\t31/01/2027',
        'Overdue:\tOnly open actions due before 22/11/2026',
        'Produced:\t22/11/2026',
      ]),
    );
    // The properties travel with the file: no child's name in them.
    expect(doc.core.description).not.toContain(child.lastName);
  });

  it('prints a sentence, not an empty table, when nothing matches', async () => {
    const core = await demoCore();
    const used = new Set((await listed(core, { status: 'all' })).map((r) => r.teamName));
    const quiet = (await core.ok('teams.list', {})).find((t) => !used.has(t.name))!;
    const { doc } = await wordOf(core, { teamId: quiet.id });
    expect(doc.tables).toEqual([]);
    expect(doc.paragraphs).toContain(EMPTY_ACTION_LOG_SENTENCE);
    expect(doc.paragraphs).toContain(`Team:\t${quiet.name}`);
    expect(doc.paragraphs).toContain('Actions:\t0');
  });
});

describe('action log: audit', () => {
  it('writes an export row for each file produced, with the filters', async () => {
    const core = await demoCore();
    const count = (await listed(core, {})).length;
    await csvOf(core, {});
    await wordOf(core, { overdue: true });
    const overdue = (await listed(core, { overdue: true })).length;
    expect(exportAudits(core)).toEqual([`Exported the action log to CSV (${count} actions)`, `Exported the action log to Word (${overdue} actions)`]);
    const details = JSON.parse(core.store.sqlite.prepare("select details from audit_log where action = 'export' and entity = 'action' order by id desc limit 1").pluck().get() as string);
    expect(details).toMatchObject({ fileName: `Action log (overdue) ${TODAY}.docx`, rows: overdue, filter: { overdue: true, status: 'open' } });
  });
});
