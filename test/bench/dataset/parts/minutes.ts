import type { SqliteDatabase } from '../../../../electron/core/db/sqlite-file';
import { LGP_ASSESSMENT, type LgpAssessment } from '../../../../shared/domain/minutes-vocabulary';
import { PERMANENCE_OPTION, type LgpDecision, type PermanenceOption } from '../../../../shared/domain/vocabulary';
import { fieldLabel, type MinuteField } from '../../../../shared/minutes/fields';
import { searchTextOf } from '../../../../shared/minutes/search-text';
import type { MinuteSaveInput } from '../../../../shared/schemas/minutes';
import { at, staffOn } from '../meeting-rows';
import {
  AMENDMENTS,
  carerPhrase,
  composer,
  DISSENT,
  KEY_DATE_WHATS,
  NEXT_MEETING_REASONS,
  schoolName,
  SMART_MEASURES,
  SMART_OUTCOMES,
  TIMESCALES,
  type Voice,
} from '../minutes-text';
import type { DatasetPart } from '../part';
import type { Prng } from '../prng';
import { TARGET_SIZES } from '../spec';
import { surname } from '../vocab';
import { iso, ukDate, type ChildRec, type ItemRec, type MeetingRec } from '../world';

type Value = string | number | boolean | null | object;

/**
 * The minutes of every held meeting, field by field as the minute-taker typed them
 * (minute_fields, one row per field, with the words the search index sees), each with
 * the audit row its spell of typing left. A Permanence Panel item has a discussion of
 * 600–1,500 characters and decisions of 200–400; a Legal Gateway booking its papers,
 * discussion, decision and reasons; a Care Planning Meeting Record its seven sections on
 * the child's needs (300–800 characters each), options, views, plan and next meeting.
 * A few approved meetings carry an amendment.
 *
 * The search index: the migration's triggers would fill it row by row, which on a busy
 * machine more than doubles the build, so they are dropped for the bulk insert, the index
 * is rebuilt from minute_fields in one pass (FTS5 'rebuild'), and the triggers are put
 * back from their own stored SQL, exactly as the migration made them. The build then runs
 * FTS5's integrity-check. Either way the index is built inside one transaction, so its
 * segments are tidier than those of an index grown one save at a time.
 */
export const minutes: DatasetPart = {
  name: 'minutes (minute_fields, search index)',
  target: `every item of every held meeting: PP discussion ${TARGET_SIZES.ppDiscussionChars.min}–${TARGET_SIZES.ppDiscussionChars.max} characters, CPM sections ${TARGET_SIZES.cpmSectionChars.min}–${TARGET_SIZES.cpmSectionChars.max}`,
  build({ sqlite, rnd, world, audit }) {
    const insert = sqlite.prepare('insert into minute_fields (item_id, field, value, search_text, updated_at) values (?, ?, ?, ?, ?)');
    const insertAmendment = sqlite.prepare('insert into amendments (meeting_id, item_id, text, made_on, made_by, at) values (?, ?, ?, ?, ?, ?)');
    const staff = staffOn(world);
    const write = composer(rnd);
    const childById = new Map(world.children.map((c) => [c.id, c]));
    const people = (id: number | null, fallback: string) => (id === null ? fallback : (staff.byId.get(id)?.name ?? fallback));
    // What stays the same about a child from one meeting to the next: school, carers, father's surname.
    const family = new Map<number, { school: string; carer: string; father: string }>();
    const familyOf = (c: ChildRec) => {
      let f = family.get(c.id);
      if (!f) {
        const other = surname(rnd);
        f = { school: schoolName(rnd), carer: carerPhrase(rnd, c.placement, c.lastName, other), father: rnd.chance(0.5) ? `Mr ${c.lastName}` : `Mr ${surname(rnd)}` };
        family.set(c.id, f);
      }
      return f;
    };
    const cpmDays = new Map<number, number[]>();
    for (const m of world.meetings) if (m.code === 'cpm') for (const item of m.items) for (const id of item.childIds) cpmDays.set(id, [...(cpmDays.get(id) ?? []), m.day]);
    for (const days of cpmDays.values()) days.sort((a, b) => a - b);

    const n = { minute_fields: 0, amendments: 0, chars: 0 };
    const index = suspendSearchTriggers(sqlite);
    // In date order, as they were typed: row ids (and the index's rowids) follow time, as in the app.
    const meetings = world.meetings.filter((m) => m.status === 'approved').sort((a, b) => a.day - b.day || a.id - b.id);
    for (const m of meetings) {
      for (const item of m.items) {
        const kids = item.childIds.map((id) => childById.get(id)!);
        const lead = kids[0]!;
        const f = familyOf(lead);
        const voice: Voice = {
          child: names(kids.map((k) => k.firstName)),
          plural: kids.length > 1,
          surname: lead.lastName,
          sw: people(lead.socialWorkerId, 'the social worker'),
          iro: people(lead.iroId, 'the IRO'),
          tm: people(lead.teamManagerId, 'the team manager'),
          carer: f.carer,
          mother: rnd.chance(0.6) ? `Ms ${lead.lastName}` : 'the mother',
          father: rnd.chance(0.6) ? f.father : 'the father',
          school: f.school,
          day: m.day,
        };
        const fields = m.code === 'pp' ? ppFields(rnd, write, voice, m) : m.code === 'lgp' ? lgpFields(rnd, write, voice, m, item) : cpmFields(rnd, write, voice, m, cpmDays.get(lead.id) ?? []);
        const who = rnd.pick(world.actors);
        const childNames = kids.map((k) => `${k.firstName} ${k.lastName}`).join(' and ');
        for (const [field, value] of fields) {
          const text = typeof value === 'string' && isText(field) ? value : JSON.stringify(value);
          const search = searchTextOf({ itemId: item.id, field, value } as MinuteSaveInput);
          const firstAt = at(rnd, m.day, rnd.int(9 * 60, 16 * 60));
          insert.run(item.id, field, text, search, firstAt);
          audit({ day: m.day, actor: who, action: 'update', entity: 'minutes', entityId: item.id, summary: `Edited “${fieldLabel(field)}” for ${childNames} at ${m.typeName} on ${ukDate(m.day)}`, details: { saves: rnd.int(1, 60), firstAt } });
          n.minute_fields++;
          n.chars += text.length;
        }
      }
      if (rnd.chance(m.code === 'cpm' ? 0.005 : 0.03)) {
        const madeOn = Math.min(world.today, m.day + rnd.int(14, 60));
        const item = rnd.chance(0.8) ? rnd.pick(m.items) : null;
        const by = staff.pick(rnd, 'chair', madeOn)?.name ?? 'the chair';
        const id = Number(insertAmendment.run(m.id, item?.id ?? null, rnd.pick(AMENDMENTS), iso(madeOn), by, at(rnd, madeOn, rnd.int(9 * 60, 17 * 60))).lastInsertRowid);
        audit({ day: madeOn, actor: rnd.pick(world.actors), action: 'create', entity: 'amendment', entityId: id, summary: `Amended the minutes of ${m.typeName} on ${ukDate(m.day)}` });
        n.amendments++;
      }
    }
    index.rebuildAndRestore();
    return { minute_fields: n.minute_fields, minutes_search: n.minute_fields, amendments: n.amendments, 'characters of minutes': n.chars };
  },
};

/** Drops the triggers that keep minutes_search in step with minute_fields; gives them back after a rebuild. */
function suspendSearchTriggers(sqlite: SqliteDatabase): { rebuildAndRestore(): void } {
  const triggers = (sqlite.prepare("select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'minute_fields'").all() as { name: string; sql: string }[]).filter((t) =>
    /minutes_search/.test(t.sql),
  );
  if (triggers.length !== 3) throw new Error(`Expected the three search-index triggers on minute_fields (migration 4), found ${triggers.length}.`);
  for (const t of triggers) sqlite.exec(`drop trigger "${t.name}"`);
  return {
    rebuildAndRestore() {
      sqlite.exec("insert into minutes_search(minutes_search) values ('rebuild')");
      for (const t of triggers) sqlite.exec(t.sql);
      const back = sqlite.prepare("select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'minute_fields' order by name").all() as { name: string; sql: string }[];
      const same = triggers.every((t) => back.some((b) => b.name === t.name && b.sql === t.sql));
      if (!same) throw new Error('The search-index triggers did not come back exactly as the migration made them.');
    },
  };
}

const TEXT_FIELDS = new Set<MinuteField>([
  'discussion', 'childViews', 'decisions', 'dissent', 'lgpReasons', 'lgpPlanAfter', 'lgpOther', 'communication', 'legal', 'placement', 'education', 'health', 'emotional', 'contact',
  'optionsDiscussion', 'viewsChild', 'viewsParents', 'parentsNotInvitedWhy', 'parentsToldHow', 'viewsIro', 'planForPermanence', 'conclusion', 'contingency', 'nextMeetingReason',
]);

function isText(field: MinuteField): boolean {
  return TEXT_FIELDS.has(field);
}

function names(first: string[]): string {
  return first.length === 1 ? first[0]! : `${first.slice(0, -1).join(', ')} and ${first[first.length - 1]}`;
}

type Composer = ReturnType<typeof composer>;
type Fields = [MinuteField, Value][];

function ppFields(rnd: Prng, write: Composer, v: Voice, m: MeetingRec): Fields {
  const { ppDiscussionChars: d, ppDecisionChars: dec } = TARGET_SIZES;
  const out: Fields = [['discussion', write.text('progress', v, rnd.int(d.min, d.max), { openers: true, mix: ['progress', 'child', 'iro', 'parents'] })]];
  if (rnd.chance(0.6)) out.push(['childViews', write.text('views', v, rnd.int(150, 400))]);
  out.push(['decisions', write.text('decision', v, rnd.int(dec.min, dec.max))]);
  if (rnd.chance(0.04)) out.push(['dissent', rnd.pick(DISSENT)]);
  if (rnd.chance(0.9)) out.push(['nextReview', iso(m.day + rnd.pick([28, 28, 84, 84, 56]))]);
  return out;
}

const ASSESSMENTS = LGP_ASSESSMENT.values.filter((a) => a !== 'other');

function lgpFields(rnd: Prng, write: Composer, v: Voice, m: MeetingRec, item: ItemRec): Fields {
  const decision: LgpDecision = item.decision ?? 'other';
  const paper = () => rnd.weighted([['received', 85], ['not_needed', 8], ['outstanding', 7]] as const);
  const out: Fields = [
    ['papersProvided', { genogram: paper(), chronology: paper(), referral: paper(), assessment: paper() }],
    ['discussion', write.text('lgp', v, rnd.int(500, 1200), { openers: true, mix: ['lgp', 'progress', 'parents'] })],
    ['lgpDecision', decision],
    ['lgpReasons', write.text('reasons', v, rnd.int(200, 500), { mix: ['lgp'] })],
  ];
  if (decision === 'threshold_not_met') out.push(['lgpPlanAfter', write.text('reasons', v, rnd.int(150, 300), { mix: ['child'] })]);
  if (decision === 'other') out.push(['lgpOther', write.text('reasons', v, rnd.int(100, 250))]);
  if (decision === 'pre_proceedings' || decision === 'issue_proceedings') {
    const kinds = new Set<LgpAssessment>();
    for (let i = rnd.int(1, 3); i > 0; i--) kinds.add(rnd.pick(ASSESSMENTS));
    out.push(['assessments', [...kinds].map((kind) => ({ kind, detail: write.text('progress', v, rnd.int(60, 160)), dueOn: rnd.chance(0.9) ? iso(m.day + rnd.int(4, 12) * 7) : null }))]);
  }
  if (rnd.chance(0.6)) out.push(['planRatified', rnd.chance(0.7)]);
  if (rnd.chance(0.3)) out.push(['raaStage1', rnd.chance(0.3)]);
  if (rnd.chance(0.03)) out.push(['dissent', rnd.pick(DISSENT)]);
  if (rnd.chance(0.7)) out.push(['nextReview', iso(m.day + 84)]);
  return out;
}

const NEEDS: [MinuteField, string, string[]][] = [
  ['communication', 'communication', ['child', 'communication']],
  ['legal', 'legal', ['progress', 'legal']],
  ['placement', 'placement', ['placement', 'child']],
  ['education', 'education', ['child', 'education']],
  ['health', 'health', ['child', 'health']],
  ['emotional', 'emotional', ['child', 'emotional']],
  ['contact', 'contact', ['contact', 'parents']],
];

function cpmFields(rnd: Prng, write: Composer, v: Voice, m: MeetingRec, cpmDays: readonly number[]): Fields {
  const { min, max } = TARGET_SIZES.cpmSectionChars;
  const out: Fields = [];
  for (const [field, kind, mix] of NEEDS) if (rnd.chance(0.95)) out.push([field, write.text(kind as 'child', v, rnd.int(min, max), { mix: mix as 'child'[] })]);
  if (rnd.chance(0.9)) {
    const primary = rnd.pick(PERMANENCE_OPTION.values);
    const parallel = PERMANENCE_OPTION.values.filter((o) => o !== primary && rnd.chance(0.3)).slice(0, 2) as PermanenceOption[];
    out.push(['permanenceOptions', { primary, parallel }]);
  }
  if (rnd.chance(0.9)) out.push(['optionsDiscussion', write.text('options', v, rnd.int(300, 700), { mix: ['options', 'progress'] })]);
  if (rnd.chance(0.7)) out.push(['keyDates', Array.from({ length: rnd.int(1, 3) }, () => ({ what: rnd.pick(KEY_DATE_WHATS), date: iso(m.day + rnd.int(7, 120)) }))]);
  if (rnd.chance(0.85)) out.push(['viewsChild', write.text('views', v, rnd.int(150, 450))]);
  if (rnd.chance(0.8)) out.push(['viewsParents', write.text('parents', v, rnd.int(150, 450))]);
  const invited = rnd.chance(0.85);
  if (rnd.chance(0.9)) out.push(['parentsInvited', invited]);
  if (!invited) out.push(['parentsNotInvitedWhy', rnd.pick(['There is a non-molestation order in place.', 'The mother’s whereabouts are not known.', 'The parents asked not to attend and will meet the social worker separately.'])]);
  if (rnd.chance(0.5)) out.push(['parentsToldHow', rnd.pick(['The social worker will visit the parents and explain the outcome.', 'A letter will be sent to the parents and their solicitor.', 'By telephone the next day, followed by a letter.'])]);
  if (rnd.chance(0.85)) out.push(['viewsIro', write.text('iro', v, rnd.int(150, 400))]);
  if (rnd.chance(0.9)) out.push(['planForPermanence', write.text('conclusion', v, rnd.int(150, 350), { mix: ['options'] })]);
  if (rnd.chance(0.9)) out.push(['conclusion', write.text('conclusion', v, rnd.int(200, 500), { mix: ['progress'] })]);
  if (rnd.chance(0.8)) out.push(['contingency', write.text('contingency', v, rnd.int(100, 300), { mix: ['options'] })]);
  if (rnd.chance(0.75)) {
    out.push([
      'smartPlan',
      Array.from({ length: rnd.int(2, 5) }, () => ({
        outcome: rnd.pick(SMART_OUTCOMES),
        measure: rnd.pick(SMART_MEASURES),
        actions: write.text('decision', v, rnd.int(80, 200)),
        byWhom: rnd.pick([v.sw, v.tm, 'The carers', 'The IRO', 'Legal services', 'The virtual school']),
        timescale: rnd.pick(TIMESCALES),
      })),
    ]);
  }
  const next = cpmDays.find((d) => d > m.day);
  if (next !== undefined) out.push(['nextMeetingDate', iso(next)]);
  else {
    out.push(['nextMeetingDate', null]);
    out.push(['nextMeetingReason', rnd.pick(NEXT_MEETING_REASONS)]);
  }
  return out;
}
