/**
 * Export and import of everything the reader has: one versioned JSON file with
 * answers (ticks, ratings, notes), snapshots, the action plan and, when the reader
 * says so, the role they answer as (for the team view). An imported file is untrusted:
 * it is size-checked before it is read, parsed defensively, and validated with zod
 * through the same readers as stored data. A refused file changes nothing.
 *
 *   {
 *     "format": "customer-service-playbook/answers",
 *     "version": 1,
 *     "exportedAt": "2026-11-22T10:00:00.000Z",
 *     "answers": { "version": 1, "items": { … }, "statements": { … } },
 *     "snapshots": [ { "id": "s-…", "takenAt": "…", "scores": { … }, "answers": { … } } ],
 *     "plan": { "version": 1, "actions": [ … ] },
 *     "role": "manager"
 *   }
 *
 * `plan` and `role` are optional: files made before they existed still import.
 */
import { z } from '~/lib/zod';
import { countAnswers, type Answers } from '../answers';
import { readAnswers } from '../answers-read';
import { Timestamp } from '../stored-fields';
import { EMPTY_PLAN, readPlan, type Plan } from './plan';
import { readSnapshotList, type Snapshot } from './snapshots';
import { ROLES, type Role } from './team';

const EXPORT_FORMAT = 'customer-service-playbook/answers';
const EXPORT_VERSION = 1;
/** A real export is a few kilobytes; this leaves room for years of snapshots. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export interface ExportData {
  answers: Answers;
  snapshots: Snapshot[];
  plan: Plan;
  /** The role the person answered as, if they said. */
  role?: Role;
  exportedAt: string;
}

/** The export file's text. */
export function createExport(
  answers: Answers,
  snapshots: readonly Snapshot[],
  now: Date,
  plan: Plan = EMPTY_PLAN,
  role?: Role,
): string {
  const envelope = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString() };
  return JSON.stringify({ ...envelope, ...(role ? { role } : {}), answers, snapshots, plan }, null, 2);
}

/** e.g. playbook-answers-2026-11-22.json */
export const exportFileName = (now: Date) => `playbook-answers-${now.toISOString().slice(0, 10)}.json`;

export interface ImportSummary {
  ticked: number;
  rated: number;
  notes: number;
  snapshots: number;
  actions: number;
  exportedAt: string;
}

export type ImportResult = { ok: true; data: ExportData; summary: ImportSummary } | { ok: false; message: string };

const refuse = (message: string): ImportResult => ({ ok: false, message });

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Keys that could reach an object's prototype if anything downstream copied them naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const EnvelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: Timestamp,
  answers: z.unknown(),
  snapshots: z.optional(z.unknown()),
  plan: z.optional(z.unknown()),
  role: z.optional(z.enum(ROLES)),
});

/** Checks a file's size and kind before its contents are read. */
export function checkImportFile(file: { size: number; type: string }): string | null {
  if (file.size === 0) return 'This file is empty. Choose a file made with “Export answers”.';
  if (file.size > MAX_IMPORT_BYTES)
    return `This file is too big (${megabytes(file.size)}). An answers file is much smaller; the limit is ${megabytes(MAX_IMPORT_BYTES)}. Nothing was changed.`;
  if (/^(image|audio|video|font)\//.test(file.type) || file.type === 'application/pdf')
    return `This is not an answers file (it is ${file.type.startsWith('image/') ? 'an image' : `a ${file.type} file`}). Choose a .json file made with “Export answers”. Nothing was changed.`;
  return null;
}

/** Reads an export from its text: everything validated, or a sentence saying why not. */
export function readImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES)
    return refuse(`This file is too big. The limit is ${megabytes(MAX_IMPORT_BYTES)}. Nothing was changed.`);
  if (!text.trim()) return refuse('This file is empty. Choose a file made with “Export answers”.');
  let data: unknown;
  let forbidden = '';
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden ||= key;
      return value;
    });
  } catch {
    return refuse(
      'This file is not an answers file: it is not JSON, or it is cut short. Choose a file made with “Export answers”. Nothing was changed.',
    );
  }
  if (forbidden)
    return refuse(
      `This file contains a field named “${forbidden}”, which no answers file has. It was refused to keep this page safe. Nothing was changed.`,
    );
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return refuse('This file is not a playbook answers file. Choose a file made with “Export answers”.');
  const envelope = data as Record<string, unknown>;
  if (envelope.format !== EXPORT_FORMAT)
    return refuse(
      'This file is not a playbook answers file (it lacks the playbook’s format marker). Choose a file made with “Export answers”.',
    );
  const version = envelope.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION)
    return refuse(
      `This file was made by a newer version of the playbook (format ${version}; this one reads up to ${EXPORT_VERSION}). Update this copy of the playbook, then import it. Nothing was changed.`,
    );
  const parsed = EnvelopeSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(
      `This answers file is damaged${issue?.path.length ? ` (at ${issue.path.join('.')})` : ''}: ${issue?.message ?? 'unknown problem'}. Nothing was changed.`,
    );
  }
  const answers = readAnswers(parsed.data.answers);
  if (!answers.ok) return refuse(`This file cannot be imported. ${answers.message} Nothing was changed.`);
  const snapshots = readSnapshotList(parsed.data.snapshots ?? [], 'The snapshots in this file');
  if (!snapshots.ok) return refuse(`${snapshots.message} Nothing was changed.`);
  const plan = parsed.data.plan === undefined ? { ok: true as const, plan: EMPTY_PLAN } : readPlan(parsed.data.plan);
  if (!plan.ok) return refuse(`${plan.message} Nothing was changed.`);
  const { exportedAt, role } = parsed.data;
  const counts = countAnswers(answers.answers);
  return {
    ok: true,
    data: {
      answers: answers.answers,
      snapshots: snapshots.snapshots,
      plan: plan.plan,
      exportedAt,
      ...(role ? { role } : {}),
    },
    summary: { ...counts, snapshots: snapshots.snapshots.length, actions: plan.plan.actions.length, exportedAt },
  };
}

/** Reads an export from a chosen file: size and kind first, then its text. */
export async function readImportFile(file: Blob): Promise<ImportResult> {
  const problem = checkImportFile(file);
  if (problem) return refuse(problem);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refuse('This file could not be read. Try choosing it again. Nothing was changed.');
  }
  return readImport(text);
}
