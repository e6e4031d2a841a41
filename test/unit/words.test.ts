import { describe, expect, it } from 'vitest';
import { andList, personName, plural } from '../../shared/domain/words';
import { ApiError, NO_ANSWER, toApiError } from '../../renderer/src/api/api-error';

describe('words shared by every page', () => {
  it('counts in words, the number as the UK writes it', () => {
    expect(plural(0, 'child', 'children')).toBe('0 children');
    expect(plural(1, 'child', 'children')).toBe('1 child');
    expect(plural(2, 'child', 'children')).toBe('2 children');
    expect(plural(1204, 'row', 'rows')).toBe('1,204 rows');
  });

  it('names a person by first and last name', () => {
    expect(personName({ firstName: 'Amy', lastName: 'Ashby' })).toBe('Amy Ashby');
  });

  it('joins names into one phrase with "and" before the last', () => {
    expect(andList([])).toBe('');
    expect(andList(['Amy Ashby'])).toBe('Amy Ashby');
    expect(andList(['Amy Ashby', 'Ben Ashby'])).toBe('Amy Ashby and Ben Ashby');
    expect(andList(['Amy Ashby', 'Ben Ashby', 'Cal Ashby'])).toBe('Amy Ashby, Ben Ashby and Cal Ashby');
  });
});

describe('the renderer turns any failure into the core’s error shape in one place', () => {
  it('keeps the core’s own error as it came, sentence and field messages', () => {
    const refused = new ApiError({ code: 'INVALID_INPUT', message: 'Check the date.', fieldErrors: { heldOn: 'Enter a real date.' } });
    expect(toApiError(refused, 'Not saved.')).toBe(refused);
  });

  it('words anything else with the fallback, never a programmer’s message', () => {
    const fault = toApiError(new TypeError('Cannot read properties of undefined'), 'The review could not be removed.');
    expect(fault).toBeInstanceOf(ApiError);
    expect(fault.code).toBe('INTERNAL');
    expect(fault.message).toBe('The review could not be removed.');
    expect(fault.fieldErrors).toEqual({});
    expect(toApiError('a string thrown').message).toBe(NO_ANSWER);
  });
});
