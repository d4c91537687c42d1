/** Earlier answers kept beside their frozen questions, the "Find out" list, progress to target and goals. */
import { describe, expect, test } from 'vitest';
import type { Answers } from '~/lib/answers';
import { parseAnswers } from '~/lib/answers-read';
import { loadArchive } from '~/lib/content/archive';
import { goalFor, undismissedLegacy, withGoal, withLegacyNoticeDismissed } from '~/lib/goals';
import { legacySnapshots } from '~/lib/results/legacy';
import { findOut, targetProgress } from '~/lib/results/targets';
import { scoreAssessment } from '~/lib/scoring';
import { fixture } from './support/fake-storage';
import { rateAll, realManifest, realOutline } from './support/results-manifest';

const archive = loadArchive();
const manifest = realManifest();
const outline = realOutline();
const read = (path: string): Answers => {
  const result = parseAnswers(fixture(path));
  if (!result.ok) throw new Error(result.message);
  return result.answers;
};
const at = new Date('2026-12-02T10:00:00.000Z');

describe('the archive of the earlier questions', () => {
  test('holds the text of every statement a version 1 fixture answered', () => {
    const ids = new Set(
      archive[0]!.frameworks.flatMap((f) => f.dimensions.flatMap((d) => d.statements.map((s) => s.id))),
    );
    const v1 = JSON.parse(fixture('storage/v1/answers-full-2026-12-02.json'));
    for (const id of Object.keys(v1.statements)) expect(ids).toContain(id);
    expect(archive[0]!.scale[0]).toBe('Strongly disagree');
  });
});

describe('earlier answers in History', () => {
  test('a migrated document shows a dated snapshot with the scores the earlier answers had', () => {
    const v1 = JSON.parse(fixture('storage/v1/answers-full-2026-12-02.json'));
    const [snapshot] = legacySnapshots(archive, read('storage/v1/answers-full-2026-12-02.json'));
    expect(snapshot?.answeredAt).toBe('2026-11-20T09:00:00.000Z');
    const cus = snapshot!.frameworks.find((f) => f.id === 'cus')!;
    // The same formula, applied to the ratings as they were given.
    const expected = scoreAssessment(
      manifest.frameworks.find((f) => f.id === 'cus')!.dimensions,
      (id) => v1.statements[id]?.value,
    );
    expect(cus.score).toBe(expected.overall.score);
    expect(cus.dimensions[0]!.statements[0]).toMatchObject({ answer: 'Agree' });
    expect(snapshot!.frameworks.map((f) => f.id)).not.toContain('four-steps'); // nothing answered there
    expect(snapshot!.unmatched).toBe(0);
  });

  test('no snapshot without earlier ratings, and ratings the archive lacks are counted, not lost', () => {
    expect(legacySnapshots(archive, read('results/answers-full.json'))).toEqual([]);
    const answers = read('storage/v2/some-answers.json');
    answers.legacy!['assessments-v1']!.statements['retired-statement'] = { value: 3, updatedAt: at.toISOString() };
    expect(legacySnapshots(archive, answers)[0]!.unmatched).toBe(1);
  });

  test('the notice about the change shows until dismissed, and dismissing keeps the ratings', () => {
    const answers = read('storage/v2/some-answers.json');
    expect(undismissedLegacy(answers)).toEqual(['assessments-v1']);
    const dismissed = withLegacyNoticeDismissed(answers, at);
    expect(undismissedLegacy(dismissed)).toEqual([]);
    expect(dismissed.legacy!['assessments-v1']!.statements).toEqual(answers.legacy!['assessments-v1']!.statements);
  });
});

describe('goals, progress to target and "Find out"', () => {
  test('a dimension has normal importance and the target "Routinely" until the reader changes one', () => {
    let answers = rateAll(manifest, {});
    expect(goalFor(answers, 'cus-identify')).toEqual({ importance: 'normal', target: 4 });
    answers = withGoal(answers, 'cus-identify', { target: 5 }, at);
    answers = withGoal(answers, 'cus-identify', { importance: 'high' }, at);
    expect(goalFor(answers, 'cus-identify')).toEqual({ importance: 'high', target: 5 });
  });

  test('progress to target lists frameworks with a score or a goal, with the gap to the target', () => {
    const answers = withGoal(rateAll(manifest, { 'cus-identify': 3 }), 'who-first', { importance: 'high' }, at);
    const frameworks = targetProgress(outline, answers);
    expect(frameworks.map((f) => f.id)).toEqual(['cus', 'who']);
    const identify = frameworks[0]!.dimensions[0]!;
    expect(identify).toMatchObject({ importanceLabel: 'Normal', targetLabel: 'Routinely' });
    expect(identify.progress).toMatchObject({ score: 50, targetScore: 75, gap: 25, atTarget: 0 });
    expect(frameworks[1]!.dimensions[0]!.importanceLabel).toBe('High');
  });

  test('"Find out" lists every "don\'t know" in reading order, with where to get help', () => {
    const answers = read('results/answers-full.json');
    const entries = findOut(manifest, answers);
    const dk = Object.entries(answers.statements).filter(([, s]) => s.value === 'dk');
    expect(entries).toHaveLength(dk.length);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries[0]).toMatchObject({ frameworkTitle: expect.any(String), helpHref: expect.stringMatching(/^\//) });
  });
});
