/** Priorities, notes and the action plan (Markdown and CSV). */
import { describe, expect, test } from 'vitest';
import { EMPTY_ANSWERS } from '~/lib/answers';
import { withGoal } from '~/lib/goals';
import { collectNotes, priorities } from '~/lib/results/priorities';
import { rateAll, realManifest } from './support/results-manifest';

const manifest = realManifest();
const at = '2026-11-01T10:00:00.000Z';
const purpose = manifest.frameworks.find((f) => f.id === 'purpose')!;

describe('priorities', () => {
  test('nothing to prioritise without answers', () => {
    expect(priorities(manifest, EMPTY_ANSWERS)).toEqual({ statements: [], actions: [] });
  });

  test('the weakest statements come first, at most five, with help and search links', () => {
    const answers = rateAll(manifest, { 'cus-identify': 4, 'cus-understand': 2, 'purpose-staff': 1 });
    const { statements } = priorities(manifest, answers);
    expect(statements).toHaveLength(5);
    expect(statements.every((s) => s.rating === 1)).toBe(true); // every purpose-staff statement beats the 2s
    expect(statements[0]).toMatchObject({
      frameworkTitle: 'Purpose Centred',
      dimensionTitle: 'Staff',
      ratingLabel: 'Not yet',
      targetLabel: 'Routinely',
      priority: 6,
    });
    expect(statements[0]!.helpHref).toMatch(/^\/frameworks\/purpose-centred\/staff\/#/);
    expect(statements[0]!.searchHref).toMatch(/^\/search\/\?q=/);
  });

  test('statements at the target or above, not applicable or not known are never priorities', () => {
    const answers = rateAll(manifest, {
      'cus-identify': 4,
      'cus-understand': 5,
      'cus-service': 'na',
      'who-first': 'dk',
    });
    expect(priorities(manifest, answers).statements).toEqual([]);
  });

  test('rank by importance × distance to target: a high-importance step outranks a lower level elsewhere', () => {
    let answers = rateAll(manifest, { 'cus-understand': 3, 'purpose-staff': 2 });
    expect(priorities(manifest, answers).statements[0]!.dimensionTitle).toBe('Staff'); // 2 × 2 beats 2 × 1
    answers = withGoal(answers, 'cus-understand', { importance: 'high', target: 5 }, new Date('2026-12-02T10:00:00Z'));
    const first = priorities(manifest, answers).statements[0]!;
    expect(first).toMatchObject({ frameworkId: 'cus', priority: 6, targetLabel: 'Routinely, and we check it' });
  });

  test('important actions: unticked high-priority items of started frameworks, weakest dimension first', () => {
    const answers = rateAll(manifest, { 'purpose-systems': 1, 'purpose-significance': 5 });
    const { actions } = priorities(manifest, answers);
    expect(actions.length).toBeGreaterThanOrEqual(3);
    expect(actions.length).toBeLessThanOrEqual(5);
    expect(actions.every((a) => a.frameworkId === 'purpose')).toBe(true);
    const systems = purpose.checklists.find((c) => c.dimensionId === 'purpose-systems')!;
    const systemsHigh = systems.items.filter((i) => i.priority === 'high').map((i) => i.id);
    expect(actions.slice(0, systemsHigh.length).map((a) => a.id)).toEqual(systemsHigh);
    expect(actions[0]!.helpHref).toContain('/frameworks/purpose-centred/systems/');
  });

  test('a ticked action is no longer a priority', () => {
    const answers = rateAll(manifest, { 'purpose-systems': 1 });
    const first = priorities(manifest, answers).actions[0]!;
    answers.items[first.id] = { done: true, updatedAt: at };
    expect(priorities(manifest, answers).actions.map((a) => a.id)).not.toContain(first.id);
  });
});

describe('notes', () => {
  test('gathers every note with what it is on, in content order', () => {
    const statement = purpose.dimensions[0]!.statements[0]!;
    const item = manifest.frameworks[0]!.checklists[0]!.items[0]!;
    const answers = {
      version: 2 as const,
      items: { [item.id]: { done: false, note: 'Ask Sam', updatedAt: at } },
      statements: {
        [statement.id]: { note: 'Discuss on Monday', updatedAt: at },
        'retired-statement-id': { note: 'kept in storage, not shown', updatedAt: at },
      },
    };
    expect(collectNotes(manifest, answers)).toEqual([
      { id: item.id, on: item.text, note: 'Ask Sam', frameworkTitle: 'C.U.S.', href: item.helpHref },
      {
        id: statement.id,
        on: statement.text,
        note: 'Discuss on Monday',
        frameworkTitle: 'Purpose Centred',
        href: statement.helpHref,
      },
    ]);
  });
});
