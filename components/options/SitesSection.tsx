import { useEffect, useState } from 'react';
import type { Lang } from '@/lib/lang';
import { t } from '@/lib/i18n';
import { SITE_ADAPTERS } from '@/lib/sites/registry';
import type { SiteId } from '@/lib/sites/site-ids';
import { DEFAULT_SITE_SWITCHES, loadSiteSwitches, saveSiteSwitches } from '@/lib/settings/site-switches';
import { persist } from './persist';
import { storageProblemText } from './storage-message';
import { NoticeLine, Section, Toggle, useNotice } from './ui';

/** One switch per site adapter, saved as soon as it is flipped. */
export function SitesSection({ lang }: { lang: Lang }) {
  const [switches, setSwitches] = useState<Record<SiteId, boolean>>({ ...DEFAULT_SITE_SWITCHES });
  const [notice, setNotice] = useNotice();

  useEffect(() => {
    loadSiteSwitches().then(setSwitches, (error: unknown) => setNotice({ kind: 'error', text: t(lang, 'options.loadFailed', { problem: storageProblemText(lang, error) }) }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function flip(site: SiteId, name: string, on: boolean) {
    const next = { ...switches, [site]: on };
    setSwitches(next);
    const saved = await persist(lang, setNotice, () => saveSiteSwitches(next), t(lang, on ? 'options.sites.on' : 'options.sites.off', { site: name }));
    if (!saved) setSwitches(switches);
  }

  return (
    <Section id="sites" title={t(lang, 'options.sites.title')} intro={t(lang, 'options.sites.intro')}>
      <div className="grid gap-2 sm:grid-cols-2">
        {SITE_ADAPTERS.map((adapter) => (
          <Toggle
            key={adapter.id}
            id={`site-${adapter.id}`}
            asSwitch
            label={adapter.name}
            checked={switches[adapter.id]}
            onChange={(on) => void flip(adapter.id, adapter.name, on)}
            description={adapter.id === 'generic' ? t(lang, 'options.sites.genericNote') : undefined}
          />
        ))}
      </div>
      <NoticeLine notice={notice} />
    </Section>
  );
}
