/**
 * A note field stays open while the reader edits it, even when they delete every
 * character, and keeps what they type (a space at the end included) until they
 * leave the field, when the note is trimmed.
 */
import { expect, test, hydrateAll, openPage, url } from './support/browser';
import { ANSWERS_KEY } from './support/storage';

const ITEM = 'List everyone you deal with in a normal week';

test('the note box stays open while editing, and the note is trimmed only on leaving it', async ({ browser }) => {
  const { page, errors } = await openPage(browser);
  await page.goto(url('frameworks/cus/identify-the-customer/'));
  await hydrateAll(page);
  const item = page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: new RegExp(ITEM) }) });
  await item.getByText('Add a note').click();
  const note = page.getByRole('textbox', { name: `Note on: ${ITEM}` });
  const storedNote = () =>
    page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key) ?? '{}').items?.['cus-identify-map-everyone']?.note,
      ANSWERS_KEY,
    );

  await note.pressSequentially('a');
  await note.press('Backspace');
  await expect.poll(() => note.isVisible()).toBe(true); // still open under the cursor
  await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);

  await note.pressSequentially('Call Sam back ');
  await expect.poll(() => note.inputValue()).toBe('Call Sam back ');
  await expect.poll(storedNote).toBe('Call Sam back ');
  await note.press('Tab');
  await expect.poll(storedNote).toBe('Call Sam back');
  await expect.poll(() => note.inputValue()).toBe('Call Sam back');
  expect(errors).toEqual([]);
});
