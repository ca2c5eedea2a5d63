/** The liveness and readiness probes: outside /api, not logged, never rate-limited. */
export const PROBE_PATHS: ReadonlySet<string> = new Set(['/health', '/ready']);

/** Whether a request URL (path and any query string) asks for a probe. */
export function isProbeUrl(url: string): boolean {
  const query = url.indexOf('?');
  return PROBE_PATHS.has(query === -1 ? url : url.slice(0, query));
}
