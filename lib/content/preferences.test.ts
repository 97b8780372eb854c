import { describe, expect, it } from 'vitest';
import { saveSiteSwitches, resolveSiteSwitches } from '../settings/site-switches';
import { preferencesFrom } from './preferences';

describe('page preferences', () => {
  it('leaves a site on unless the options switched it off', () => {
    expect(preferencesFrom({}, 'yelp', 'en-US')).toEqual({ enabled: true, uiLang: 'en' });
    expect(preferencesFrom({ siteSwitches: { yelp: false } }, 'yelp', 'en-US').enabled).toBe(false);
    expect(preferencesFrom({ siteSwitches: { yelp: false } }, 'x', 'en-US').enabled).toBe(true);
    expect(preferencesFrom({ siteSwitches: 'garbage' }, 'yelp', 'en-US').enabled).toBe(true);
  });

  it('uses the chosen UI language, else the browser\'s', () => {
    expect(preferencesFrom({ uiLanguage: 'id' }, 'yelp', 'es-MX').uiLang).toBe('id');
    expect(preferencesFrom({ uiLanguage: 'auto' }, 'yelp', 'es-MX').uiLang).toBe('es');
  });

  it('reads the same keys the options page writes', async () => {
    await saveSiteSwitches({ ...resolveSiteSwitches({}), trustpilot: false });
    const stored = await browser.storage.local.get(null);
    expect(preferencesFrom(stored, 'trustpilot', 'en').enabled).toBe(false);
  });
});
