import { MatchPattern } from '@webext-core/match-patterns';
import { SITE_ADAPTERS } from './registry';

/**
 * Whether a site with its own adapter covers any page of the origin (even only some paths, like
 * Google Maps): the schema.org reader must not run there as well.
 */
export function hasDedicatedAdapter(origin: string): boolean {
  const host = new URL(origin).host;
  return SITE_ADAPTERS.flatMap((adapter) => adapter.matches).some((pattern) => {
    const patternHost = /^[^:]+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';
    return new MatchPattern(pattern).includes(`${origin}/`) || patternHost === host || (patternHost.startsWith('*.') && host.endsWith(patternHost.slice(1)));
  });
}

/** The match pattern that covers every page of an origin. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}
