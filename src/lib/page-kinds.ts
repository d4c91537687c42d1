import type { PageKind } from './content/schemas';

/** What readers see (and filter search by) for each kind of page. */
export const KIND_LABELS: Record<PageKind, string> = {
  home: 'Home',
  overview: 'Framework chapter',
  chapter: 'Framework chapter',
  situation: 'Situation guide',
  guide: 'Guide',
  crosswalk: 'Guide',
  glossary: 'Glossary',
  reference: 'Reference',
};
