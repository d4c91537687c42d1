/**
 * Team members' exported files and share links, loaded for the team view. Kept in
 * memory only: they are never stored, and never leave the browser. Each file is
 * validated like an import (src/lib/results/transfer.ts), each link like a shared
 * view (src/lib/results/share-code.ts); the same answers or link twice count once.
 */
import { atom } from 'nanostores';
import type { Answers } from '../answers';
import type { ScoreSheet } from '../results/score-sheet';
import type { ResultsOutline } from '../results/manifest';
import { codeFromHash, decodeShareCode, roleFromHash } from '../results/share-code';
import { ROLES, type Role } from '../results/team';
import { readImportFile } from '../results/transfer';

export interface TeamMember {
  id: number;
  /** The file's name, or "Share link N". */
  fileName: string;
  /** A file brings answers (scored here); a share link brings scores only. */
  from: { answers: Answers } | { sheet: ScoreSheet };
  role?: Role | undefined;
  /** The answers or the code, to spot the same one loaded twice. */
  fingerprint: string;
}

export interface TeamProblem {
  fileName: string;
  message: string;
}

export const $teamMembers = atom<TeamMember[]>([]);
/** The role the reader says they answer as, for their export or share link; this page only. */
export const $role = atom<Role | ''>('');
/** Why the files of the last load were refused, one line each. */
export const $teamProblems = atom<TeamProblem[]>([]);

let nextId = 1;

/** Reads and validates the chosen files and adds the good ones as members. */
export async function addTeamFiles(files: readonly File[]): Promise<void> {
  const problems: TeamProblem[] = [];
  const added: TeamMember[] = [];
  for (const file of files) {
    const result = await readImportFile(file);
    if (!result.ok) {
      problems.push({ fileName: file.name, message: result.message });
      continue;
    }
    const fingerprint = JSON.stringify(result.data.answers);
    const known = [...$teamMembers.get(), ...added].find((m) => m.fingerprint === fingerprint);
    if (known) {
      problems.push({
        fileName: file.name,
        message: `It holds the same answers as ${known.fileName}, so it was not counted twice.`,
      });
      continue;
    }
    added.push({
      id: nextId++,
      fileName: file.name,
      from: { answers: result.data.answers },
      role: result.data.role,
      fingerprint,
    });
  }
  $teamMembers.set([...$teamMembers.get(), ...added]);
  $teamProblems.set(problems);
}

const isRole = (value: string | null): value is Role => ROLES.includes(value as Role);

/** Reads pasted share links (one a line, or separated by spaces) and adds the good ones as members. */
export function addShareLinks(outline: ResultsOutline, text: string): void {
  const problems: TeamProblem[] = [];
  const added: TeamMember[] = [];
  const links = text.split(/\s+/).filter(Boolean);
  for (const [i, link] of links.entries()) {
    const name = `Share link ${i + 1}`;
    const hash = link.includes('#') ? link.slice(link.indexOf('#')) : '';
    const code = codeFromHash(hash);
    const decoded = code === null ? null : decodeShareCode(outline, code);
    if (!decoded || !decoded.ok) {
      problems.push({
        fileName: name,
        message: decoded?.message ?? 'It is not a share link from “Share your scores”.',
      });
      continue;
    }
    const role = roleFromHash(hash);
    const fingerprint = `link:${code}:${role ?? ''}`;
    if ([...$teamMembers.get(), ...added].some((m) => m.fingerprint === fingerprint)) {
      problems.push({ fileName: name, message: 'The same link is already loaded, so it was not counted twice.' });
      continue;
    }
    added.push({
      id: nextId++,
      fileName: name,
      from: { sheet: decoded.sheet },
      role: isRole(role) ? role : undefined,
      fingerprint,
    });
  }
  $teamMembers.set([...$teamMembers.get(), ...added]);
  $teamProblems.set(problems);
}

export function removeTeamMember(id: number): void {
  $teamMembers.set($teamMembers.get().filter((m) => m.id !== id));
  $teamProblems.set([]);
}

export function clearTeam(): void {
  $teamMembers.set([]);
  $teamProblems.set([]);
}
