/**
 * The action plan's share of tests/unit/stores.property.test.ts: what a reader does to
 * the plan (add, edit, remove), as data, with the arbitraries that generate it and
 * the plan an import file or another tab brings. Values reach and pass every limit
 * the plan's reader (src/lib/results/plan.ts) accepts.
 */
import fc from 'fast-check';
import type { ActionEdit, Plan, PlanAction, Status } from '~/lib/results/plan';
import { iso } from './clock';

/** The limits PlanActionSchema accepts, in UTF-16 code units, written out here so the model does not borrow them. */
export const PLAN_LIMITS = { what: 500, owner: 120, note: 2000, actions: 200 } as const;

export type PlanOp =
  | { op: 'plan-add'; what: string; source: string; href: string }
  | { op: 'plan-edit'; index: number; edit: ActionEdit }
  | { op: 'plan-remove'; index: number };

/** Text at, and one past, a limit; and a cut that would fall inside a surrogate pair. */
const around = (max: number) => [
  'x'.repeat(max),
  'x'.repeat(max + 1),
  `${'y'.repeat(max - 1)}😀`,
  `  ${'z'.repeat(max)}  `,
];
const textFor = (max: number) =>
  fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom(' ', ' Ask Sam '), {
    weight: 2,
    arbitrary: fc.constantFrom(...around(max)),
  });
const due = fc.constantFrom('', '2027-01-15', '2028-02-29', '2027-02-29', '15/01/2027', '2027-1-5', 'soon');
/** Links as a chapter gives them, and ones the reader refuses (relative, a space, too long). */
const href = fc.constantFrom('', '/frameworks/cus/identify/#who', 'frameworks/cus/', '/a b', `/${'p'.repeat(500)}`);
const status = fc.constantFrom<Status>('todo', 'doing', 'done', 'later' as Status);

/** Arbitraries for the plan operations; `ids` are the answers' ids (one too long for the reader). */
export function planOpArbs(ids: readonly string[]): fc.WeightedArbitrary<PlanOp>[] {
  // Any of the fields at once, as one call to editAction may carry several.
  const edit: fc.Arbitrary<ActionEdit> = fc.record(
    {
      owner: textFor(PLAN_LIMITS.owner),
      note: textFor(PLAN_LIMITS.note),
      due,
      status,
      what: textFor(PLAN_LIMITS.what),
    },
    { requiredKeys: [] },
  );
  const add = fc.record({
    op: fc.constant('plan-add'),
    what: textFor(PLAN_LIMITS.what),
    source: fc.constantFrom('', ...ids),
    href,
  });
  return [
    { weight: 3, arbitrary: add },
    { weight: 4, arbitrary: fc.record({ op: fc.constant('plan-edit'), index: fc.nat(3), edit }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('plan-remove'), index: fc.nat(3) }) },
  ];
}

/**
 * What an import file's plan holds: [n, status] per action. The file was made on
 * another device from this plan: where this plan has an n-th action, the file has
 * that action edited there (so a merge must take the file's copy); else a new one.
 */
export const importPlanArb = fc.uniqueArray(fc.tuple(fc.nat(4), fc.constantFrom<Status>('todo', 'doing', 'done')), {
  maxLength: 3,
  selector: ([n]) => n,
});

const action = (id: string, seconds: number, what: string, s: Status = 'todo'): PlanAction => ({
  id,
  what,
  owner: '',
  due: '',
  status: s,
  note: '',
  createdAt: iso(seconds),
  updatedAt: iso(seconds),
});

/** The plan of an import file made from `current` (see importPlanArb); one action per id. */
export function importedPlan(entries: readonly (readonly [number, Status])[], current: Plan): Plan {
  const actions: PlanAction[] = [];
  for (const [n, s] of entries) {
    const id = current.actions[n]?.id ?? `a-imported-${n}`;
    if (!actions.some((a) => a.id === id)) actions.push(action(id, -5, `Imported action ${n}`, s));
  }
  return { version: 1, actions };
}

/** A plan of `length` actions, to reach the limit within a run. */
export const longPlan = (length: number): Plan => ({
  version: 1,
  actions: Array.from({ length }, (_, n) => action(`a-old-${n}`, -100_000 + n, `Old ${n}`)),
});

/**
 * The plan another tab writes (that tab runs the same code, so within the limit): the
 * one shown with that tab's own action added or updated, or, in a full plan, the last
 * action given an owner there.
 */
export function otherTabPlan(plan: Plan, now: string): Plan {
  const others = plan.actions.filter((a) => a.id !== 'a-other-tab');
  if (others.length < PLAN_LIMITS.actions)
    return {
      version: 1,
      actions: [...others, { ...action('a-other-tab', 0, 'Added in another tab'), updatedAt: now }],
    };
  const last = { ...others.at(-1)!, owner: 'Set in another tab', updatedAt: now };
  return { version: 1, actions: [...others.slice(0, -1), last] };
}

/** Stored plans the reader must refuse: one field past its limit each. */
export const PLAN_GARBAGE = [
  JSON.stringify({ version: 1, actions: [{ ...action('a-x', 0, 'Long owner'), owner: 'o'.repeat(121) }] }),
  JSON.stringify({ version: 1, actions: [{ ...action('a-x', 0, 'Bad date'), due: '2027-02-30' }] }),
];
