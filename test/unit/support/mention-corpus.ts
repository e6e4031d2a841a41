import type { NamedChild } from '../../../electron/core/export/minutes/redact';
import { isEverydayWord } from '../../../electron/core/export/mentions/everyday-words';
import { slipsAllowed, slipsBetween } from '../../../electron/core/export/mentions/spelling';
import { bare } from '../../../electron/core/export/minutes/words';
import { prng, type Prng } from '../../bench/dataset/prng';

/*
 * A made-up register and the minutes typed about it, with mentions of other children
 * planted where the generator knows exactly what and where they are, among sentences
 * full of what must not be taken for a child: everyday words that are also names, staff
 * by name, titles and surnames of adults, places, dates, the panel room's capitals.
 */

const FIRST_NAMES = [
  'Amara', 'Chloe', 'Dylan', 'Ella', 'Finn', 'Harvey', 'Isla', 'Jayden', 'Kiera', 'Leo', 'Maya', 'Noah', 'Olivia', 'Priya', 'Quinn', 'Sami', 'Tyler',
  'Uma', 'Vinnie', 'Xander', 'Yasmin', 'Zac', 'Aisha', 'Callum', 'Ezra', 'Freya', 'Gabriel', 'Hollie', 'Imran', 'Kai', 'Lacey', 'Nadia', 'Oscar',
  'Reuben', 'Sienna', 'Theo', 'Amelia', 'Bilal', 'Cerys', 'Declan', 'Esme', 'Fraser', 'Georgia', 'Hamza', 'Kayla', 'Logan', 'Millie', 'Nathan',
  'Aaliyah', 'Bethany', 'Connor', 'Demi', 'Ethan', 'Fatima', 'Harrison', 'Isabella', 'Jenson', 'Kacper', 'Layla', 'Mohammed', 'Niamh', 'Ollie',
  'Phoebe', 'Rhys', 'Sofia', 'Tiana', 'Alfie', 'Brooke', 'Caleb', 'Darcey', 'Evie', 'Francesca', 'Harley', 'Iqra', 'Jacob', 'Kobe', 'Lexi',
  'Madison', 'Nevaeh', 'Ophelia', 'Riley', 'Scarlett', 'Tommy', 'Valentina', 'Wiktoria', 'Yusuf', 'Zara', 'Archie', 'Bradley', 'Charlie',
  'Zoë', 'Chloé', 'Mary Jane', 'Anna-Maria', 'Siobhán', 'Oluwaseun', 'Chukwuemeka', 'Przemysław',
  // Everyday words that are also children's names.
  'Will', 'May', 'Rose', 'Amber', 'Grace', 'Hope', 'Holly', 'Ruby', 'Jack', 'Summer', 'Sky', 'Faith', 'Joy', 'Lily', 'Poppy', 'Daisy', 'Ivy',
  'Robin', 'Hunter', 'Mason', 'Autumn', 'Willow', 'Pearl', 'Jade', 'Max', 'Bob',
];

const SURNAME_STARTS = ['Example', 'Sample', 'Mock', 'Fiction', 'Pretend', 'Dummy', 'Story', 'Invent', 'Fable', 'Imagin', 'Dream', 'Yarn', 'Pseudo', 'Sketch', 'Whimsy', 'Figment', 'Mythic', 'Token', 'Draft', 'Fancy'];
const SURNAME_ENDS = ['field', 'ton', 'brook', 'ley', 'wood', 'shaw', 'ham', 'fold', 'by', 'holme', 'vale', 'wick', 'ster', 'worth', 'combe', 'ford', 'cott', 'bury'];
/** Surnames that are everyday words, and a few of several parts, apostrophes and accents. */
const OTHER_SURNAMES = [
  'Brown', 'Green', 'White', 'Wood', 'Hill', 'King', 'Cook', 'Baker', 'Walker', 'Young', 'Bell', 'Turner', 'Page', 'Price', 'Rose', 'Lamb', 'Fox', 'Stone',
  'Marsh', 'Frost', 'Hunt', 'Lane', 'Bishop', 'Mason', "O'Fableton", 'O’Mockley', 'van der Sampleberg', 'Smith-Storyvale', 'Łukasik-Hart', 'Nowakowska',
  'Okonkwo-Madeup', 'Dreamcott-Jones', 'Müller-Fable', 'Nguyen-Pretend', 'Achterberg', 'Oyelaran', 'Kowalczyk', 'Fitzwhimsy', 'Mackintoken',
];

/** Staff: some share first names with children ('Priya', 'Sam'), as they do in any council. */
const STAFF = [
  'Sam Social', 'Priya Carewell', 'Chris Reviewer', 'Alex Courtley', 'Jo Permanton', 'Kim Fosterby', 'Lee Adoptwell', 'Hana Head', 'Dee Worker',
  'Tom Teamley', 'Georgia Guardian', 'Callum Counsel', 'Maya Minuteman', 'Ruby Progressley', 'Nadia Nursewell', 'Oscar Ofield', 'Bea Agenda',
  'Harriet Hallam', 'Martin Marshfield', 'Fiona Fairweather', 'Owen Oldcastle', 'Rachel Rathbone', 'Kwame Kingsley', 'Lorna Lockwood',
];

const PLACES = ['Mockfield Primary School', 'Storyvale Academy', 'Fablewick Family Centre', 'Yarnbury High School', 'Dreamcott Road', 'Rose Cottage', 'Hope Street', 'Grace Academy', 'Sampleton Children’s Centre'];

/** What minutes say that names no child, with the panel room's capitals and everyday words that are also names. */
const FILLER = [
  'The Family Group Conference is booked for 14 May.',
  'The Virtual School Head attended and the PEP was reviewed.',
  'CAMHS have accepted the referral and the first appointment is in June.',
  'The Care Order was made in April and the plan is long-term fostering.',
  'Legal advised that the threshold criteria are met.',
  'The Children’s Guardian supports the plan.',
  'The IRO is concerned about drift and asked for the assessment to be completed.',
  'Final evidence is due on 22/11/2026 and the Issues Resolution Hearing is listed for 03/12/2026.',
  'The Permanence Panel endorsed Special Guardianship as the primary plan.',
  'Family time takes place twice a week at {PLACE}.',
  'The Section 20 agreement was reviewed and mother continues to consent.',
  'The placement is stable and the supervising social worker visits monthly.',
  'Hair strand test results are awaited.',
  'The life-story book has been started with the carers.',
  'An EHCP review is due in the autumn term.',
  'The RAA Stage 1 notification was sent last week.',
  'Ofsted visited the children’s home in March.',
  'The PLO letter was sent on 02/10/2026 and the pre-proceedings meeting was held.',
  'The next Child in Care review is on Monday 7 December.',
];

const LOOK_ALIKES = [
  'Will the social worker confirm the date of the next visit?',
  'The plan will be reviewed in May.',
  'May we have the report before the hearing?',
  'Contact rose to twice weekly after the review.',
  'The rating remains Amber until the assessment is filed.',
  'The plan moved from Red to Amber at the last panel.',
  'There is real hope that the placement will last.',
  'The panel gave the family a grace period of two weeks.',
  'Mark the hearing date in the diary.',
  'Amber rating agreed: some delay.',
  'Green: the plan is on track.',
  'The carers have a holly bush and a poppy field behind the house.',
  'Jack up the support plan if the placement wobbles.',
  'Summer holidays will include a week away with the carers.',
  'The sky was the limit for the birthday party.',
  'He has faith in the new school.',
  'She finds joy in painting and daisy chains.',
  'Hope is that the Issues Resolution Hearing narrows the issues.',
  'The ivy on the house was cut back.',
  'A robin visits the garden every morning.',
  'The ruby anniversary party is in August.',
  'Max contact is once a month.',
  'Ms Stonefield, the foster carer, attended with her husband.',
  'Dr Patel reviewed the medication.',
];

export type PlantForm =
  | 'first name'
  | 'first name at the start of a sentence'
  | 'surname'
  | 'full name'
  | 'misspelt, one slip'
  | 'misspelt, two slips'
  | 'full name, surname misspelt'
  | 'reference, spaced or punctuated'
  | 'possessive'
  | 'typed in lower case'
  | 'name that is an everyday word';

export interface Planted {
  start: number;
  end: number;
  form: PlantForm;
  childId: number;
  phrase: string;
}

export interface CorpusText {
  own: NamedChild[];
  /** Siblings of the extract's children (their names stay, the council's default). */
  siblings: NamedChild[];
  /** The other children on the meeting: their first names alone are taken out without asking. */
  meeting: NamedChild[];
  text: string;
  planted: Planted[];
}

export interface Corpus {
  register: NamedChild[];
  siblingGroups: Map<number, number>;
  staff: readonly string[];
  texts: CorpusText[];
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('en-GB') + s.slice(1);
const firstWord = (s: string) => s.split(/[\s-]/u)[0]!;

/** One slip: a letter dropped, added, changed or two swapped. */
function slip(rnd: Prng, word: string): string {
  const letters = 'aeioulnrstmhcdy';
  const i = rnd.int(1, word.length - 1);
  switch (rnd.int(0, 3)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + rnd.pick([...letters]) + word.slice(i);
    case 2:
      return word.slice(0, i) + rnd.pick([...letters].filter((l) => l !== word[i]!.toLowerCase())) + word.slice(i + 1);
    default:
      return i + 1 < word.length ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word.slice(0, i) + word.slice(i + 1);
  }
}

export function generateCorpus(seed: number, size: { children: number; texts: number }): Corpus {
  const rnd = prng(seed);
  const register: NamedChild[] = [];
  const siblingGroups = new Map<number, number>();
  let group = 0;
  while (register.length < size.children) {
    const lastName = rnd.chance(0.2) ? rnd.pick(OTHER_SURNAMES) : rnd.pick(SURNAME_STARTS) + rnd.pick(SURNAME_ENDS);
    const family = rnd.chance(0.25) ? rnd.int(2, 3) : 1;
    group++;
    for (let k = 0; k < family && register.length < size.children; k++) {
      const id = register.length + 1;
      register.push({ id, caseRef: `WS-${70000 + id * 7}`, firstName: rnd.pick(FIRST_NAMES), lastName });
      if (family > 1) siblingGroups.set(id, group);
    }
  }
  const siblingsOf = (c: NamedChild) => (siblingGroups.has(c.id) ? register.filter((o) => o.id !== c.id && siblingGroups.get(o.id) === siblingGroups.get(c.id)) : []);

  const texts: CorpusText[] = [];
  for (let t = 0; t < size.texts; t++) {
    const own = rnd.pick(register);
    const siblings = siblingsOf(own);
    const meeting = Array.from({ length: 8 }, () => rnd.pick(register)).filter((c) => c.id !== own.id && !siblings.includes(c));
    const kept = [own, ...siblings];
    const keptWords = new Set(kept.flatMap((c) => `${c.firstName} ${c.lastName}`.split(/[\s-]/u).map(bare)));
    const tooCloseToKept = (w: string) => [...keptWords].some((k) => k.length >= 4 && slipsBetween(bare(w), k) <= slipsAllowed(k.length));
    const ownFirst = firstWord(own.firstName);
    const staff = rnd.pick(STAFF);
    const sentences: { text: string; planted?: { phrase: string; form: PlantForm; childId: number } }[] = [];
    const add = (text: string) => sentences.push({ text: text.replace('{PLACE}', rnd.pick(PLACES)) });

    add(`${ownFirst} is settled with the carers and attends school every day.`);
    if (siblings.length) add(`Contact with ${firstWord(siblings[0]!.firstName)} is weekly and goes well.`);
    add(rnd.chance(0.5) ? `${staff} will complete the assessment by 14/01/2027.` : `The IRO, ${staff}, agreed with the plan.`);
    if (rnd.chance(0.15)) add(`${firstWord(staff)} to book the review with the family.`);
    const fillers = rnd.int(3, 6);
    for (let k = 0; k < fillers; k++) add(rnd.pick(FILLER));
    const lookAlikes = rnd.int(1, 3);
    for (let k = 0; k < lookAlikes; k++) add(rnd.pick(LOOK_ALIKES));
    add(`${ownFirst}’s views were shared by the advocate.`);

    const plants = rnd.int(0, 3);
    for (let k = 0; k < plants; k++) {
      const planted = plant(rnd, register, kept, keptWords, tooCloseToKept, ownFirst);
      if (planted) sentences.splice(rnd.int(1, sentences.length), 0, planted);
    }

    let text = '';
    const found: Planted[] = [];
    for (const s of sentences) {
      if (text) text += rnd.chance(0.15) ? '\n\n' : ' ';
      if (s.planted) {
        const at = s.text.indexOf('{X}');
        const start = text.length + at;
        found.push({ start, end: start + s.planted.phrase.length, form: s.planted.form, childId: s.planted.childId, phrase: s.planted.phrase });
        text += s.text.replace('{X}', s.planted.phrase);
      } else text += s.text;
    }
    texts.push({ own: [own], siblings, meeting, text, planted: found });
  }
  return { register, siblingGroups, staff: STAFF, texts };
}

/** A sentence about another child, the mention in one of the forms minutes use. */
function plant(rnd: Prng, register: readonly NamedChild[], kept: readonly NamedChild[], keptWords: Set<string>, tooCloseToKept: (w: string) => boolean, ownFirst: string) {
  for (let tries = 0; tries < 50; tries++) {
    const other = rnd.pick(register);
    if (kept.some((c) => c.id === other.id)) continue;
    const first = firstWord(other.firstName);
    const last = other.lastName;
    const lastWord = last.split(/[\s-]/u).pop()!;
    const everydayFirst = isEverydayWord(bare(first));
    const form = rnd.pick<PlantForm>([
      'first name', 'first name at the start of a sentence', 'surname', 'full name', 'misspelt, one slip', 'misspelt, two slips',
      'full name, surname misspelt', 'reference, spaced or punctuated', 'possessive', 'typed in lower case', 'name that is an everyday word',
    ]);
    // A name this extract's own child (or kept sibling) also has reads as them: it cannot be planted as someone else.
    if (keptWords.has(bare(first)) && form !== 'surname' && form !== 'reference, spaced or punctuated' && form !== 'full name') continue;
    const sentence = (text: string, phrase: string) => ({ text, planted: { phrase, form, childId: other.id } });
    switch (form) {
      case 'first name':
        if (everydayFirst) continue;
        return sentence(rnd.pick([`${ownFirst} asked after {X} at school.`, 'Contact with {X} was discussed at length.', 'The carers also look after {X} at weekends.']), first);
      case 'first name at the start of a sentence':
        if (everydayFirst) continue;
        return sentence(rnd.pick([`{X} asked after ${ownFirst} at school.`, '{X} said she misses the old placement.', '{X} and the carers went to the seaside.']), first);
      case 'surname':
        if (keptWords.has(bare(lastWord)) || isEverydayWord(bare(lastWord))) continue;
        return sentence(rnd.pick(['Contact with the {X} family was discussed.', 'The {X} children were placed in the same street.']), last);
      case 'full name':
        return sentence(rnd.pick(['{X} was also mentioned.', 'The carers look after {X} too.']), `${other.firstName} ${last}`);
      case 'misspelt, one slip':
      case 'misspelt, two slips': {
        const two = form === 'misspelt, two slips';
        const target = rnd.chance(0.5) ? first : lastWord;
        if (target.length < (two ? 7 : 4) || /[^\p{L}]/u.test(target)) continue;
        let wrong = slip(rnd, target);
        if (two) wrong = slip(rnd, wrong);
        const edits = slipsBetween(bare(wrong), bare(target));
        if (edits !== (two ? 2 : 1) || isEverydayWord(bare(wrong)) || tooCloseToKept(wrong)) continue;
        return sentence(rnd.pick(['It was noted that {X} had moved placement.', `${ownFirst} plays football with {X}.`]), capitalise(wrong));
      }
      case 'full name, surname misspelt': {
        if (lastWord.length < 4 || /[^\p{L}]/u.test(lastWord) || other.lastName !== lastWord || everydayFirst) continue;
        const wrong = slip(rnd, lastWord);
        if (slipsBetween(bare(wrong), bare(lastWord)) !== 1 || isEverydayWord(bare(wrong)) || tooCloseToKept(wrong)) continue;
        return sentence(rnd.pick([`${ownFirst} asked after {X} at school.`, '{X} was discussed separately.']), `${first} ${wrong}`);
      }
      case 'reference, spaced or punctuated': {
        const digits = other.caseRef.replace(/\D/gu, '');
        const phrase = rnd.pick([`WS ${digits}`, `ws-${digits}`, `WS/${digits}`, `W S ${digits}`, `WS – ${digits}`, `ws.${digits}`, `WS${digits}`, digits]);
        return sentence(rnd.pick(['See also {X} for the sibling assessment.', 'The half-brother (case {X}) was discussed separately.', 'Ref: {X} holds the chronology.']), phrase);
      }
      case 'possessive':
        if (everydayFirst) continue;
        return sentence(rnd.pick(['{X} foster carer attended.', `${ownFirst} stayed at {X} house.`]), `${first}${rnd.pick(['’s', "'s"])}`);
      case 'typed in lower case':
        if (everydayFirst || first.length < 3) continue;
        return sentence(rnd.pick(['contact with {X} was discussed.', `${ownFirst} and {X} share a bedroom.`]), first.toLocaleLowerCase('en-GB'));
      case 'name that is an everyday word':
        if (!everydayFirst) continue;
        return sentence(rnd.pick(['{X} said he misses his brother.', `${ownFirst} spent the weekend with {X} and the carers.`, 'The carers also look after {X} at weekends.']), first);
    }
  }
  return undefined;
}
