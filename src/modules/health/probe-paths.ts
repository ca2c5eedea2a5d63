/** The liveness and readiness probes: outside /api, not logged, never rate-limited. */
export const PROBE_PATHS: ReadonlySet<string> = new Set(['/health', '/ready']);
