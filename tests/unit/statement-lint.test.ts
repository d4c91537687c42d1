import { describe, expect, test } from 'vitest';
import {
  contentWords,
  countWords,
  lintCounts,
  lintStatements,
  overlap,
  type LintStatement,
} from '~/lib/content/statement-lint';

const good = (id: string, text: string, extra: Partial<LintStatement> = {}): LintStatement => ({
  id,
  text,
  evidence: 'A dated log of it happening.',
  file: 'content/assessments/cus.yaml',
  ...extra,
});

const sound = [
  good('s-owner', 'Each customer account has one named person who sees requests through.'),
  good('s-greet', 'We greet customers who walk in within the time we have set.'),
  good('s-thank', 'We thank customers personally when they recommend us.'),
];

describe('statement lint', () => {
  test('sound statements pass with no problem', () => {
    const lint = lintStatements(sound);
    expect(lint.problems).toEqual([]);
    expect(lintCounts(lint)).toEqual({
      overLength: 0,
      absolutes: 0,
      absolutesAllowed: 0,
      missingEvidence: 0,
      statesStandard: 0,
      duplicatePairs: 0,
      compounds: 0,
      compoundsAllowed: 0,
    });
  });

  test('a statement over 25 words is refused, naming the file and the id', () => {
    const long = good(
      's-long',
      'We check at the end of each working day whether the notes we made about customers during the day were read by the people who needed them next.',
    );
    const lint = lintStatements([...sound, long]);
    expect(lint.tooLong).toEqual([{ id: 's-long', words: 28 }]);
    expect(lint.problems).toEqual([
      'content/assessments/cus.yaml: statement "s-long" has 28 words; keep it to 25 or fewer.',
    ]);
  });

  test('exactly 25 words is allowed', () => {
    const text = Array.from({ length: 25 }, (_, i) => `word${i}`).join(' ');
    expect(lintStatements([good('s-25', text)]).tooLong).toEqual([]);
  });

  test.each([
    ['every', 'Every complaint is acknowledged on the day it arrives.'],
    ['never', 'Our staff never argue with a customer.'],
    ['always', 'We always reply to reviews.'],
    ['all', 'All listening posts have an owner.'],
    ['no one', 'No one leaves without a reply date.'],
    ['nobody', 'Nobody waits in silence.'],
    ['everyone', 'Everyone gets a briefing.'],
    ['anyone', 'Anyone on our team can say our purpose.'],
  ])('the absolute "%s" is refused without an allow-flag', (word, text) => {
    const lint = lintStatements([good('s-abs', text)]);
    expect(lint.absolutes).toEqual([{ id: 's-abs', words: [word], allowed: false }]);
    expect(lint.problems[0]).toMatch(/statement "s-abs" says ".+", which nobody can honestly agree with/);
  });

  test('words that merely contain an absolute are not absolutes', () => {
    const lint = lintStatements([good('s-small', 'We call a small group of customers back to hear how it went.')]);
    expect(lint.absolutes).toEqual([]);
  });

  test('an absolute with a reason in allow.absolute passes but is still counted', () => {
    const allowed = good('s-abs', 'We never share a customer’s card number by email.', {
      allow: { absolute: 'The rule has no exception: card numbers are never emailed.' },
    });
    const lint = lintStatements([allowed]);
    expect(lint.problems).toEqual([]);
    expect(lintCounts(lint)).toMatchObject({ absolutes: 0, absolutesAllowed: 1 });
  });

  test('an empty reason does not count as a reason', () => {
    const bare = good('s-abs', 'We never share card numbers by email.', { allow: { absolute: '  ' } });
    expect(lintStatements([bare]).problems).toHaveLength(1);
  });

  test.each([
    [undefined, 'missing'],
    ['', 'empty'],
    ['A log.\nA rota.', 'two lines'],
  ])('a statement whose evidence is %j (%s) is refused', (evidence, _what) => {
    const lint = lintStatements([good('s-ev', 'We thank customers personally when they recommend us.', { evidence })]);
    expect(lint.missingEvidence).toEqual(['s-ev']);
    expect(lint.problems).toEqual([
      'content/assessments/cus.yaml: statement "s-ev" needs an evidence line: one line saying how you would know.',
    ]);
  });

  test.each([
    ['text', 'Public reviews get a reply within one working day.', 'A log of replies.'],
    ['text', 'We mystery-shop our competitors at least once a year.', 'Reports from visits.'],
    ['text', 'Customers who walk in are greeted within 30 seconds.', 'Timed observations.'],
    ['evidence', 'We test our own contact channels.', 'The monthly test log.'],
  ])('a figure or frequency in the %s is refused: "%s"', (_where, text, evidence) => {
    const lint = lintStatements([good('s-std', text, { evidence })]);
    expect(lint.statesStandard).toEqual(['s-std']);
    expect(lint.problems[0]).toMatch(/statement "s-std" states ".+": service standards live in the standards file/);
  });

  test('statements joined by "and" or "or" are listed and refused unless allowed', () => {
    const lint = lintStatements([
      good('s-and', 'We track staff turnover and act when it rises.'),
      good('s-or', 'We fix or drop systems that fail.'),
      good('s-pair', 'We note what our regular customers like and dislike.', {
        allow: { compound: 'Likes and dislikes are one thing: what a customer prefers.' },
      }),
    ]);
    expect(lint.compounds).toEqual([
      { id: 's-and', words: ['and'], allowed: false },
      { id: 's-or', words: ['or'], allowed: false },
      { id: 's-pair', words: ['and'], allowed: true },
    ]);
    expect(lint.problems).toHaveLength(2);
    expect(lint.problems[0]).toMatch(/statement "s-and" is joined by "and": split it/);
  });

  test('two statements sharing 60% of their content words are refused as duplicates', () => {
    const lint = lintStatements([
      good('s-a', 'Each team can explain how its work makes a difference to customers.'),
      good('s-b', 'Each person can explain how their work makes a difference to customers.', {
        file: 'content/assessments/purpose.yaml',
      }),
    ]);
    expect(lint.duplicates).toHaveLength(1);
    expect(lint.duplicates[0]).toMatchObject({ a: 's-a', b: 's-b' });
    expect(lint.duplicates[0]!.overlap).toBeGreaterThanOrEqual(0.6);
    expect(lint.problems[0]).toMatch(
      /cus\.yaml: statement "s-a" and content\/assessments\/purpose\.yaml: statement "s-b" share \d+% of their words/,
    );
  });

  test('statements on different practices are not duplicates', () => {
    expect(lintStatements(sound).duplicates).toEqual([]);
  });
});

describe('the word measures', () => {
  test('words are counted as a reader counts them', () => {
    expect(countWords('We reply — within the time we have set.')).toBe(8);
  });

  test('content words drop stop words, possessives and plural s', () => {
    expect([...contentWords("We record each customer's preferred channels and use them.")]).toEqual([
      'record',
      'each',
      'customer',
      'preferred',
      'channel',
      'use',
    ]);
  });

  test('overlap is shared content words over all distinct content words', () => {
    // {customer, reply} shared; {customer, reply, review, email} in all: 2 / 4.
    expect(overlap('We reply to customer reviews.', 'We reply to customer emails.')).toBe(0.5);
    expect(overlap('Customers first.', 'Customers first.')).toBe(1);
    expect(overlap('We', 'Our')).toBe(0);
  });
});
