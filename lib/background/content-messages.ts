import { getDatabase } from '../db/database';
import { GuardCheckSchema, GuardOpenPanelSchema, PageReportSchema } from '../messaging/messages';
import { parseMessage } from '../messaging/parse';
import { checkGuardDraft, openPanelWithDraft } from './guard';
import { answerPageReport } from './page-reports';

/**
 * Routes a message from one of our content scripts to its handler, parsed with its schema. Null
 * when the message is not for the background (or malformed: then it was logged and dropped).
 */
export function answerContentMessage(raw: { type: string }, tabId: number): Promise<unknown> | null {
  switch (raw.type) {
    case 'page/report': {
      const report = parseMessage(PageReportSchema, raw, 'background');
      return report && answerPageReport(getDatabase(), report, tabId, Date.now());
    }
    case 'guard/check': {
      const request = parseMessage(GuardCheckSchema, raw, 'background');
      return request && checkGuardDraft(request);
    }
    case 'guard/open-panel': {
      const request = parseMessage(GuardOpenPanelSchema, raw, 'background');
      return request && openPanelWithDraft({ tabId, key: request.key, text: request.text });
    }
    default:
      return null;
  }
}
