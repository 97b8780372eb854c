import { browser } from 'wxt/browser';
import type { PageComment } from '../comments/comment';
import type { ComposureDatabase } from '../db/database';
import type { SightingAnalysis } from '../db/log-entry';
import { handledKeys, negativeSightingsBetween, oldestSightingAt, recordSightings } from '../db/log-store';
import { t, uiLangFor } from '../i18n';
import type { PageReport, PageVerdicts } from '../messaging/messages';
import { evaluateRadar, exampleExcerpt, nextRadarState, radarReadStart, sameRadarState, type RadarExample, type RadarState, type TopicSpike } from '../radar';
import { loadRadarSettings } from '../settings/radar-settings';
import { loadRadarState, radarStateItem } from '../settings/radar-state';
import { recentTabsItem, withReport } from '../settings/recent-tabs';
import { triageComment, type Triage } from '../triage';

const OPEN_COLOR = '#b45309';
const ALERT_COLOR = '#b91c1c';
/** The action's title when there is no alert: the manifest's default_title (wxt.config.ts). */
const USUAL_TITLE = 'Open Composure';

/**
 * The background's answer to a content script's page report: records when each comment was first
 * seen (with what the analysis said), decides how each is marked, updates the crisis radar, and
 * shows how many still need a reply on the action icon — with "!" while the radar has an alert.
 */
export async function answerPageReport(db: ComposureDatabase, report: PageReport, tabId: number, now: number): Promise<PageVerdicts> {
  const triages = new Map<string, Triage>(report.comments.map((comment) => [comment.key, triageComment(comment)]));
  let handled = new Set<string>();
  let radar: RadarState | null = null;
  try {
    await recordSightings(db, report.comments, report.url, now, (comment) => sightingAnalysis(triages.get(comment.key)!));
    handled = await handledKeys(db, report.comments.map((comment) => comment.key));
    radar = await updateRadar(db, report.comments, now);
  } catch (error) {
    // Storage unavailable (private window, quota): the page is still marked, just without history.
    console.warn('[Composure] log database unavailable', error);
  }
  const verdicts = report.comments.map((comment) => {
    const isHandled = handled.has(comment.key);
    const triage = triages.get(comment.key)!;
    return { key: comment.key, label: triage.label, needsReply: triage.needsReply && !isHandled, handled: isHandled };
  });
  const open = verdicts.filter((verdict) => verdict.needsReply).length;
  await recentTabsItem
    .setValue(withReport(await recentTabsItem.getValue(), { tabId, site: report.site, url: report.url, comments: report.comments.length, needReply: open, reportedAt: now }))
    .catch(() => {});
  const alerting = (radar?.alerts.length ?? 0) > 0;
  try {
    // A tab's own badge hides the global "!", so the alert shows on this tab's count too.
    await browser.action.setBadgeText({ tabId, text: alerting ? `!${open > 0 ? open : ''}` : open > 0 ? String(open) : '' });
    await browser.action.setBadgeBackgroundColor({ tabId, color: alerting ? ALERT_COLOR : OPEN_COLOR });
  } catch {
    // The tab closed meanwhile: there is no badge to show.
  }
  return { type: 'page/verdicts', verdicts };
}

function sightingAnalysis(triage: Triage): SightingAnalysis {
  return { label: triage.label, topics: triage.analysis.topics.map((topic) => topic.id), lang: triage.analysis.lang };
}

/**
 * Evaluates the crisis radar after new sightings, stores the alerts for the panel, and shows them on
 * the action icon of every tab. Returns the state now in force.
 */
async function updateRadar(db: ComposureDatabase, comments: PageComment[], now: number): Promise<RadarState> {
  const [settings, previous] = await Promise.all([loadRadarSettings(), loadRadarState()]);
  const [sightings, historyStartsAt] = await Promise.all([negativeSightingsBetween(db, radarReadStart(settings, now), now + 1), oldestSightingAt(db)]);
  const evaluation = evaluateRadar({ sightings, settings, now, historyStartsAt, lastAlertAt: previous.lastAlertAt });
  const texts = await exampleTexts(db, comments, evaluation.spikes);
  const next = nextRadarState(previous, evaluation, now, (spike) => spike.exampleKeys.map((key): RadarExample => ({ key, text: texts.get(key) ?? null })));
  if (sameRadarState(previous, next)) return next;
  await radarStateItem.setValue(next);
  await showAlertOnIcon(next);
  return next;
}

/** Example texts from the page being reported, else from the log; sightings keep no text. */
async function exampleTexts(db: ComposureDatabase, comments: PageComment[], spikes: TopicSpike[]): Promise<Map<string, string>> {
  const keys = [...new Set(spikes.flatMap((spike) => spike.exampleKeys))];
  const onPage = new Map(comments.map((comment) => [comment.key, comment.title ? `${comment.title}. ${comment.text}` : comment.text]));
  const texts = new Map<string, string>();
  const logged = await db.log.bulkGet(keys.filter((key) => !onPage.has(key)));
  for (const entry of logged) if (entry) texts.set(entry.key, exampleExcerpt(entry.commentText));
  for (const key of keys) {
    const text = onPage.get(key);
    if (text !== undefined) texts.set(key, exampleExcerpt(text));
  }
  return texts;
}

/** The global badge and title: every tab without a count of its own shows the alert. */
async function showAlertOnIcon(state: RadarState): Promise<void> {
  const lang = uiLangFor(globalThis.navigator?.language);
  const topics = state.alerts.map((alert) => t(lang, `topic.${alert.topic}`)).join(', ');
  try {
    await browser.action.setBadgeText({ text: state.alerts.length > 0 ? '!' : '' });
    await browser.action.setBadgeBackgroundColor({ color: ALERT_COLOR });
    await browser.action.setTitle({ title: state.alerts.length > 0 ? t(lang, 'radar.badgeTitle', { topics }) : USUAL_TITLE });
  } catch (error) {
    console.warn('[Composure] could not show the radar alert on the icon', error);
  }
}
