/**
 * Reading a stored answers document of any version this code knows: each version is
 * validated with its own schema, then migrated step by step to the current one.
 * Nothing read is ever thrown away by a migration (see the storage contract in
 * ./stores/answers.ts, case 5).
 */
import {
  ANSWERS_VERSION,
  AnswersV1Schema,
  AnswersV2Schema,
  LEGACY_EDITION_V1,
  latest,
  type Answers,
  type AnswersV1,
  type LegacyRecord,
} from './answers';

export type ReadResult =
  | { ok: true; answers: Answers; /** Read from an older format version. */ migrated?: true }
  | { ok: false; problem: 'not-json' | 'wrong-shape' | 'newer-version'; message: string };

/** Versions this code knows how to read. Add the next one here and in `migrate`. */
type KnownVersion = 1 | 2;

const damaged = (error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): ReadResult => {
  const issue = error.issues[0];
  const at = issue?.path.length ? ` (at ${issue.path.map(String).join('.')})` : '';
  return {
    ok: false,
    problem: 'wrong-shape',
    message: `The saved answers are damaged${at}: ${issue?.message ?? 'unknown problem'}.`,
  };
};

/**
 * Version 1 → 2. Agree/disagree ratings are not reinterpreted on the practice scale:
 * they move, unchanged, into a legacy record dated by the last rating given. Notes
 * stay on their statement ids; ticks and notes on items are untouched.
 */
export function migrateV1(v1: AnswersV1): Answers {
  const statements: Answers['statements'] = {};
  const rated: LegacyRecord['statements'] = {};
  for (const [id, answer] of Object.entries(v1.statements)) {
    if (answer.note) statements[id] = { note: answer.note, updatedAt: answer.updatedAt };
    if (answer.value !== undefined) rated[id] = { value: answer.value, updatedAt: answer.updatedAt };
  }
  const dates = Object.values(rated).map((r) => r.updatedAt);
  const answeredAt = dates.reduce<string | undefined>((a, b) => (a ? latest(a, b) : b), undefined);
  return {
    version: 2,
    items: v1.items,
    statements,
    ...(answeredAt ? { legacy: { [LEGACY_EDITION_V1]: { answeredAt, statements: rated } } } : {}),
  };
}

/**
 * Brings a parsed document of any known version up to the current one, validating
 * each version with its own schema. Each step is a function from version N to N+1;
 * the switch is exhaustive.
 */
export function migrate(data: { version: KnownVersion } & Record<string, unknown>): ReadResult {
  const version = data.version;
  switch (version) {
    case 1: {
      const parsed = AnswersV1Schema.safeParse(data);
      if (!parsed.success) return damaged(parsed.error);
      const next = migrate(migrateV1(parsed.data));
      return next.ok ? { ...next, migrated: true } : next;
    }
    case 2: {
      const parsed = AnswersV2Schema.safeParse(data);
      return parsed.success ? { ok: true, answers: parsed.data } : damaged(parsed.error);
    }
    default:
      return version satisfies never;
  }
}

/** Reads answers from any untrusted JSON value (storage, an imported file). */
export function readAnswers(data: unknown): ReadResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, problem: 'wrong-shape', message: 'The saved answers are not in the expected format.' };
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > ANSWERS_VERSION)
    return {
      ok: false,
      problem: 'newer-version',
      message: `These answers were saved by a newer version of the playbook (format ${version}; this one reads up to ${ANSWERS_VERSION}).`,
    };
  if (version !== 1 && version !== 2)
    return {
      ok: false,
      problem: 'wrong-shape',
      message: 'The saved answers have no format version this playbook knows.',
    };
  return migrate(data as { version: KnownVersion });
}

/** Reads answers from a stored string. */
export function parseAnswers(raw: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {
      ok: false,
      problem: 'not-json',
      message: 'The saved answers could not be read (they are not valid JSON).',
    };
  }
  return readAnswers(data);
}
