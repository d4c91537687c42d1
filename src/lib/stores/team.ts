/**
 * Team members' exported files, loaded for the team view. Kept in memory only: they
 * are never stored, and never leave the browser. Each file is validated like an
 * import (src/lib/results/transfer.ts); a file identical to one already loaded is
 * not counted twice.
 */
import { atom } from 'nanostores';
import type { Answers } from '../answers';
import type { Role } from '../results/team';
import { readImportFile } from '../results/transfer';

export interface TeamMember {
  id: number;
  fileName: string;
  answers: Answers;
  /** The file's own text, to spot the same file loaded twice. */
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
    added.push({ id: nextId++, fileName: file.name, answers: result.data.answers, fingerprint });
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
