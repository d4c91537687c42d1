/**
 * The "next check-in" reminder: one all-day event as an iCalendar file (RFC 5545):
 * CRLF line endings, lines folded at 75 octets, text values escaped.
 */

export const CHECK_IN_DAYS = 90;

/** The date `days` after `from`, as YYYY-MM-DD in local time. */
export function daysFrom(from: Date, days: number): string {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line so no line is longer than 75 octets (RFC 5545 §3.1), never splitting a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const bytes = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const stamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const dateValue = (day: string) => day.replace(/-/g, '');

export interface CheckInOptions {
  /** The day of the check-in, YYYY-MM-DD. */
  day: string;
  now: Date;
  /** Absolute address of the results page. */
  resultsUrl: string;
}

/** An .ics file with one all-day event on `day`. */
export function checkInCalendar({ day, now, resultsUrl }: CheckInOptions): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`)))
    throw new RangeError(`not a date: ${day}`);
  const start = new Date(`${day}T00:00:00Z`);
  const next = new Date(start.getTime() + 86_400_000).toISOString().slice(0, 10);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Customer Service Playbook//Results//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:check-in-${dateValue(day)}-${stamp(now)}@customer-service-playbook`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART;VALUE=DATE:${dateValue(day)}`,
    `DTEND;VALUE=DATE:${dateValue(next)}`,
    `SUMMARY:${escapeText('Customer service check-in')}`,
    `DESCRIPTION:${escapeText(`Retake the assessments, compare with your last snapshot and choose the next three actions.\nYour results: ${resultsUrl}`)}`,
    `URL:${resultsUrl}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
