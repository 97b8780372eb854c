import { fixturePath } from '../helpers/fixtures';
import { SITE_ADAPTERS } from '../../lib/sites/registry';
import { SITE_SCENARIOS } from '../../lib/sites/scenarios';
import { expect, test } from './fixtures';

const REPLY = 'Thank you for taking the time to write this. We are sorry about your experience and have shared it with the team.';

for (const scenario of SITE_SCENARIOS) {
  test(`${scenario.site}: ${scenario.name}`, async ({ context, route, openPanel }) => {
    const network = await route([{ url: scenario.url, file: fixturePath(scenario.site, scenario.fixture) }]);
    const page = await context.newPage();
    await page.goto(scenario.url);
    const panel = await openPanel(scenario.url);
    if (SITE_ADAPTERS.find((adapter) => adapter.id === scenario.site)?.registration === 'runtime') {
      // The schema.org reader runs where the user turns it on: the panel offers it on this page.
      await panel.getByRole('button', { name: `Read reviews on ${new URL(scenario.url).host}` }).click();
      await expect(panel.getByRole('status')).toHaveText(`Composure now reads reviews on ${new URL(scenario.url).host}.`);
    }
    await expect(page.locator('composure-marker')).toHaveCount(scenario.comments.length);

    // Listed in the side panel with the right ratings and reply states.
    const rows = panel.locator('[data-comment-key]');
    await expect(rows).toHaveCount(scenario.comments.length);
    for (const expected of scenario.comments) {
      const row = panel.locator(`[data-comment-key="${expected.key}"]`);
      await expect(row).toHaveAttribute('data-rating', expected.rating === null ? 'none' : String(expected.rating));
      await expect(row).toHaveAttribute('data-answered', String(expected.answered));
    }

    // A negative one is highlighted on the page.
    const negativeMarker = page.locator(`composure-marker[data-composure-for="${scenario.negativeKey}"]`);
    await expect(negativeMarker).toHaveAttribute('data-label', 'negative');
    await expect(negativeMarker).toBeVisible();
    if (scenario.markerAbove) {
      const [marker, text] = await Promise.all([negativeMarker.boundingBox(), page.locator(scenario.markerAbove).boundingBox()]);
      expect(marker!.y + marker!.height).toBeLessThanOrEqual(text!.y);
    }

    // The markers broke none of the page's own buttons.
    if (scenario.siteButton) {
      await page.locator(scenario.siteButton.click).click();
      const { selector, attribute, value } = scenario.siteButton.changes;
      await expect(page.locator(selector)).toHaveAttribute(attribute, value);
    }

    // Insert puts the text into the site's reply editor as the site would see it.
    if (scenario.reply) {
      await panel.locator(`[data-comment-key="${scenario.reply.key}"]`).click();
      await panel.getByLabel('Your reply').fill(REPLY);
      await panel.getByRole('button', { name: 'Insert into page' }).click();
      await expect(panel.getByRole('status')).toContainText('Inserted into the page');
      const editor = page.locator(scenario.reply.editor);
      const expected = (scenario.reply.prefix ?? '') + REPLY;
      if (scenario.reply.read === 'value') await expect(editor).toHaveValue(expected);
      else await expect(editor).toHaveText(expected);
    }

    expect(network.unexpected).toEqual([]);
  });
}
