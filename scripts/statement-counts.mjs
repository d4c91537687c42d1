/**
 * Prints the editorial counts for the assessment statements (see
 * src/lib/content/statement-lint.ts): `node scripts/statement-counts.mjs` for the
 * working tree, `node scripts/statement-counts.mjs <git-rev>` for an earlier version.
 * `--list` prints every refusal; `--nearest` the five closest pairs, for a person to judge.
 * Needs Node 24 (it imports the TypeScript module directly).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { lintCounts, lintStatements, overlap } from '../src/lib/content/statement-lint.ts';

const rev = process.argv.slice(2).find((a) => !a.startsWith('--'));
const dir = 'content/assessments';
const files = rev
  ? execFileSync('git', ['ls-tree', '--name-only', `${rev}:${dir}`], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
  : readdirSync(dir);
const read = (name) =>
  rev
    ? execFileSync('git', ['show', `${rev}:${dir}/${name}`], { encoding: 'utf8' })
    : readFileSync(`${dir}/${name}`, 'utf8');

const statements = files
  .filter((f) => /\.ya?ml$/.test(f))
  .flatMap((f) => parse(read(f)).dimensions.flatMap((d) => d.statements.map((s) => ({ ...s, file: `${dir}/${f}` }))));
const lint = lintStatements(statements);
console.log(JSON.stringify({ statements: statements.length, ...lintCounts(lint) }, null, 2));
if (process.argv.includes('--list')) for (const p of lint.problems) console.log(p);
if (process.argv.includes('--nearest')) {
  const pairs = statements.flatMap((a, i) => statements.slice(i + 1).map((b) => [overlap(a.text, b.text), a.id, b.id]));
  for (const [share, a, b] of pairs.sort((x, y) => y[0] - x[0]).slice(0, 5)) console.log(share.toFixed(2), a, b);
}
