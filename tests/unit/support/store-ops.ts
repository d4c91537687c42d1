/**
 * What a reader and the browser may do to the stores, as data: the operations of
 * tests/unit/stores.property.test.ts and the fast-check arbitraries that generate them.
 */
import fc from 'fast-check';
import { ANSWERS_VERSION, EMPTY_ANSWERS, type ItemAnswer, type StatementAnswer } from '~/lib/answers';
import { MAX_ID_LENGTH, MAX_LABEL_LENGTH, MAX_NOTE_LENGTH } from '~/lib/limits';
import type { Plan, Status } from '~/lib/results/plan';
import type { Snapshot } from '~/lib/results/snapshots';
import type { ExportData } from '~/lib/results/transfer';
import type { Rating } from '~/lib/scoring';
import { iso } from './clock';
import { importedPlan, importPlanArb, PLAN_GARBAGE, planOpArbs, type PlanOp } from './plan-ops';

export { iso, T0 } from './clock';

const LONGEST_ID = `a${'-b'.repeat((MAX_ID_LENGTH - 2) / 2)}c`;
/** Two real ids, one at the maximum length, one a character too long (writers must refuse it). */
const IDS = ['cus-identify-map-everyone', 'cus-identify-s-named-owner', LONGEST_ID, `${LONGEST_ID}d`];
const GARBAGE = ['{"version":1,"items":', '[]', '{"version":99}', 'not json'];

export type Op =
  | { op: 'tick'; id: string; done: boolean }
  | { op: 'rate'; id: string; value: Rating }
  | { op: 'note'; on: 'item' | 'statement'; id: string; text: string }
  | { op: 'reset'; ids: string[] }
  | { op: 'undo' }
  | { op: 'snapshot'; label: string }
  | { op: 'delete-snapshot'; index: number }
  | {
      op: 'import';
      mode: 'replace' | 'merge';
      answers: [string, boolean, Rating, number][];
      snapshots: number[];
      plan: [number, Status][];
    }
  | { op: 'erase' }
  | { op: 'other-tab'; key: Stored; write: 'valid' | 'remove' | 'garbage'; id: string; garbage: string }
  | { op: 'fault'; fault: 'full' | 'roomy' | 'block' | 'unblock' }
  | { op: 'corrupt-and-reload'; key: Stored; garbage: string }
  | { op: 'reload' }
  | PlanOp;

/** The documents another tab, or a corruption, may hit. */
export type Stored = 'answers' | 'plan';
const stored = fc.constantFrom<Stored>('answers', 'plan');

const id = fc.constantFrom(...IDS);
const rating = fc.constantFrom<Rating>(1, 2, 3, 4, 5, 'na', 'dk');
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constant(' spaced  '),
  fc.constant('x'.repeat(MAX_NOTE_LENGTH + 3)),
);
const label = fc.oneof(fc.string({ maxLength: 8 }), fc.constant('é'.repeat(MAX_LABEL_LENGTH + 1)));
const time = fc.integer({ min: -10, max: 60 });
const garbage = fc.constantFrom(...GARBAGE, ...PLAN_GARBAGE);

export const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('tick'), id, done: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('rate'), id, value: rating }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('note'), on: fc.constantFrom('item', 'statement'), id, text }) },
  fc.record({ op: fc.constant('reset'), ids: fc.subarray(IDS) }),
  { weight: 3, arbitrary: fc.constant({ op: 'undo' as const }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('snapshot'), label }) },
  fc.record({ op: fc.constant('delete-snapshot'), index: fc.nat(5) }),
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('import'),
      mode: fc.constantFrom('replace', 'merge'),
      answers: fc.array(
        fc.tuple(
          id.filter((i) => i.length <= MAX_ID_LENGTH),
          fc.boolean(),
          rating,
          time,
        ),
        {
          maxLength: 3,
        },
      ),
      snapshots: fc.array(time, { maxLength: 2 }),
      plan: importPlanArb,
    }),
  },
  fc.constant({ op: 'erase' as const }),
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('other-tab'),
      key: stored,
      write: fc.constantFrom('valid', 'remove', 'garbage'),
      id,
      garbage,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('fault'), fault: fc.constantFrom('full', 'roomy', 'block', 'unblock') }),
  },
  fc.record({ op: fc.constant('corrupt-and-reload'), key: stored, garbage }),
  fc.constant({ op: 'reload' as const }),
  ...planOpArbs(IDS),
);

/** The validated file an import operation brings in, made from what the page shows (`plan`). */
export function importData(op: Extract<Op, { op: 'import' }>, plan: Plan): ExportData {
  const items: Record<string, ItemAnswer> = {};
  const statements: Record<string, StatementAnswer> = {};
  for (const [i, done, value, at] of op.answers) {
    items[i] = { done, updatedAt: iso(at) };
    statements[i] = { value, updatedAt: iso(at) };
  }
  const snapshots: Snapshot[] = op.snapshots.map((at, n) => ({
    id: `s-imported-${n}`,
    takenAt: iso(at),
    label: `Imported ${n}`,
    scores: { frameworks: {} },
    answers: EMPTY_ANSWERS,
  }));
  return {
    answers: { version: ANSWERS_VERSION, items, statements },
    snapshots,
    plan: importedPlan(op.plan, plan),
    exportedAt: iso(0),
  };
}
