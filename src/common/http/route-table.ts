/**
 * The methods each registered path answers, so that a request with another method on a known
 * path is a 405 with `Allow` (RFC 9110 §15.5.6), not a 404. Filled from Fastify's onRoute hook.
 */
export class RouteTable {
  private readonly routes: { pattern: RegExp; methods: Set<string> }[] = [];
  private readonly byUrl = new Map<string, Set<string>>();

  add(methods: string | string[], url: string): void {
    // CORS answers OPTIONS on every path (`OPTIONS *`); that does not make a path known, or
    // every unknown path would be a 405 instead of a 404. OPTIONS joins Allow for known paths.
    const answered = [methods].flat().map((method) => method.toUpperCase()).filter((method) => method !== 'OPTIONS');
    if (answered.length === 0) return;
    let known = this.byUrl.get(url);
    if (!known) {
      known = new Set();
      this.byUrl.set(url, known);
      this.routes.push({ pattern: routePattern(url), methods: known });
    }
    for (const method of answered) known.add(method);
  }

  /** The methods the path answers (empty when no route has it), in a stable order. */
  allowed(url: string): string[] {
    const path = url.split('?', 1)[0];
    const methods = new Set<string>();
    for (const route of this.routes) if (route.pattern.test(path)) route.methods.forEach((m) => methods.add(m));
    if (methods.has('GET')) methods.add('HEAD');
    if (methods.size) methods.add('OPTIONS');
    return [...methods].sort();
  }
}

/** `/api/claims/:id` -> /^\/api\/claims\/[^/]+\/?$/; `*` matches the rest. */
export function routePattern(url: string): RegExp {
  const source = url
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part === '*' ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source.replace(/\/$/, '')}/?$`);
}
