/** From answers to the results page's scores: the manifest, aggregation, the summary and the crosswalk. */
import { describe, expect, test } from 'vitest';
import { EMPTY_ANSWERS } from '~/lib/answers';
import { aggregate, crosswalk, hasAnyAnswer, resultsFromSheet, scoreSheet, summarise } from '~/lib/results/aggregate';
import { axisPoint, radarPoints, trendPoints } from '~/lib/results/charts';
import { rateAll, realManifest, realOutline } from './support/results-manifest';

const manifest = realManifest();
const outline = realOutline();
const at = '2026-11-01T10:00:00.000Z';

describe('the results manifest', () => {
  test('lists the five frameworks in reading order with their dimensions and chapter links', () => {
    expect(manifest.frameworks.map((f) => f.id)).toEqual(['cus', 'identification', 'who', 'four-steps', 'purpose']);
    const purpose = manifest.frameworks.find((f) => f.id === 'purpose')!;
    expect(purpose.dimensions.map((d) => d.id)).toEqual([
      'purpose-significance',
      'purpose-strategy',
      'purpose-staff',
      'purpose-systems',
      'purpose-success',
      'purpose-customers',
    ]);
    expect(purpose.dimensions[0]!.chapterHref).toBe('/frameworks/purpose-centred/significance/');
  });

  test('statements link to their section and to a pre-filled search', () => {
    const statement = manifest.frameworks[0]!.dimensions[0]!.statements[0]!;
    expect(statement.helpHref).toMatch(/^\/frameworks\/cus\/identify-the-customer\/#[a-z-]+$/);
    expect(statement.searchHref).toMatch(/^\/search\/\?q=.+/);
  });

  test('checklists know the dimension their chapter teaches; the overview checklist has none', () => {
    const purpose = manifest.frameworks.find((f) => f.id === 'purpose')!;
    expect(purpose.checklists[0]!.id).toBe('purpose-start');
    expect(purpose.checklists[0]!.dimensionId).toBeUndefined();
    expect(purpose.checklists.find((c) => c.id === 'purpose-staff')!.dimensionId).toBe('purpose-staff');
    const item = purpose.checklists.find((c) => c.id === 'purpose-staff')!.items[0]!;
    expect(item.searchHref).toMatch(/^\/search\/\?q=/);
  });

  test('the outline keeps ids and titles but no statement texts', () => {
    const json = JSON.stringify(outline);
    expect(json).toContain('purpose-significance-s-say-purpose-sentence');
    expect(json).not.toContain('We have a one-sentence purpose that our staff');
  });
});

describe('aggregate', () => {
  test('with no answers every framework shows no score and zero completion', () => {
    const results = aggregate(outline, EMPTY_ANSWERS);
    expect(results).toHaveLength(5);
    for (const f of results) {
      expect(f.score).toBeNull();
      expect(f.band).toBeNull();
      expect(f.checklist!.done).toBe(0);
      expect(f.checklist!.total).toBeGreaterThan(0);
    }
    expect(hasAnyAnswer(EMPTY_ANSWERS)).toBe(false);
  });

  test('scores, bands and completion per framework and dimension', () => {
    const answers = rateAll(manifest, { 'cus-identify': 5, 'cus-understand': 3, 'cus-service': 1 });
    const cusChecklistItem = manifest.frameworks[0]!.checklists[0]!.items[0]!.id;
    answers.items[cusChecklistItem] = { done: true, updatedAt: at };
    const cus = aggregate(outline, answers)[0]!;
    expect(cus.dimensions.map((d) => d.score)).toEqual([100, 50, 0]);
    expect(cus.score).toBe(50);
    expect(cus.band?.label).toBe('Building');
    expect(cus.dimensions[0]!.band?.label).toBe('Leading');
    expect(cus.checklist!.done).toBe(1);
    expect(cus.tally!.answered).toBe(cus.tally!.total);
  });

  test('not-applicable answers are counted and left out of the score', () => {
    const answers = rateAll(manifest, { 'cus-identify': 'na', 'cus-understand': 4 });
    const cus = aggregate(outline, answers)[0]!;
    expect(cus.dimensions[0]!.score).toBeNull();
    expect(cus.dimensions[0]!.tally!.notApplicable).toBe(cus.dimensions[0]!.tally!.total);
    expect(cus.score).toBe(75);
    expect(cus.tally!.notApplicable).toBeGreaterThan(0);
  });

  test('a score sheet carries the same scores, keyed by id', () => {
    const answers = rateAll(manifest, { 'cus-identify': 4, 'purpose-staff': 2 });
    const sheet = scoreSheet(outline, answers);
    expect(sheet.frameworks.cus).toEqual({
      score: 75,
      dimensions: { 'cus-identify': 75, 'cus-understand': null, 'cus-service': null },
    });
    expect(sheet.frameworks.purpose!.dimensions['purpose-staff']).toBe(25);
    const fromSheet = resultsFromSheet(outline, sheet);
    expect(fromSheet.map((f) => f.score)).toEqual(aggregate(outline, answers).map((f) => f.score));
    expect(fromSheet[0]!.tally).toBeUndefined();
  });
});

describe('summarise', () => {
  test('says so when there are no answers', () => {
    expect(summarise(aggregate(outline, EMPTY_ANSWERS))).toMatch(/^No answers yet/);
  });

  test('names the highest, the lowest, the weakest step and what is not scored', () => {
    const answers = rateAll(manifest, { 'cus-identify': 5, 'who-first': 2, 'who-attention': 3 });
    const text = summarise(aggregate(outline, answers));
    expect(text).toContain('scores for 2 of 5 frameworks');
    expect(text).toContain('Highest: C.U.S., 100 out of 100 (Leading)');
    expect(text).toContain('Lowest: Who is your customer, 38 out of 100 (Getting started)');
    expect(text).toContain('Weakest step: Why customers come first (Who is your customer), 25 out of 100');
    expect(text).toContain('Not scored yet: Identification, Four steps, Purpose Centred');
  });
});

describe('crosswalk', () => {
  test('each theme gathers dimensions from several frameworks with their scores and the answers behind them', () => {
    const answers = rateAll(manifest, { 'four-steps-listening': 2, 'cus-understand': 4 });
    const themes = crosswalk(manifest, { answers });
    expect(themes.length).toBe(manifest.themes.length);
    const listening = themes.find((t) => t.id === 'listening')!;
    expect(new Set(listening.dimensions.map((d) => d.frameworkId)).size).toBeGreaterThan(1);
    const step = listening.dimensions.find((d) => d.id === 'four-steps-listening')!;
    expect(step.score).toBe(25);
    expect(step.answers!.every((a) => a.rating === 2)).toBe(true);
    expect(listening.score).toBe(50); // mean of the two scored dimensions, 25 and 75
  });

  test('from a share link: scores only, no answers and no theme score', () => {
    const sheet = scoreSheet(outline, rateAll(manifest, { 'four-steps-listening': 2 }));
    const listening = crosswalk(manifest, { sheet }).find((t) => t.id === 'listening')!;
    expect(listening.score).toBeNull();
    expect(listening.dimensions.find((d) => d.id === 'four-steps-listening')!.score).toBe(25);
    expect(listening.dimensions.every((d) => d.answers === undefined)).toBe(true);
  });
});

describe('chart geometry', () => {
  test('radar axes start at the top and go clockwise; a full score reaches the rim', () => {
    const centre = { x: 100, y: 100 };
    expect(axisPoint(0, 4, centre, 50)).toEqual({ x: 100, y: 50 });
    expect(axisPoint(1, 4, centre, 50)).toEqual({ x: 150, y: 100 });
    const [top, right, bottom] = radarPoints([100, 50, null], centre, 80);
    expect(top).toEqual({ x: 100, y: 20 });
    expect(right!.x).toBeGreaterThan(100);
    expect(bottom).toEqual({ x: 100, y: 100 }); // no score sits at the centre
  });

  test('a trend line leaves unscored snapshots out and puts 100 at the top', () => {
    const points = trendPoints([0, null, 100], { left: 0, top: 0, width: 200, height: 100 });
    expect(points).toEqual([
      { index: 0, value: 0, x: 0, y: 100 },
      { index: 2, value: 100, x: 200, y: 0 },
    ]);
  });
});
