/**
 * Schemas for everything authors write in content/. Each is declared once; types
 * are derived from it. Cross-references between files (a checklist naming a
 * chapter, a crosswalk theme naming a dimension) are checked in ./validate.ts.
 */
import { z } from 'astro/zod';
import { ID_PATTERN, MAX_ID_LENGTH } from '../limits';

/** A permanent id: lower-case words joined by hyphens. Saved answers hang on it. */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, 'ids are lower-case words joined by hyphens, e.g. cus-identify-list-everyone')
  .max(MAX_ID_LENGTH, `ids are at most ${MAX_ID_LENGTH} characters: saved answers in browsers refuse longer ones`);

/** A page id: its path under content/docs without extension, e.g. frameworks/cus/identify-the-customer. */
const PageIdSchema = z
  .string()
  .regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/, 'page ids look like frameworks/cus/identify-the-customer');

/** A heading id on a page, e.g. how-to-put-it-into-practice. */
const SectionIdSchema = z.string().regex(/^[a-z0-9-]+$/, 'section ids look like how-to-put-it-into-practice');

/**
 * A framework's id: a key of content/frameworks.yaml, the one place the frameworks
 * are listed (validate.ts checks every reference against it).
 */
const FrameworkIdSchema = IdSchema;
export type FrameworkId = z.infer<typeof FrameworkIdSchema>;

const PAGE_KINDS = ['home', 'overview', 'chapter', 'situation', 'guide', 'glossary', 'crosswalk', 'reference'] as const;
/** What a page is: drives the sidebar, search filters and the template check. */
export const PageKindSchema = z.enum(PAGE_KINDS);
export type PageKind = z.infer<typeof PageKindSchema>;

/** Frontmatter fields the playbook adds to Starlight's docs schema. */
export const PageFieldsSchema = z.object({
  /** What the page is. */
  kind: PageKindSchema.default('reference'),
  /** The framework a chapter belongs to (required for overview and chapter pages). */
  framework: FrameworkIdSchema.optional(),
  /** Reading order inside its sidebar group, 1 first. */
  order: z.number().int().positive().default(100),
  /** Words people type when they have the problem this page solves; indexed for search. */
  aliases: z.array(z.string().min(2)).default([]),
  /** Checklists shown on this page. */
  checklists: z.array(IdSchema).default([]),
  /** The assessment shown on this page. */
  assessment: IdSchema.optional(),
  /** The assessment dimension this chapter teaches. */
  dimension: IdSchema.optional(),
  /** Pages this one leans on. */
  related: z.array(PageIdSchema).default([]),
});

/** One entry of content/frameworks.yaml (the key is the framework id). */
export const FrameworkSchema = z.object({
  order: z.number().int().positive(),
  title: z.string().min(3),
  shortTitle: z.string().min(2),
  /** The section's folder under content/docs. */
  folder: PageIdSchema,
  author: z.string().min(3),
  /** The credit line shown on every page of the framework. */
  credit: z.string().min(10),
  summary: z.string().min(10),
  /** Its steps are levels built from the bottom up: the results page traces weak service back down them. */
  levelsBuiltBottomUp: z.boolean().default(false),
});
export type Framework = z.infer<typeof FrameworkSchema> & { id: FrameworkId };

const Priority = z.enum(['high', 'normal']);

/** One action on a checklist. */
const ChecklistItemSchema = z.object({
  id: IdSchema,
  text: z.string().min(10),
  priority: Priority.default('normal'),
  /** Heading id on the checklist's chapter where the action is explained. */
  section: SectionIdSchema.optional(),
});

/** content/checklists/<id>.yaml */
export const ChecklistSchema = z.object({
  id: IdSchema,
  framework: FrameworkIdSchema,
  title: z.string().min(3),
  chapter: PageIdSchema,
  items: z.array(ChecklistItemSchema).min(1, 'a checklist needs at least one item'),
});
export type Checklist = z.infer<typeof ChecklistSchema>;

/** A reason, in words, for letting a statement through an editorial check (see ./statement-lint.ts). */
const AllowReason = z.string().trim().min(10, 'give the reason in a sentence: why is this truly the point, or one idea?');

/** One practice to rate: how established it is, with the evidence that would show it. */
const StatementSchema = z
  .object({
    id: IdSchema,
    text: z.string().min(10),
    /** How you would know: what an assessor would ask to see (a written list, a log, a rota, a number). One line. */
    evidence: z.string().optional(),
    /** Editorial exceptions, each with its reason: an absolute word that is the point, an "and"/"or" that is one idea. */
    allow: z.object({ absolute: AllowReason.optional(), compound: AllowReason.optional() }).strict().optional(),
    /** Heading id on the dimension's chapter where help is. */
    section: SectionIdSchema.optional(),
    /** What a worried reader would type to find help: pre-fills search from weak answers. */
    search: z.string().min(3).optional(),
  })
  .superRefine((statement, ctx) => {
    // Checked here rather than on the field so that the message can name the statement.
    const evidence = statement.evidence?.trim() ?? '';
    if (evidence.length < 10 || evidence.includes('\n'))
      ctx.addIssue({
        code: 'custom',
        path: ['evidence'],
        message: `statement "${statement.id}" needs an evidence line: one line saying how you would know (a list, a log, a rota, a number)`,
      });
  })
  .transform(({ evidence, ...statement }) => ({ ...statement, evidence: evidence!.trim() }));

const DimensionSchema = z.object({
  id: IdSchema,
  title: z.string().min(3),
  chapter: PageIdSchema,
  statements: z.array(StatementSchema).min(3, 'a dimension needs at least three statements'),
});

/** A score band: from `min` (0–100) up to the next band. */
export const BandSchema = z.object({
  min: z.number().min(0).max(100),
  label: z.string().min(2),
  meaning: z.string().min(10),
});
export type Band = z.infer<typeof BandSchema>;

export const DEFAULT_BANDS: Band[] = [
  { min: 0, label: 'Getting started', meaning: 'The basics are not yet in place.' },
  { min: 40, label: 'Building', meaning: 'Some habits are there; they are not yet routine.' },
  { min: 70, label: 'Established', meaning: 'This is how you work most of the time.' },
  { min: 90, label: 'Leading', meaning: 'You do this consistently and keep improving it.' },
];

/** content/assessments/<id>.yaml: one framework's self-assessment. */
export const AssessmentSchema = z.object({
  id: IdSchema,
  framework: FrameworkIdSchema,
  title: z.string().min(3),
  dimensions: z.array(DimensionSchema).min(1, 'an assessment needs at least one dimension'),
  bands: z
    .array(BandSchema)
    .min(1)
    .refine((bands) => bands[0]?.min === 0, 'the first band must start at 0')
    .refine((bands) => bands.every((b, i) => i === 0 || b.min > bands[i - 1]!.min), 'bands must rise')
    .default(DEFAULT_BANDS),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

/** One theme of content/crosswalk.yaml: where several frameworks meet. */
export const CrosswalkThemeSchema = z.object({
  id: IdSchema,
  title: z.string().min(3),
  summary: z.string().min(10),
  dimensions: z.array(IdSchema).min(2),
  start: PageIdSchema,
  problem: z.string().min(10),
});
export type CrosswalkTheme = z.infer<typeof CrosswalkThemeSchema>;

/** A pattern in content/standards.yaml that must compile as a regular expression. */
const PatternSchema = z.string().refine((source) => {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}, 'detect patterns must be valid regular expressions');

/** One entry of content/standards.yaml: a service standard the playbook recommends, stated once. */
export const StandardSchema = z.object({
  id: IdSchema,
  name: z.string().min(3),
  /** Written to read mid-sentence: "within one working day". */
  value: z.string().min(2),
  why: z.string().min(10),
  /** An author credited exactly, or "the playbook's suggestion". */
  source: z.string().min(3),
  /** Patterns that find this standard stated with a number outside the standards file. */
  detect: z.array(PatternSchema).min(1, 'give at least one detect pattern so stray numbers are caught'),
});
export type Standard = z.infer<typeof StandardSchema>;
