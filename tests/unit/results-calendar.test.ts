/** The next check-in reminder: a valid RFC 5545 file. */
import { describe, expect, test } from 'vitest';
import { checkInCalendar, daysFrom, escapeText, foldLine } from '~/lib/results/calendar';

describe('the check-in reminder', () => {
  const ics = checkInCalendar({
    day: '2027-02-20',
    now: new Date('2026-11-22T10:04:05.678Z'),
    resultsUrl: 'https://example.org/playbook/results/',
  });

  test('is one all-day event with the required properties', () => {
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(lines).toContain('DTSTART;VALUE=DATE:20270220');
    expect(lines).toContain('DTEND;VALUE=DATE:20270221');
    expect(lines).toContain('DTSTAMP:20261122T100405Z');
    expect(lines.some((l) => /^UID:.+@/.test(l))).toBe(true);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  test('uses CRLF line endings only, and no line is longer than 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  test('unfolds to the description with the link to the results', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('DESCRIPTION:Retake the assessments\\, compare');
    expect(unfolded).toContain('\\nYour results: https://example.org/playbook/results/');
  });

  test('refuses a date that is not one', () => {
    expect(() => checkInCalendar({ day: '20 Feb', now: new Date(), resultsUrl: 'https://x.org/' })).toThrow(RangeError);
  });
});

describe('helpers', () => {
  test('escapes text values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
  test('folds long lines without splitting a character', () => {
    const folded = foldLine(`SUMMARY:${'é'.repeat(80)}`);
    const parts = folded.split('\r\n ');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.join('')).toBe(`SUMMARY:${'é'.repeat(80)}`);
  });
  test('90 days from a date, in local time', () => {
    expect(daysFrom(new Date(2026, 10, 22), 90)).toBe('2027-02-20');
  });
});
