import { fixturePath } from '../helpers/fixtures';
import { expect, test } from './fixtures';
import { readRows } from './idb';

const HOTEL_URL = 'https://www.tripadvisor.com/Hotel_Review-g186338-d192000-Reviews-Example_Harbour_Hotel-London_England.html';
const DIRTY_ROOM = 'tripadvisor:1023456789';

const BRAND = {
  name: 'Example Harbour Hotel',
  signature: 'Ana',
  role: 'Guest Relations',
  contactChannel: 'our front desk',
  allowedActions: ['We have asked housekeeping to re-check every room before check-in.'],
  team: ['Ana', 'Budi'],
};

test('the reply workflow: analysis, suggestions, live tone check with fixes, confirmation, drafts kept, findings logged', async ({ context, route, openPanel, serviceWorker }) => {
  await route([{ url: HOTEL_URL, file: fixturePath('tripadvisor', 'hotel-owner-view.en.html') }]);
  await serviceWorker.evaluate((brandProfile) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ brandProfile }), BRAND);
  const page = await context.newPage();
  await page.goto(HOTEL_URL);
  let panel = await openPanel(HOTEL_URL);
  await expect(panel.locator('[data-comment-key]')).toHaveCount(5);
  await expect(panel.getByTestId('unanswered-counts')).toContainText('Unanswered: 2 negative');

  // Keyboard: j selects the first comment in the queue, then Enter goes to the reply box.
  await panel.locator('body').press('j');
  await expect(panel.getByTestId('comment-text')).toContainText('The bathroom had hair in the sink');
  const analysis = panel.getByTestId('analysis');
  await expect(analysis).toContainText('Negative');
  await expect(analysis.locator('[data-topic="cleanliness"]')).toBeVisible();
  await expect(panel.getByTestId('comment-text').locator('mark').first()).toBeVisible();
  // Each highlighted topic word is a whole word of the comment, not a shifted slice of it.
  const cuts = await panel.getByTestId('comment-text').evaluate((paragraph) =>
    [...paragraph.querySelectorAll('mark')].filter((mark) => /\p{L}$/u.test(mark.previousSibling?.textContent ?? '') || /^\p{L}/u.test(mark.nextSibling?.textContent ?? '')).map((mark) => mark.textContent),
  );
  expect(cuts).toEqual([]);

  // Three suggested replies, each with its reason; using one fills the draft with a calm reply.
  const suggestions = panel.locator('[data-template]');
  await expect(suggestions).toHaveCount(3);
  await expect(suggestions.first()).toContainText(/matches/i);
  const first = suggestions.first();
  if (await first.getByLabel('What we will do').count()) await first.getByLabel('What we will do').selectOption(BRAND.allowedActions[0]!);
  await first.getByRole('button', { name: 'Use this reply' }).click();
  const reply = panel.getByLabel('Your reply');
  await expect(reply).toHaveValue(/our front desk/);
  await expect(reply).not.toHaveValue(/\[/);
  await expect(panel.getByTestId('tone-verdict')).toHaveAttribute('data-verdict', 'ok');

  // A smug word is highlighted with why, and one click applies the calmer wording.
  await reply.fill('Obviously the room was cleaned before you arrived. Thank you for your feedback.');
  await expect(panel.getByTestId('tone-verdict')).toHaveAttribute('data-verdict', /caution|stop/);
  const smug = panel.locator('[data-rule="smug-adverb"]');
  await expect(smug).toContainText('Obviously');
  await expect(panel.locator('mark[data-tone-mark="smug-adverb"]')).toHaveText('Obviously');
  await smug.getByRole('button').first().click();
  await expect(reply).not.toHaveValue(/Obviously/);

  // An error-level problem asks for confirmation before Insert.
  await reply.fill('This is clearly a fake review from a competitor. Our lawyer will hear about it.');
  await panel.getByRole('button', { name: 'Insert into page' }).click();
  await expect(panel.getByRole('alert')).toContainText('still has 2 serious problems');
  await panel.getByRole('button', { name: 'Keep editing' }).click();
  await expect(page.locator(`[data-composure-key="${DIRTY_ROOM}"] textarea`)).toBeHidden();

  // The draft survives closing the panel.
  const calm = 'Thank you for telling us, Maria. We are sorry the room was not clean; our housekeeping lead is looking into it.';
  await reply.fill(calm);
  await panel.waitForTimeout(600); // drafts are saved after a short pause in typing
  await panel.close();
  panel = await openPanel(HOTEL_URL);
  await panel.locator(`[data-comment-key="${DIRTY_ROOM}"]`).click();
  await expect(panel.getByLabel('Your reply')).toHaveValue(calm);

  // Handled: the log entry carries the analysis and the tone problems caught before posting, resolved.
  await panel.getByRole('button', { name: 'Mark handled' }).click();
  await expect(panel.getByRole('status')).toHaveText('Saved to the log.');
  const entry = (await readRows(panel, 'log')).find((row) => row.key === DIRTY_ROOM)!;
  expect(entry).toMatchObject({ replyText: calm, analysis: { label: 'negative', topics: expect.arrayContaining(['cleanliness']) } });
  // Caught while drafting, even across closing the panel, and fixed before posting.
  expect(entry.toneFindings).toEqual(
    expect.arrayContaining([
      { ruleId: 'smug-adverb', severity: 'warning', text: 'Obviously', resolved: true },
      { ruleId: 'fake-review-accusation', severity: 'error', text: 'fake review', resolved: true },
      { ruleId: 'legal-threat', severity: 'error', text: 'Our lawyer', resolved: true },
    ]),
  );
});
