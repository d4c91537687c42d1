/** The filters and hidden metadata a page gives Pagefind (fixtures, not live content). */
import { describe, expect, test } from 'vitest';
import { searchMetadata, type SearchMetadataSource } from '~/lib/search-metadata';

const chapter: SearchMetadataSource = {
  pageId: 'frameworks/cus/identify-the-customer',
  kind: 'chapter',
  aliases: ['who is my customer', 'colleagues as customers'],
  description: 'Everyone you serve is a customer.',
  checklistIds: ['cus-identify'],
  frameworkTitle: 'C.U.S.',
  dimensions: [
    {
      chapter: 'frameworks/cus/identify-the-customer',
      statements: [{ search: 'no one owns the customer' }, {}, { search: 'who is my customer' }],
    },
    { chapter: 'frameworks/cus/understand-their-needs', statements: [{ search: 'customer prefers text' }] },
  ],
  checklistItems: (id) =>
    id === 'cus-identify' ? [{ text: 'List everyone.' }, { text: 'Name an owner.' }] : undefined,
};

describe('search metadata', () => {
  test('filters name the kind of page and the framework', () => {
    expect(searchMetadata(chapter).filters).toEqual(['kind:Framework chapter', 'framework:C.U.S.']);
  });

  test('aliases add the search phrases of the statements this chapter teaches, once each', () => {
    const aliases = searchMetadata(chapter).meta.find((m) => m.name === 'aliases');
    expect(aliases?.words).toBe('who is my customer. colleagues as customers. no one owns the customer');
  });

  test('checklist items are indexed as metadata, because Pagefind drops label text', () => {
    const checklist = searchMetadata(chapter).meta.find((m) => m.name === 'checklist');
    expect(checklist?.words).toBe('List everyone. Name an owner.');
  });

  test('a page outside the frameworks with no aliases, summary or checklist carries only its kind', () => {
    const bare = { ...chapter, pageId: 'glossary', kind: 'glossary' as const, aliases: [], checklistIds: [] };
    const result = searchMetadata({ ...bare, description: undefined, frameworkTitle: undefined });
    expect(result).toEqual({ filters: ['kind:Glossary'], meta: [] });
  });
});
