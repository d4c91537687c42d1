/**
 * Init scripts that set up a browser's storage before the page's own scripts run:
 * seeded answers, blocked storage, a full quota. They run inside the page, so they
 * take plain data and close over nothing.
 */
import { readFileSync } from 'node:fs';

export const ANSWERS_KEY = 'playbook:v1:answers';

/** A fixture shared with the unit tests, e.g. fixture('storage/v1/some-answers.json'). */
export const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');

/** Stores `raw` under `key` once, before the first page of the context loads. */
export const seed = (key: string, raw: string) => ({
  script: ([k, v]: [string, string]) => {
    if (!sessionStorage.getItem('seeded:' + k)) {
      localStorage.setItem(k, v);
      sessionStorage.setItem('seeded:' + k, '1');
    }
  },
  arg: [key, raw] as [string, string],
});

/** Makes reading `window.localStorage` throw, as a browser set to block site data does. */
export function blockStorage() {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
}

/** Makes every write of this site's keys fail as if the quota were used up. */
export function fillStorage() {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key: string, value: string) {
    if (key.startsWith('playbook:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return setItem.call(this, key, value);
  };
}
