import { preferredMediaType } from '../../common/http/media-type.js';
import { HtmlDocument, renderFragment, renderPage } from '../../common/pages/document.js';
import { InlineScript, InlineStyle } from '../../common/pages/raw-text.js';
import { ComparisonFragment } from '../comparisons/comparison-html.js';
import type { RenderContext } from '../comparisons/comparison-sections.js';
import type { ComparisonModel } from '../comparisons/models/comparison.model.js';

const SLUG = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/;

/** CSP `frame-ancestors` from KB_EMBED_ORIGINS (validated at boot: * or origins). */
export function frameAncestors(embedOrigins: string): string {
  const origins = embedOrigins.split(',').map((o) => o.trim()).filter(Boolean);
  return `frame-ancestors ${origins.includes('*') ? '*' : origins.join(' ')}`;
}

export interface EmbedPageInput {
  comparison: ComparisonModel;
  context: RenderContext;
  /** The fragment's stylesheet (public/vkb.css), inlined. */
  css: string;
  theme: 'light' | 'dark';
}

/** Posts the page's height to the parent whenever it changes, so the frame can fit it. */
const POST_HEIGHT = `(function () {
  var last = 0;
  function post() {
    var height = Math.ceil(document.documentElement.scrollHeight);
    if (height === last || window.parent === window) return;
    last = height;
    window.parent.postMessage({ type: 'versus-kb:resize', height: height, href: location.href }, '*');
  }
  window.addEventListener('load', post);
  if (window.ResizeObserver) new ResizeObserver(post).observe(document.body);
  post();
})();`;

/**
 * The iframe page: the shared document skeleton without the site's chrome, standalone (inline
 * CSS and script, no external asset). Links open outside the frame; the page posts its height
 * to the parent so the frame can fit it. A criteria
 * subset is applied to the comparison itself (ComparisonsService.compare), not hidden by CSS, so
 * sections about other criteria, and sections left empty, are not in the page at all.
 */
export function renderEmbedPage(input: EmbedPageInput): string {
  const [a, b] = input.comparison.technologies;
  const head = (
    <>
      <base target="_blank" />
      <InlineStyle css={`html,body{margin:0}body{background:${input.theme === 'dark' ? '#0d1117' : '#fff'}}${input.css}`} />
    </>
  );
  return renderPage(
    <HtmlDocument title={`${a.name} vs ${b.name} — versus-kb`} head={head} bodyClass={`vkb-theme-${input.theme}`}>
      <main>
        <ComparisonFragment comparison={input.comparison} context={input.context} />
      </main>
      <InlineScript code={POST_HEIGHT} />
    </HtmlDocument>,
  );
}

export interface OEmbedInput {
  base: string;
  a: { slug: string; name: string };
  b: { slug: string; name: string };
  maxwidth?: number;
  maxheight?: number;
}

export interface OEmbedResponse {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
  html: string;
  width: number;
  height: number;
}

const DEFAULT_WIDTH = 800;
const DEFAULT_HEIGHT = 600;

/** oEmbed 1.0 `rich`: an iframe of the embed page, within the consumer's maxwidth/maxheight. */
export function oembedFor(input: OEmbedInput): OEmbedResponse {
  const width = Math.min(DEFAULT_WIDTH, input.maxwidth ?? DEFAULT_WIDTH);
  const height = Math.min(DEFAULT_HEIGHT, input.maxheight ?? DEFAULT_HEIGHT);
  const title = `${input.a.name} vs ${input.b.name}`;
  const src = `${input.base}/embed/${encodeURIComponent(input.a.slug)}/${encodeURIComponent(input.b.slug)}`;
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: 'versus-kb',
    provider_url: input.base,
    cache_age: 3600,
    html: renderFragment(<iframe src={src} width={width} height={height} title={title} style="border:0;max-width:100%" loading="lazy"></iframe>),
    width,
    height,
  };
}

/**
 * The comparison a URL of this server shows: /compare/a/b (explorer), /embed/a/b or
 * /api/comparisons/a/b. Null for any other URL or another host.
 */
/** Whether an Accept header admits JSON (absent, any type, or application/json / +json), as oEmbed serves nothing else. */
/** What an oEmbed answer can be sent as (JSON only: the XML format is not served). */
const OEMBED_MEDIA_TYPES = ['application/json', 'application/json+oembed'] as const;

export function acceptsJson(accept: string | undefined): boolean {
  return preferredMediaType(accept, OEMBED_MEDIA_TYPES) !== null;
}

export function comparisonOfUrl(url: string, base: string): { a: string; b: string } | null {
  let parsed: URL;
  let own: URL;
  try {
    parsed = new URL(url);
    own = new URL(base);
  } catch {
    return null;
  }
  if (parsed.origin !== own.origin) return null;
  const prefix = own.pathname.replace(/\/+$/, '');
  const rest = parsed.pathname.startsWith(prefix) ? parsed.pathname.slice(prefix.length) : null;
  const match = rest && /^\/(?:compare|embed|api\/comparisons)\/([^/]+)\/([^/]+)\/?$/.exec(rest);
  if (!match) return null;
  const [a, b] = [match[1], match[2]].map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return '';
    }
  });
  return SLUG.test(a) && SLUG.test(b) ? { a, b } : null;
}
