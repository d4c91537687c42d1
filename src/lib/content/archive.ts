/**
 * Earlier editions of the assessment questions, frozen in content/archive/ so readers
 * who answered them can still see what they answered. Read at build time only.
 */
import { z } from 'astro/zod';
import { parse } from 'yaml';
import assessmentsV1 from '../../../content/archive/assessments-v1.yaml?raw';
import type { ArchivedEdition } from '../results/legacy';
import { IdSchema } from './schemas';

/** One frozen edition: its scale words and every statement's text, by framework and dimension. */
const ArchivedEditionSchema = z.object({
  edition: IdSchema,
  frozenOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  scale: z.array(z.string().min(2)).length(5),
  frameworks: z.array(
    z.object({
      id: IdSchema,
      title: z.string(),
      dimensions: z.array(
        z.object({
          id: IdSchema,
          title: z.string(),
          statements: z.array(z.object({ id: IdSchema, text: z.string().min(10) })),
        }),
      ),
    }),
  ),
});

/** Every archived edition, validated. */
export function loadArchive(): ArchivedEdition[] {
  return [ArchivedEditionSchema.parse(parse(assessmentsV1))];
}
