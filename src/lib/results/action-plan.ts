/**
 * From priorities to a plan a team keeps: the top priorities the results page leads
 * with, and the plan as CSV and Markdown. The plan document itself is ./plan.ts.
 */
import { STATUS_LABELS, type Plan, type PlanAction } from './plan';
import type { Priorities } from './priorities';

/** One thing to do next, whichever kind of priority it came from. */
export interface NextStep {
  id: string;
  /** What to do, as it goes into the plan. */
  what: string;
  /** Why it is here, in a few words. */
  why: string;
  helpHref: string;
  frameworkTitle: string;
}

/**
 * The first `count` priorities in the order priorities.ts ranks them: weak
 * statements first, then important actions not yet done.
 */
export function nextSteps(priorities: Priorities, count = 3): NextStep[] {
  return [
    ...priorities.statements.map((s) => ({
      id: s.id,
      what: s.text,
      why: `${s.dimensionTitle}: “${s.ratingLabel.toLowerCase()}”, target “${s.targetLabel.toLowerCase()}”`,
      helpHref: s.helpHref,
      frameworkTitle: s.frameworkTitle,
    })),
    ...priorities.actions.map((a) => ({
      id: a.id,
      what: a.text,
      why: `${a.checklistTitle}: important, not done`,
      helpHref: a.helpHref,
      frameworkTitle: a.frameworkTitle,
    })),
  ].slice(0, count);
}

const HEADERS = ['Action', 'Owner', 'Due date', 'Status', 'Note', 'Link'] as const;

/** One action's cells; `origin` makes its link absolute (e.g. https://example.org). */
function cells(a: PlanAction, origin: string): string[] {
  return [a.what, a.owner, a.due, STATUS_LABELS[a.status], a.note, a.href ? new URL(a.href, origin).href : ''];
}

/**
 * One CSV cell. A cell that a spreadsheet would read as a formula (starting with
 * = + - @, a tab or a carriage return) gets a leading apostrophe, as OWASP advises;
 * every cell is quoted and its quotes doubled.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** RFC 4180 CSV with a header row and CRLF line endings. */
export function planCsv(plan: Plan, origin: string): string {
  const rows = [[...HEADERS], ...plan.actions.map((a) => cells(a, origin))];
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const mdCell = (value: string) =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');

/** A Markdown document: a heading, the date, and a table of every action. */
export function planMarkdown(plan: Plan, origin: string, now: Date): string {
  const lines = [
    '# Customer service action plan',
    '',
    `Made on ${now.toISOString().slice(0, 10)} from your plan in the Customer Service Playbook.`,
    '',
  ];
  if (plan.actions.length === 0) lines.push('No actions yet: add some from your priorities.');
  else {
    lines.push(`| ${HEADERS.join(' | ')} |`, `| ${HEADERS.map(() => '---').join(' | ')} |`);
    for (const a of plan.actions) {
      const [what, owner, due, status, note, link] = cells(a, origin).map(mdCell);
      lines.push(`| ${what} | ${owner} | ${due} | ${status} | ${note} | ${link ? `[How to](${link})` : ''} |`);
    }
  }
  return lines.join('\n') + '\n';
}
