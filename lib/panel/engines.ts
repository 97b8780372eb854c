/**
 * The analysis, tone and template engines, loaded after the panel's first render: their lexicons and
 * templates are most of the panel's code, and the panel must show itself before they arrive.
 */
export type Engines = typeof import('./engine-bundle');

let loading: Promise<Engines> | undefined;

export function loadEngines(): Promise<Engines> {
  loading ??= import('./engine-bundle');
  return loading;
}
