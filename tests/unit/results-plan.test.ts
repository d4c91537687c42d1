/** The kept action plan: its document, its changes, and its CSV, Markdown and .ics exports read back by real parsers. */
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { csvCell, nextSteps, planCsv, planMarkdown } from '~/lib/results/action-plan';
import { planCalendar } from '~/lib/results/calendar';
import {
  EMPTY_PLAN,
  actionFor,
  mergePlans,
  parsePlan,
  readPlan,
  serializePlan,
  withAction,
  withActionEdit,
  withoutAction,
  type Plan,
} from '~/lib/results/plan';
import { EMPTY_ANSWERS } from '~/lib/answers';
import { MAX_ACTIONS } from '~/lib/limits';
import { outline } from '~/lib/results/manifest';
import { priorities } from '~/lib/results/priorities';
import { readSnapshotList, takeSnapshot } from '~/lib/results/snapshots';
import { rateAll, realManifest } from './support/results-manifest';

const now = new Date('2026-12-02T10:00:00Z');
const later = new Date('2026-12-03T09:00:00Z');

function samplePlan(): Plan {
  let plan = withAction(
    EMPTY_PLAN,
    { what: 'Name an owner for each kind of customer', sourceId: 'cus-a', href: '/frameworks/cus/' },
    now,
  );
  plan = withAction(plan, { what: '=SUM(A1) looks like a formula, "quoted", with a, comma' }, now);
  plan = withAction(plan, { what: 'Already done' }, now);
  const [a, b, c] = plan.actions.map((x) => x.id);
  plan = withActionEdit(
    plan,
    a!,
    { owner: 'Sam', due: '2027-01-15', status: 'doing', note: 'Start with the shop;\nthen the phone line' },
    later,
  );
  plan = withActionEdit(plan, b!, { due: '2027-02-01' }, later);
  return withActionEdit(plan, c!, { due: '2027-01-20', status: 'done' }, later);
}

describe('the plan document', () => {
  test('a new action starts as “to do” with no owner or date, and ids never clash', () => {
    const plan = samplePlan();
    expect(new Set(plan.actions.map((a) => a.id)).size).toBe(3);
    const fresh = withAction(EMPTY_PLAN, { what: 'Call back within a day' }, now).actions[0]!;
    expect(fresh).toMatchObject({ status: 'todo', owner: '', due: '', note: '' });
  });

  test('edits are kept within what the reader accepts, and the stored text reads back the same', () => {
    const plan = samplePlan();
    const id = plan.actions[0]!.id;
    const edited = withActionEdit(
      plan,
      id,
      { owner: 'x'.repeat(500), due: 'next Tuesday', status: 'later' as never, what: '   ', note: 'ok ' },
      later,
    );
    const action = edited.actions[0]!;
    expect(action.owner).toHaveLength(120);
    expect(action.due).toBe('2027-01-15'); // a bad date changes nothing
    expect(action.status).toBe('doing');
    expect(action.what).toBe(plan.actions[0]!.what); // an empty "what" is ignored
    expect(action.note).toBe('ok '); // a trailing space typed while editing stays
    expect(parsePlan(serializePlan(edited))).toEqual({ ok: true, plan: edited });
  });

  test('text cut at a limit never ends in half a character, so an export holds what the page shows', () => {
    const emoji = '😀'; // two UTF-16 code units
    let plan = withAction(EMPTY_PLAN, { what: `${'w'.repeat(499)}${emoji}` }, now);
    const id = plan.actions[0]!.id;
    plan = withActionEdit(
      plan,
      id,
      { owner: `${'o'.repeat(119)}${emoji}`, note: `${'n'.repeat(1999)}${emoji}` },
      later,
    );
    const { what, owner, note } = plan.actions[0]!;
    expect([what, owner, note]).toEqual(['w'.repeat(499), 'o'.repeat(119), 'n'.repeat(1999)]);
    const utf8 = (text: string) => new TextDecoder().decode(new TextEncoder().encode(text));
    expect(utf8(serializePlan(plan))).toBe(serializePlan(plan));
  });

  test('an action can be found by the statement it came from, and removed', () => {
    const plan = samplePlan();
    expect(actionFor(plan, 'cus-a')?.owner).toBe('Sam');
    expect(actionFor(withoutAction(plan, plan.actions[0]!.id), 'cus-a')).toBeUndefined();
  });

  test('an added action keeps its text but drops a source id or link the reader would refuse', () => {
    const tooLong = `a${'-b'.repeat(60)}`; // 121 characters: one past the longest permanent id
    for (const [sourceId, href] of [
      [tooLong, 'frameworks/cus/'],
      ['Not An Id', '/a page'],
      ['cus-a', `/${'p'.repeat(500)}`],
    ]) {
      const plan = withAction(EMPTY_PLAN, { what: 'Call back within a day', sourceId, href }, now);
      expect(plan.actions).toHaveLength(1);
      expect(plan.actions[0]!.what).toBe('Call back within a day');
      expect(plan.actions[0]!.sourceId).toBe(sourceId === 'cus-a' ? 'cus-a' : undefined);
      expect(plan.actions[0]!.href).toBeUndefined();
      expect(parsePlan(serializePlan(plan))).toEqual({ ok: true, plan });
    }
    const kept = withAction(EMPTY_PLAN, { what: 'x', sourceId: 'cus-a', href: '/frameworks/cus/#who' }, now);
    expect(kept.actions[0]).toMatchObject({ sourceId: 'cus-a', href: '/frameworks/cus/#who' });
  });

  test('a full plan takes no more, so the stored document stays readable', () => {
    let plan = EMPTY_PLAN;
    for (let i = 0; i < MAX_ACTIONS + 3; i++) plan = withAction(plan, { what: `Action ${i}` }, now);
    expect(plan.actions).toHaveLength(MAX_ACTIONS);
    expect(readPlan(JSON.parse(serializePlan(plan))).ok).toBe(true);
  });

  test('damaged, newer and hostile plans are refused with a sentence', () => {
    expect(parsePlan('{')).toMatchObject({ ok: false, message: expect.stringContaining('not JSON') });
    expect(readPlan({ version: 2, actions: [] })).toMatchObject({
      ok: false,
      message: expect.stringContaining('newer'),
    });
    const bad = { version: 1, actions: [{ ...samplePlan().actions[0], status: 'maybe' }] };
    expect(readPlan(bad)).toMatchObject({ ok: false, message: expect.stringContaining('actions.0.status') });
    const offsite = { version: 1, actions: [{ ...samplePlan().actions[0], href: 'https://evil.example/' }] };
    expect(readPlan(offsite).ok).toBe(false);
  });

  test('merging keeps both plans, the incoming copy of the same action winning', () => {
    const base = samplePlan();
    const incoming = withActionEdit(base, base.actions[0]!.id, { owner: 'Ali' }, later);
    const merged = mergePlans(base, withAction(incoming, { what: 'New one' }, later));
    expect(merged.actions).toHaveLength(4);
    expect(merged.actions[0]!.owner).toBe('Ali');
  });
});

describe('next steps on the first screen', () => {
  test('the first three priorities in the order priorities.ts ranks them, each with its link', () => {
    const manifest = realManifest();
    const ranked = priorities(manifest, rateAll(manifest, { 'purpose-staff': 1, 'cus-identify': 2 }));
    const steps = nextSteps(ranked);
    const expected = [...ranked.statements.map((s) => s.id), ...ranked.actions.map((a) => a.id)].slice(0, 3);
    expect(steps.map((s) => s.id)).toEqual(expected);
    expect(steps.every((s) => s.helpHref.startsWith('/'))).toBe(true);
  });
});

describe('plan exports', () => {
  test('CSV parses back to one row per action, with formulas defused and absolute links', () => {
    const plan = samplePlan();
    const csv = planCsv(plan, 'https://example.org');
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['Action', 'Owner', 'Due date', 'Status', 'Note', 'Link']);
    expect(parsed.data).toHaveLength(plan.actions.length);
    expect(parsed.data[0]).toMatchObject({
      Owner: 'Sam',
      'Due date': '2027-01-15',
      Status: 'Doing',
      Link: 'https://example.org/frameworks/cus/',
    });
    expect(parsed.data[0]!.Note).toBe('Start with the shop;\nthen the phone line');
    expect(parsed.data[1]!.Action).toBe(`'${plan.actions[1]!.what}`);
    expect(csvCell('@cmd')).toBe(`"'@cmd"`);
  });

  test('Markdown is a table with a row per action, pipes escaped', () => {
    const plan = withAction(EMPTY_PLAN, { what: 'Use a | pipe' }, now);
    const md = planMarkdown(plan, 'https://example.org', now);
    expect(md).toContain('| Action | Owner | Due date | Status | Note | Link |');
    expect(md).toContain('| Use a \\| pipe |  |  | To do |  |  |');
    expect(planMarkdown(EMPTY_PLAN, 'https://example.org', now)).toContain('No actions yet');
  });

  test('.ics parses to one all-day event per open action with a due date, its id as UID', () => {
    const plan = samplePlan();
    const text = planCalendar(plan.actions, now, 'https://example.org/results/#priorities-and-plan');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const open = plan.actions.filter((a) => a.due && a.status !== 'done');
    expect(events.map((e) => e.uid)).toEqual(open.map((a) => `plan-${a.id}@customer-service-playbook`));
    expect(events[0]!.summary).toBe(`Due: ${plan.actions[0]!.what}`);
    expect(events[0]!.startDate.isDate).toBe(true);
    expect(events[0]!.startDate.toString()).toBe('2027-01-15');
    expect(events[0]!.description).toBe(
      'Owner: Sam\nStart with the shop;\nthen the phone line\nYour plan: https://example.org/results/#priorities-and-plan',
    );
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });
});

describe('the plan in snapshots', () => {
  test('a snapshot keeps the plan as it was and reads back through the snapshot reader', () => {
    const manifest = realManifest();
    const plan = samplePlan();
    const snapshot = takeSnapshot(outline(manifest), EMPTY_ANSWERS, now, 'With a plan', plan);
    const read = readSnapshotList(JSON.parse(JSON.stringify([snapshot])), 'The snapshots');
    expect(read).toEqual({ ok: true, snapshots: [snapshot] });
    expect(takeSnapshot(outline(manifest), EMPTY_ANSWERS, now, '', EMPTY_PLAN)).not.toHaveProperty('plan');
    const damaged = [{ ...snapshot, plan: { version: 1, actions: [{ id: 'x' }] } }];
    expect(readSnapshotList(damaged, 'The snapshots')).toMatchObject({
      ok: false,
      message: expect.stringContaining('0.plan'),
    });
  });
});
