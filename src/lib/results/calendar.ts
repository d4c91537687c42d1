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

const isDay = (day: string) => /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`));

/** One all-day event on `day`. */
interface DayEvent {
  uid: string;
  day: string;
  summary: string;
  description: string;
  url: string;
}

function eventLines({ uid, day, summary, description, url }: DayEvent, now: Date): string[] {
  const start = new Date(`${day}T00:00:00Z`);
  const next = new Date(start.getTime() + 86_400_000).toISOString().slice(0, 10);
  return [
    'BEGIN:VEVENT',
    `UID:${uid}@customer-service-playbook`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART;VALUE=DATE:${dateValue(day)}`,
    `DTEND;VALUE=DATE:${dateValue(next)}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `URL:${url}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** A whole calendar file: CRLF endings, every line folded. */
function calendar(events: readonly DayEvent[], now: Date, product: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Customer Service Playbook//${product}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap((e) => eventLines(e, now)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

export interface CheckInOptions {
  /** The day of the check-in, YYYY-MM-DD. */
  day: string;
  now: Date;
  /** Absolute address of the results page. */
  resultsUrl: string;
}

/** An .ics file with one all-day event on `day`. */
export function checkInCalendar({ day, now, resultsUrl }: CheckInOptions): string {
  if (!isDay(day)) throw new RangeError(`not a date: ${day}`);
  const event = {
    uid: `check-in-${dateValue(day)}-${stamp(now)}`,
    day,
    summary: 'Customer service check-in',
    description: `Retake the assessments, compare with your last snapshot and choose the next three actions.\nYour results: ${resultsUrl}`,
    url: resultsUrl,
  };
  return calendar([event], now, 'Results');
}

/** What the plan calendar needs of an action. */
export interface DatedAction {
  id: string;
  what: string;
  owner: string;
  due: string;
  note: string;
  status: string;
}

/**
 * An .ics file with one all-day event per action that has a due date and is not
 * done. Each event's UID is the action's id, so importing the file again updates
 * the events instead of doubling them.
 */
export function planCalendar(actions: readonly DatedAction[], now: Date, planUrl: string): string {
  const events = actions
    .filter((a) => isDay(a.due) && a.status !== 'done')
    .map((a) => ({
      uid: `plan-${a.id}`,
      day: a.due,
      summary: `Due: ${a.what}`,
      description: [a.owner && `Owner: ${a.owner}`, a.note, `Your plan: ${planUrl}`].filter(Boolean).join('\n'),
      url: planUrl,
    }));
  return calendar(events, now, 'Action plan');
}
