/** What the build hands the assessment island: the evidence line travels with each statement once content has one. */
import { expect, test } from 'vitest';
import type { Assessment } from '~/lib/content/schemas';
import { assessmentView } from '~/lib/island-props';

const assessment = {
  id: 'demo',
  framework: 'cus',
  title: 'Demo assessment',
  bands: [{ min: 0, label: 'Getting started', meaning: 'The basics are not yet in place.' }],
  dimensions: [
    {
      id: 'demo-one',
      title: 'One',
      chapter: 'frameworks/cus/identify-the-customer',
      statements: [
        { id: 'demo-s-with', text: 'We reply to reviews within a day.', evidence: 'The review log with dates' },
        { id: 'demo-s-without', text: 'We call back missed calls the same day.' },
      ],
    },
  ],
} as unknown as Assessment;

test('a statement’s evidence line reaches the island; a statement without one has none', () => {
  const [withEvidence, without] = assessmentView(assessment).dimensions[0]!.statements;
  expect(withEvidence).toMatchObject({ id: 'demo-s-with', evidence: 'The review log with dates' });
  expect(without).not.toHaveProperty('evidence');
});
