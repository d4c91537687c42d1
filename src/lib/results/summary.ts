/** The results in words: one paragraph that says what the chart shows, for readers who do not see it. */
import type { Band } from '../content/schemas';
import type { FrameworkResult } from './aggregate';

const describe = (f: { shortTitle?: string; title: string; score: number | null; band: Band | null }) =>
  `${f.shortTitle ?? f.title}, ${f.score} out of 100${f.band ? ` (${f.band.label})` : ''}`;

/** One paragraph in words: what the chart shows, for readers who do not see it. */
export function summarise(results: readonly FrameworkResult[]): string {
  const scored = results.filter((f) => f.score !== null);
  if (scored.length === 0)
    return 'No answers yet. Rate yourself on the chapters of any framework, and your scores appear here.';
  const byScore = [...scored].sort((a, b) => b.score! - a.score!);
  const parts = [`You have scores for ${scored.length} of ${results.length} frameworks.`];
  if (scored.length === 1) parts.push(`${describe(byScore[0]!)}.`);
  else parts.push(`Highest: ${describe(byScore[0]!)}.`, `Lowest: ${describe(byScore.at(-1)!)}.`);
  const dimensions = scored.flatMap((f) =>
    f.dimensions.filter((d) => d.score !== null).map((d) => ({ ...d, framework: f.shortTitle })),
  );
  const weakest = dimensions.sort((a, b) => a.score! - b.score!)[0];
  if (weakest) parts.push(`Weakest step: ${weakest.title} (${weakest.framework}), ${weakest.score} out of 100.`);
  const missing = results.filter((f) => f.score === null).map((f) => f.shortTitle);
  if (missing.length) parts.push(`Not scored yet: ${missing.join(', ')}.`);
  return parts.join(' ');
}
