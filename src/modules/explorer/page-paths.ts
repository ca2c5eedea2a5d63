/** Routes served outside the /api prefix: the explorer, citation pages, embeds, the editor's desk and their assets. */
export const PAGE_PATHS = ['', 'compare/:a/:b', 'explore/claims', 'explore/recommend', 'citations/:id', 'embed.js', 'embed/:a/:b', 'assets/:file', 'desk', 'desk/drafts/:id', 'desk/stats'] as const;

/**
 * Citation pages live at /claims/{id}, but Nest's prefix exclusion matches route patterns, so
 * excluding `claims/:id` would also take the API's own `claims/:id` out of /api. Fastify
 * rewrites the public path to the page's internal route before routing instead.
 */
export function rewritePageUrl(url: string): string {
  return /^\/claims\/[^/?#]+(?:[?#]|$)/.test(url) ? `/citations/${url.slice('/claims/'.length)}` : url;
}
