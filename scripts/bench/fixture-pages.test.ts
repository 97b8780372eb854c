import { describe, expect, it } from 'vitest';
import { BENCH_SITES, cardsHtml, loadAdapter, pageHtml, pageTemplate, verifyPage } from './fixture-pages';

describe.each(BENCH_SITES)('generated $site pages', (bench) => {
  it('hold exactly the asked number of distinct comments, read by the site\'s adapter', async () => {
    const adapter = await loadAdapter(bench.site);
    if (!adapter) return; // the site's adapter is not written yet; the bench reports it as skipped
    const template = pageTemplate(adapter, bench);
    expect(() => verifyPage(template, pageHtml(template, 23), 23)).not.toThrow();
  });

  it('append cards whose comments are new to the page', async () => {
    const adapter = await loadAdapter(bench.site);
    if (!adapter) return;
    const template = pageTemplate(adapter, bench);
    const page = pageHtml(template, 10);
    const withAppended = page.replace(cardsHtml(template, 10, 0), cardsHtml(template, 10, 0) + cardsHtml(template, 5, 10));
    expect(() => verifyPage(template, withAppended, 15)).not.toThrow();
  });
});
