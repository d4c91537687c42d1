/**
 * Editorial checks on assessment statements, so that two honest people answer a
 * statement the same way: short, one idea, no absolute nobody can agree with, an
 * evidence line, and no statement asking what another already asks. Pure: takes
 * plain statements (as read from YAML, before any schema), returns findings and
 * sentences that name the file and the id.
 */

/** A statement as an author wrote it; fields may be missing in old or bad content. */
export interface LintStatement {
  id: string;
  text: string;
  evidence?: unknown;
  /** Reasons an absolute word or an "and"/"or" is truly the point. */
  allow?: { absolute?: unknown; compound?: unknown };
  /** Where the statement lives, for messages. */
  file?: string;
}

/** Longest statement allowed, in words. */
const MAX_WORDS = 25;
/** Two statements sharing this share of their content words (Jaccard) or more ask the same thing. */
export const DUPLICATE_THRESHOLD = 0.6;

/**
 * Words that claim no exception. "each" is left out on purpose: it names the unit
 * of a practice ("each complaint"), and the practice scale then says how far it has spread.
 */
const ABSOLUTE_WORDS = [
  'all',
  'always',
  'any',
  'anybody',
  'anyone',
  'anything',
  'every',
  'everybody',
  'everyone',
  'everything',
  'everywhere',
  'never',
  'no one',
  'nobody',
  'none',
  'nothing',
  'without exception',
] as const;

/** Words that join two ideas; a statement holding one is listed for a person to review. */
const JOINING_WORDS = ['and', 'or', 'nor', 'as well as'] as const;

/** Function words left out when comparing statements: they say nothing about the practice. */
const STOP_WORDS = new Set(
  `a about after an and any are as at be before been being by can do does for from get gets had has have how if in
  into is it its of on or our ours out so than that the their them then there these they this those to up us was
  we were what when where which while who whom why will with within without you your`.split(/\s+/),
);

/**
 * Service standards (reply times, how often something is checked) live in one standards
 * file, so statements and evidence lines say "within the reply time we have set"
 * instead of stating a figure or a frequency that would go stale.
 */
const STANDARD_PATTERN =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirty|sixty|ninety)\s+(?:working\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|rings?)\b|\b(?:once|twice)\s+a\b|\b(?:daily|weekly|fortnightly|monthly|quarterly|yearly|annually)\b|\bsame\s+day\b/i;

const phrase = (words: readonly string[]) =>
  new RegExp(`(?<![\\w'’-])(${words.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\w'’-])`, 'gi');
const ABSOLUTE_PATTERN = phrase(ABSOLUTE_WORDS);
const JOINING_PATTERN = phrase(JOINING_WORDS);

const found = (pattern: RegExp, text: string) => [
  ...new Set([...text.matchAll(pattern)].map((m) => m[1]!.toLowerCase().replace(/\s+/g, ' '))),
];
const reason = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const quoted = (words: readonly string[]) => `"${words.join('", "')}"`;

/** The words of `pattern` a statement holds, and whether its author gave the reason that lets them stand. */
function wordsFound(s: LintStatement, pattern: RegExp, allowance: unknown) {
  const words = found(pattern, s.text);
  return words.length ? { id: s.id, words, allowed: reason(allowance) !== '' } : undefined;
}

/** Words as a reader counts them: runs separated by spaces that hold a letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * The content words of a text, for comparison: lower-cased, possessive "'s" and a
 * plural "s" dropped (so "customer's" and "customers" both count as "customer"),
 * stop words left out.
 */
export function contentWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP_WORDS.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  return new Set(words);
}

/** Jaccard overlap of two texts' content words: shared words over all distinct words, 0 to 1. */
export function overlap(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  const union = new Set([...x, ...y]).size;
  return union === 0 ? 0 : shared / union;
}

export interface StatementLint {
  tooLong: { id: string; words: number }[];
  absolutes: { id: string; words: string[]; allowed: boolean }[];
  missingEvidence: string[];
  /** Statements whose text or evidence states a figure or a frequency. */
  statesStandard: string[];
  duplicates: { a: string; b: string; overlap: number }[];
  /** Every statement joined by "and"/"or", allowed (one idea, with a reason) or not. */
  compounds: { id: string; words: string[]; allowed: boolean }[];
  /** The refusals, as sentences naming the file and the id; empty means the statements pass. */
  problems: string[];
}

/** Runs every check over a list of statements (all assessments together, so duplicates are found across them). */
export function lintStatements(statements: LintStatement[]): StatementLint {
  const result: StatementLint = {
    tooLong: [],
    absolutes: [],
    missingEvidence: [],
    statesStandard: [],
    duplicates: [],
    compounds: [],
    problems: [],
  };
  const where = (s: LintStatement) => `${s.file ?? 'assessment'}: statement "${s.id}"`;

  for (const s of statements) {
    const words = countWords(s.text);
    if (words > MAX_WORDS) {
      result.tooLong.push({ id: s.id, words });
      result.problems.push(`${where(s)} has ${words} words; keep it to ${MAX_WORDS} or fewer.`);
    }
    const absolute = wordsFound(s, ABSOLUTE_PATTERN, s.allow?.absolute);
    if (absolute) result.absolutes.push(absolute);
    if (absolute?.allowed === false)
      result.problems.push(
        `${where(s)} says ${quoted(absolute.words)}, which nobody can honestly agree with; rephrase, or give allow.absolute a reason.`,
      );
    const evidence = reason(s.evidence);
    if (evidence === '' || /\n/.test(evidence)) {
      result.missingEvidence.push(s.id);
      result.problems.push(`${where(s)} needs an evidence line: one line saying how you would know.`);
    }
    const standard = [s.text, evidence].map((t) => STANDARD_PATTERN.exec(t)?.[0]).find(Boolean);
    if (standard) {
      result.statesStandard.push(s.id);
      result.problems.push(
        `${where(s)} states "${standard}": service standards live in the standards file, so say "within the time we have set".`,
      );
    }
    const compound = wordsFound(s, JOINING_PATTERN, s.allow?.compound);
    if (compound) result.compounds.push(compound);
    if (compound?.allowed === false)
      result.problems.push(
        `${where(s)} is joined by ${quoted(compound.words)}: split it into one idea per statement, or give allow.compound the reason it is one idea.`,
      );
  }

  for (let i = 0; i < statements.length; i++)
    for (let j = i + 1; j < statements.length; j++) {
      const a = statements[i]!;
      const b = statements[j]!;
      const share = overlap(a.text, b.text);
      if (share >= DUPLICATE_THRESHOLD) {
        result.duplicates.push({ a: a.id, b: b.id, overlap: share });
        result.problems.push(
          `${where(a)} and ${where(b)} share ${Math.round(share * 100)}% of their words: they ask the same thing.`,
        );
      }
    }

  return result;
}

/** The counts a report gives, one number per kind of finding. */
export function lintCounts(lint: StatementLint) {
  return {
    overLength: lint.tooLong.length,
    absolutes: lint.absolutes.filter((a) => !a.allowed).length,
    absolutesAllowed: lint.absolutes.filter((a) => a.allowed).length,
    missingEvidence: lint.missingEvidence.length,
    statesStandard: lint.statesStandard.length,
    duplicatePairs: lint.duplicates.length,
    compounds: lint.compounds.filter((c) => !c.allowed).length,
    compoundsAllowed: lint.compounds.filter((c) => c.allowed).length,
  };
}
