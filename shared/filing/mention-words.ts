/** "1 possible mention", "3 possible mentions": the words the checklist, the review and the draft extract share. */
export function mentionWords(count: number): string {
  return `${count.toLocaleString('en-GB')} possible ${count === 1 ? 'mention' : 'mentions'}`;
}
