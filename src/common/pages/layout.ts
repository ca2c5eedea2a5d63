import { escapeHtml as esc } from '../text/html.js';

/** The parts of an HTML document that differ between the app's pages. */
export interface DocumentParts {
  /** The whole <title> (escaped here). */
  title: string;
  /** Markup after the title: stylesheets, scripts, <base>, an inline <style>. */
  head?: string;
  /** A class on <body> (escaped here). */
  bodyClass?: string;
  /** Everything inside <body>. */
  body: string;
}

/**
 * The one document skeleton of every page the app serves (explorer, citations, the GraphQL page,
 * the desk, the embed iframe page): doctype, language, charset, viewport, no favicon request.
 * Each page brings its own stylesheets and scripts, so each keeps its own CSP.
 */
export function htmlDocument(parts: DocumentParts): string {
  const bodyClass = parts.bodyClass ? ` class="${esc(parts.bodyClass)}"` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(parts.title)}</title>
${parts.head ?? ''}</head>
<body${bodyClass}>
${parts.body}
</body>
</html>
`;
}

/** The parts of a page with the app's chrome (skip link, navigation, main region). */
export interface ChromedPageParts {
  /** The whole <title> (escaped here). */
  title: string;
  head: string;
  /** The navigation's accessible name and its links (markup). */
  nav: { label: string; links: string };
  /** Attributes of <main> after its id (markup, e.g. ` data-view="home"`). */
  mainAttributes?: string;
  main: string;
}

/** A page with the app's chrome: a skip link, a labelled navigation, and the main region it skips to. */
export function chromedPage(parts: ChromedPageParts): string {
  return htmlDocument({
    title: parts.title,
    head: parts.head,
    body: `<a class="skip" href="#main">Skip to content</a>
<header><nav aria-label="${esc(parts.nav.label)}">${parts.nav.links}</nav></header>
<main id="main"${parts.mainAttributes ?? ''}>
${parts.main}
</main>`,
  });
}

/**
 * The site's pages (explorer, citations, error pages, the GraphQL page): server-rendered HTML,
 * the site's stylesheets, no script of its own unless the page adds one (works offline,
 * keyboard first).
 */
export function layout(title: string, main: string, head = ''): string {
  return chromedPage({
    title: `${title} — versus-kb`,
    head: `<link rel="stylesheet" href="/assets/explorer.css">
<link rel="stylesheet" href="/assets/vkb.css">
${head}`,
    nav: {
      label: 'Main',
      links: '<a href="/">versus-kb</a> <a href="/explore/claims">Claims</a> <a href="/explore/recommend">Recommend</a> <a href="/graphql">GraphQL</a> <a href="/api/docs">API</a>',
    },
    main,
  });
}
