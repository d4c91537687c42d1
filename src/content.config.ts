import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import {
  AssessmentSchema,
  ChecklistSchema,
  CrosswalkThemeSchema,
  FrameworkSchema,
  PageFieldsSchema,
  StandardSchema,
} from './lib/content/schemas';

/** Data files are keyed by their own permanent `id`, never by file name alone. */
const byDeclaredId = ({ entry, data }: { entry: string; data: Record<string, unknown> }) =>
  typeof data.id === 'string' ? data.id : entry.replace(/\.ya?ml$/, '');

export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({ extend: PageFieldsSchema }),
  }),
  frameworks: defineCollection({
    loader: file('./content/frameworks.yaml'),
    schema: FrameworkSchema,
  }),
  checklists: defineCollection({
    loader: glob({ base: './content/checklists', pattern: '*.{yaml,yml}', generateId: byDeclaredId }),
    schema: ChecklistSchema,
  }),
  assessments: defineCollection({
    loader: glob({ base: './content/assessments', pattern: '*.{yaml,yml}', generateId: byDeclaredId }),
    schema: AssessmentSchema,
  }),
  crosswalk: defineCollection({
    loader: file('./content/crosswalk.yaml'),
    schema: CrosswalkThemeSchema,
  }),
  standards: defineCollection({
    loader: file('./content/standards.yaml'),
    schema: StandardSchema,
  }),
};
