/**
 * The action plan: the priorities as rows a team can own, as Markdown and CSV.
 * Owner and due date are left blank for the team to fill in.
 */
import type { Priorities } from './priorities';

export interface PlanRow {
  action: string;
  framework: string;
  /** Why it is on the plan. */
  why: string;
  /** Absolute link to where it is explained. */
  link: string;
  owner: string;
  due: string;
}

/** One row per priority: weak statements first, then actions. `origin` makes links absolute (e.g. https://example.org). */
export function planRows(priorities: Priorities, origin: string): PlanRow[] {
  const absolute = (href: string) => new URL(href, origin).href;
  return [
    ...priorities.statements.map((s) => ({
      action: `Improve: ${s.text}`,
      framework: s.frameworkTitle,
      why: `You answered “${s.ratingLabel}”; your target is “${s.targetLabel}” (${s.dimensionTitle}).`,
      link: absolute(s.helpHref),
      owner: '',
      due: '',
    })),
    ...priorities.actions.map((a) => ({
      action: a.text,
      framework: a.frameworkTitle,
      why: `High-priority action not yet done (${a.checklistTitle}).`,
      link: absolute(a.helpHref),
      owner: '',
      due: '',
    })),
  ];
}

const HEADERS = ['Action', 'Framework', 'Owner', 'Due date', 'Why', 'Link'] as const;
const cells = (r: PlanRow) => [r.action, r.framework, r.owner, r.due, r.why, r.link];

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
export function planCsv(rows: readonly PlanRow[]): string {
  return [HEADERS, ...rows.map(cells)].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const mdCell = (value: string) =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');

/** A Markdown document: a heading, the date, and a table with blank owner and due date. */
export function planMarkdown(rows: readonly PlanRow[], now: Date): string {
  const lines = [
    '# Customer service action plan',
    '',
    `Made on ${now.toISOString().slice(0, 10)} from your answers in the Customer Service Playbook. Fill in an owner and a due date for each action.`,
    '',
  ];
  if (rows.length === 0) lines.push('No priorities yet: answer some assessments first.');
  else {
    lines.push(`| ${HEADERS.join(' | ')} |`, `| ${HEADERS.map(() => '---').join(' | ')} |`);
    for (const r of rows) {
      const [action, framework, owner, due, why, link] = cells(r).map(mdCell);
      lines.push(`| ${action} | ${framework} | ${owner} | ${due} | ${why} | [How to](${link}) |`);
    }
  }
  return lines.join('\n') + '\n';
}
