import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/lang';
import { loadRecentTabs, recentTabsItem, type RecentTab } from '@/lib/settings/recent-tabs';

/** The other review pages open in this browser, with what still waits there. */
export function RecentTabs({ uiLang, currentTabId, onOpen }: { uiLang: Lang; currentTabId: number | null; onOpen(tabId: number): void }) {
  const [tabs, setTabs] = useState<RecentTab[]>([]);
  useEffect(() => {
    void loadRecentTabs().then(setTabs);
    return recentTabsItem.watch(() => void loadRecentTabs().then(setTabs));
  }, []);
  const others = tabs.filter((tab) => tab.tabId !== currentTabId && tab.comments > 0);
  if (others.length === 0) return null;
  return (
    <section aria-label={t(uiLang, 'panel.otherTabs')} className="border-t border-slate-200 px-3 py-2 text-sm dark:border-slate-800">
      <h2 className="text-xs font-semibold uppercase text-slate-600 dark:text-slate-400">{t(uiLang, 'panel.otherTabs')}</h2>
      <ul className="mt-1 space-y-1">
        {others.map((tab) => (
          <li key={tab.tabId} data-recent-tab={tab.tabId} className="flex items-center gap-2">
            <span className="min-w-0 flex-1 truncate" title={tab.url}>
              {new URL(tab.url).host}
              <span className="text-slate-600 dark:text-slate-400"> · {t(uiLang, 'panel.otherTabNeeds', { count: tab.needReply, total: tab.comments })}</span>
            </span>
            <button type="button" onClick={() => onOpen(tab.tabId)} className="shrink-0 rounded border border-slate-300 px-2 py-0.5 text-xs dark:border-slate-700">
              {t(uiLang, 'panel.openTab')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
