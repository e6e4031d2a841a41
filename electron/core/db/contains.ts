import { sql, type RawBuilder } from 'kysely';

/**
 * A LIKE pattern for "contains this text", with the text's own % and _ taken as
 * letters to look for, not wildcards. Use as the right-hand side of `like`.
 */
export function containsPattern(text: string): RawBuilder<string> {
  return sql<string>`${`%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`} escape '\\'`;
}
