/**
 * What the playbook says when answers cannot be saved: one wording, used by the
 * storage notice on every page and by "Your data" on the results page.
 */
import type { StorageHealth } from './stores/storage';

/** The headline and the explanation for each unhealthy state; each place adds its own next step. */
export const HEALTH_WORDING: Record<Exclude<StorageHealth, 'ok'>, { title: string; detail: string }> = {
  blocked: {
    title: 'Your answers cannot be saved in this browser.',
    detail: 'It is blocking this site from storing data, so answers last only while this page is open.',
  },
  full: {
    title: 'Your latest answers are not saved: this browser’s storage is full.',
    detail: 'They are still on this page.',
  },
};
