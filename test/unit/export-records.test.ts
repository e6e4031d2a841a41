import { describe, expect, it } from 'vitest';
import { itemBlocks, NOT_RECORDED } from '../../electron/core/export/minutes/item-blocks';
import { buildMinutesDocx, minutesTitle } from '../../electron/core/export/minutes/minutes-docx';
import type { MinutesDocModel } from '../../electron/core/export/minutes/model';
import { ChildNameIndex, REDACTED } from '../../electron/core/export/minutes/redact';
import type { MinuteItem, MinuteValues } from '../../shared/schemas/minutes';
import { readDocx } from '../support/docx-reader';

function minuteItem(values: MinuteValues, extra: Partial<MinuteItem> = {}): MinuteItem {
  return {
    itemId: 1,
    glance: [
      {
        childId: 7,
        legalStatus: 'interim_care_order',
        dateEnteredCare: '2026-05-01',
        plan: { primary: 'adoption', parallel: ['special_guardianship'] },
        keyDates: [],
        week26Date: '2027-01-20',
        lastRag: null,
        lastDiscussed: null,
      },
    ],
    values,
    ratings: [{ childId: 7, rating: 'amber', reason: 'Assessment started late' }],
    actions: [],
    earlierActions: [],
    secondsSpent: 0,
    suggestedReview: null,
    defaultActionDueOn: '2026-12-31',
    ...extra,
  };
}

function model(form: MinutesDocModel['form'], item: MinuteItem, kind: MinutesDocModel['kind'] = 'extract'): MinutesDocModel {
  return {
    kind,
    form,
    authorityName: 'Exampleshire Council',
    meetingType: form === 'cpm' ? 'Care Planning Meeting' : 'Legal Gateway Panel',
    date: '2026-11-19',
    startTime: '14:00',
    endTime: '15:00',
    venue: 'Family Centre',
    chair: 'Tara Manager',
    minuteTaker: 'Bo Support',
    approval: { by: 'Tara Manager', on: '2026-11-20' },
    present: [{ name: 'Sam Social', role: 'Social worker', organisation: null }],
    apologies: [],
    absent: [],
    declarations: [],
    items: [{ number: 1, children: [{ caseRef: 'WS-5007', name: 'Rowan Ashby' }], blocks: itemBlocks({ form, item, names: new Map([[7, 'Rowan Ashby']]), bookedPapers: null }) }],
    amendments: [],
    preparedBy: 'Bo Support',
  };
}

describe('the Care Planning Meeting Record', () => {
  it('has the record’s sections in the record’s order, every one printed, with its tables', async () => {
    const item = minuteItem({
      communication: 'Uses Makaton at home.',
      health: 'Asthma: inhaler in school bag.',
      permanenceOptions: { primary: 'adoption', parallel: ['special_guardianship'] },
      optionsDiscussion: 'Adoption remains the plan; the aunt’s SGO assessment runs in parallel.',
      keyDates: [
        { what: 'Issues resolution hearing', date: '2027-01-12' },
        { what: 'Final hearing', date: null },
      ],
      viewsChild: 'Rowan drew a picture of the foster family.',
      parentsInvited: false,
      parentsNotInvitedWhy: 'Injunction in place.',
      parentsToldHow: 'Letter from the social worker within five working days.',
      viewsIro: 'The IRO agrees with the plan.',
      planForPermanence: 'Placement order.',
      conclusion: 'Proceed with matching.',
      contingency: 'Special guardianship with the aunt.',
      smartPlan: [{ outcome: 'Rowan is matched', measure: 'Match approved at panel', actions: 'Family finding', byWhom: 'Adoption team', timescale: 'Within 6 weeks by 14th February' }],
      nextMeetingDate: '2027-02-18',
    });
    const doc = readDocx(await buildMinutesDocx(model('cpm', item)));
    const p = doc.paragraphs;
    expect(p[1]).toBe('Care Planning Meeting Record');
    expect(minutesTitle({ kind: 'minutes', form: 'cpm', meetingType: 'Care Planning Meeting' })).toBe('Care Planning Meeting Record');
    const order = [
      'The child’s needs',
      'Communication needs',
      'Legal status, orders and hearings',
      'Placement needs',
      'Education needs',
      'Health needs',
      'Emotional and attachment needs',
      'Keeping in touch with family and friends',
      'The meeting',
      'Permanence options considered and decisions',
      'Key dates',
      'Views and contributions',
      'Views and contributions of the child',
      'Why the parents were not invited',
      'How the parents will be told of the outcome',
      'Views and contributions of the IRO',
      'The plan',
      'The plan for permanence (legal orders sought)',
      'Conclusion and recommendations',
      'Contingency plan',
      'RAG rating',
      'The plan: outcomes, actions and timescales',
      'Previous actions and their outcomes',
      'Actions agreed',
      'Next meeting',
    ];
    const positions = order.map((h) => p.indexOf(h));
    expect(positions.every((n) => n > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // A section left empty says so rather than vanishing; parents' views are not asked for when they were not invited.
    expect(p[p.indexOf('Legal status, orders and hearings') + 1]).toBe(NOT_RECORDED);
    expect(p).not.toContain('Views and contributions of the parents');
    expect(p).toContain('Permanence options: Adoption / Early Permanence; parallel: Special Guardianship');
    expect(p).toContain('Next meeting:\t18/02/2027');
    const keyDates = doc.tables.find((t) => t[0]!.join('|') === 'What|Date')!;
    expect(keyDates.slice(1)).toEqual([
      ['Issues resolution hearing', '12/01/2027'],
      ['Final hearing', 'To be set'],
    ]);
    const smart = doc.tables.find((t) => t[0]![0] === 'Outcome')!;
    expect(smart[0]).toEqual(['Outcome', 'How we will know', 'Actions', 'By whom', 'By when']);
    expect(smart[1]).toEqual(['Rowan is matched', 'Match approved at panel', 'Family finding', 'Adoption team', 'Within 6 weeks by 14th February']);
    // Group headings are Heading 2, their sections Heading 3: the navigation pane shows the record's shape.
    expect(doc.documentXml).toMatch(/w:pStyle w:val="Heading3"/);
  });
});

describe('the Legal Gateway decision record', () => {
  it('gives the papers, the decision and its reasons, the assessments with timescales and the initial plan', async () => {
    const item = minuteItem({
      papersProvided: { genogram: 'received', chronology: 'received', referral: 'received', assessment: 'outstanding' },
      lgpDecision: 'pre_proceedings',
      lgpReasons: 'Neglect continuing despite a child protection plan.',
      assessments: [
        { kind: 'parenting', detail: 'PAMS', dueOn: '2027-01-15' },
        { kind: 'viability', detail: 'Maternal aunt', dueOn: null },
      ],
      planRatified: true,
      raaStage1: false,
    });
    const m = model('lgp', item);
    const doc = readDocx(await buildMinutesDocx(m));
    const p = doc.paragraphs;
    expect(p[1]).toBe('Legal Gateway Panel decision record');
    expect(doc.core.title).toBe('Legal Gateway Panel decision record, Thursday 19 November 2026');
    const papers = doc.tables.find((t) => t[0]!.join('|') === 'Paper|State')!;
    expect(papers.slice(1)).toEqual([
      ['Cultural genogram', 'Received'],
      ['Chronology', 'Received'],
      ['Referral form (with initial permanence plan)', 'Received'],
      ['Most recent Child and Family Assessment', 'Not yet received'],
    ]);
    expect(p).toContain('Decision:\tEnter pre-proceedings (PLO)');
    expect(p[p.indexOf('Reasons for the decision') + 1]).toBe('Neglect continuing despite a child protection plan.');
    const assessments = doc.tables.find((t) => t[0]!.join('|') === 'Assessment|Detail|Due by')!;
    expect(assessments.slice(1)).toEqual([
      ['Parenting assessment (PAMS if required)', 'PAMS', '15/01/2027'],
      ['Viability assessment of connected carers', 'Maternal aunt', 'No date set'],
    ]);
    expect(p).toContain('Permanence plan:\tAdoption / Early Permanence; parallel: Special Guardianship');
    expect(p).toContain('Initial permanence plan ratified: Yes');
    expect(p).toContain('RAA Stage 1 notification needed: No');
    // The plan after 'threshold not met' is asked for only with that decision.
    expect(p).not.toContain('The plan that follows (threshold not met)');
  });

  it('falls back to the papers as booked when the minute-taker never changed them', () => {
    const blocks = itemBlocks({ form: 'lgp', item: minuteItem({}), names: new Map(), bookedPapers: { genogram: 'received', chronology: 'not_needed', referral: 'received', assessment: 'received' } });
    const papers = blocks.find((b) => b.kind === 'table' && b.label === 'Papers provided');
    expect(papers).toMatchObject({ rows: expect.arrayContaining([['Chronology', 'Not needed']]) });
  });
});

describe('taking other children out of an extract’s text', () => {
  const jamie = { id: 1, caseRef: 'WS-1', firstName: 'Jamie', lastName: 'Brown' };
  const tom = { id: 2, caseRef: 'WS-2', firstName: 'Tom', lastName: 'Brown' };
  const zoe = { id: 3, caseRef: 'AB/300', firstName: 'Zoë', lastName: 'Łukasik-Hart' };
  const amber = { id: 4, caseRef: 'WS-4', firstName: 'Amber', lastName: 'Green' };
  const sam = { id: 5, caseRef: 'WS 1005', firstName: 'Sam', lastName: 'O’Brien' };
  const maryJane = { id: 6, caseRef: 'MJ-6', firstName: 'Mary Jane', lastName: 'van der Berg' };
  const oliverA = { id: 7, caseRef: 'OS-7', firstName: 'Oliver', lastName: 'Smith' };
  const oliverB = { id: 8, caseRef: 'OS-8', firstName: 'Oliver', lastName: 'Smith' };
  const index = new ChildNameIndex([jamie, tom, zoe, amber, sam, maryJane, oliverA, oliverB]);
  const forJamie = () => index.redactorFor([jamie], [jamie, tom, zoe, maryJane]);

  it('removes references however typed, and full names from the whole register, in either order', () => {
    const r = forJamie();
    expect(r.redact('Jamie and Tom see Zoë Łukasik-Hart (AB / 300); ws-2 asked. Brown, Tom too. Amber Green, WS-4.')).toBe(
      `Jamie and ${REDACTED} see ${REDACTED}; ${REDACTED} asked. ${REDACTED} too. ${REDACTED}, ${REDACTED}.`,
    );
    expect(r.count).toBe(6);
  });

  it('finds names with apostrophes, several words, accents typed either way, possessives and joined references', () => {
    const r = forJamie();
    expect(r.redact("Sam O'Brien and Sam O’Brien visited; ws1005 and WS 1005’s file.")).toBe(`${REDACTED} and ${REDACTED} visited; ${REDACTED} and ${REDACTED}’s file.`);
    expect(r.redact('Mary Jane van der Berg’s carers; Mary Jane is settled; van der Berg, Mary Jane.')).toBe(`${REDACTED}’s carers; ${REDACTED} is settled; ${REDACTED}.`);
    expect(r.redact('Zoe\u0308 \u0141ukasik-Hart'.normalize('NFD'))).toBe(REDACTED);
    expect(r.redact('Contact for Jamie/Tom; WS-1/WS-2.')).toBe(`Contact for Jamie/${REDACTED}; WS-1/${REDACTED}.`);
    expect(r.redact('Tom’s view')).toBe(`${REDACTED}’s view`);
  });

  it('leaves this child’s own names, surnames alone, ordinary words, and first names of children nowhere near the extract', () => {
    const r = forJamie();
    const text = 'Mr Brown visited Jamie Brown (WS-1). Tomorrow the rating stays Amber; tom-toms in music therapy; Sam helped.';
    expect(r.redact(text)).toBe(text);
    expect(r.count).toBe(0);
  });

  it('keeps a name a child of this extract shares with another child', () => {
    const r = index.redactorFor([oliverA], [oliverA, oliverB]);
    expect(r.redact('Oliver Smith (OS-7) is settled; Oliver likes school.')).toBe('Oliver Smith (OS-7) is settled; Oliver likes school.');
    expect(r.redact('See OS-8.')).toBe(`See ${REDACTED}.`);
  });

  it('gives people’s names only the full-name and reference rules: a social worker called Tom stays Tom', () => {
    const r = forJamie();
    expect(r.redactNames('Tom Jones')).toBe('Tom Jones');
    expect(r.redactNames('Tom Brown')).toBe(REDACTED);
    expect(r.redact('Tom Jones')).toBe(`${REDACTED} Jones`);
  });
});
