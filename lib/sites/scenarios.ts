import type { SiteScenario } from './scenario';
import { tripadvisorScenarios } from './tripadvisor/scenarios';

/** Every site's end-to-end scenarios, registered once (like the adapters in registry.ts). */
export const SITE_SCENARIOS: SiteScenario[] = [...tripadvisorScenarios];
