/**
 * How Pagefind weighs a match. Every query word is searched on its own and the
 * results merged (./search.ts), so these weigh one word on one page. Given to
 * Starlight's Pagefind indexing (astro.config.mjs) and to the search engine in the
 * browser (components/starlight/search-engine.ts). Checked by
 * tests/e2e/search-quality.test.ts.
 */
export const PAGEFIND_RANKING = {
  // Halfway between counting a word's occurrences and its share of the page: a long
  // chapter that uses a word often should not lose to a short page that uses it once.
  termFrequency: 0.5,
  // Moderate length normalisation: situation guides are shorter than chapters, and
  // neither kind should win just by its length.
  pageLength: 0.5,
  // Pagefind's default: a few mentions count, the tenth mention adds little.
  termSaturation: 1.4,
  // Starlight's default, and strong on purpose: Pagefind matches words by prefix, so
  // "man" also finds "manager"; the exact word must count for much more.
  termSimilarity: 9,
  // Pagefind's default; the playbook is in English, accents are rare.
  diacriticSimilarity: 0.8,
  metaWeights: {
    // Pagefind's default: a word in the page title is strong evidence.
    title: 5,
    // The words people type for the problem a page solves (frontmatter `aliases`,
    // assessment `search` phrases; see ./search-metadata.ts): nearly as strong as the title.
    aliases: 3,
    // The one-sentence summary: about the page, but written for reading, not searching.
    description: 2,
    // The page's checklist items (Pagefind drops <label> text, so they are indexed as
    // metadata). They repeat what the body teaches, so a match counts about as much as a
    // word in the body: a quarter of the aliases' weight.
    checklist: 0.25,
  },
};
