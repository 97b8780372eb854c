import type { SiteScenario } from './scenario';
import { amazonScenarios } from './amazon/scenarios';
import { bookingScenarios } from './booking/scenarios';
import { genericScenarios } from './generic/scenarios';
import { facebookScenarios } from './facebook/scenarios';
import { googleScenarios } from './google/scenarios';
import { googleplayScenarios } from './googleplay/scenarios';
import { instagramScenarios } from './instagram/scenarios';
import { redditScenarios } from './reddit/scenarios';
import { tripadvisorScenarios } from './tripadvisor/scenarios';
import { trustpilotScenarios } from './trustpilot/scenarios';
import { xScenarios } from './x/scenarios';
import { yelpScenarios } from './yelp/scenarios';
import { youtubeScenarios } from './youtube/scenarios';

/** Every site's end-to-end scenarios, registered once (like the adapters in registry.ts). */
export const SITE_SCENARIOS: SiteScenario[] = [...amazonScenarios, ...bookingScenarios, ...genericScenarios, ...facebookScenarios, ...googleScenarios, ...googleplayScenarios, ...instagramScenarios, ...redditScenarios, ...tripadvisorScenarios, ...trustpilotScenarios, ...xScenarios, ...yelpScenarios, ...youtubeScenarios];
