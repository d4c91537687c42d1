/**
 * Accessibility checks with axe: WCAG 2.0–2.2, levels A and AA, on the page as it is.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './browser';

/** The rule tags the playbook promises to meet: WCAG 2.0–2.2, levels A and AA. */
const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** A violation as a test failure shows it: the rule, its help text and up to five places. */
export interface Violation {
  rule: string;
  help: string;
  where: string[];
}

/**
 * Runs axe on the page and returns what it finds: every WCAG A/AA rule, or only `rules`.
 * Legacy mode runs axe.run() inside the page, instead of a partial run in every frame
 * finished in a new blank page: the same rules and results on a page without frames
 * (checked here first), in about half the time. Only violations are read: asking for
 * no detail on passing rules makes axe faster still.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<Violation[]> {
  await expect(page.locator('iframe, frame'), 'a page with frames needs axe’s per-frame run').toHaveCount(0);
  const axe = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
  const { violations } = await (rules ? axe.withRules(rules) : axe.withTags(WCAG_A_AA)).analyze();
  return violations.map((v) => ({
    rule: v.id,
    help: v.help,
    where: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim()}`),
  }));
}
