/** The results manifest and its outline, built from content as the build makes them. */
import { describe, expect, test } from 'vitest';
import { realManifest, realOutline } from './support/results-manifest';

const manifest = realManifest();
const outline = realOutline();

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
