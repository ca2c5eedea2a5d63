import type { ComponentChildren, VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/**
 * Every page and fragment the app serves is a JSX tree rendered by preact-render-to-string: text
 * and attribute values are escaped by the renderer, so no call site escapes by hand and none can
 * forget to. The one hatch (dangerouslySetInnerHTML) is used nowhere (no-raw-markup.spec.ts checks it).
 */

/** A page as sent: the doctype (the one piece of a document JSX cannot express) and the rendered tree. */
export function renderPage(page: VNode): string {
  return `<!doctype html>\n${renderToString(page)}\n`;
}

/** An HTML fragment (the embeddable table, the oEmbed iframe) as text. */
export function renderFragment(fragment: VNode): string {
  return renderToString(fragment);
}

export interface HtmlDocumentProps {
  /** The whole <title>. */
  title: string;
  /** Elements after the title: stylesheets, scripts, <base>, an inline <style>. */
  head?: ComponentChildren;
  bodyClass?: string;
  children: ComponentChildren;
}

/**
 * The one document skeleton of every page the app serves (explorer, citations, the GraphQL page,
 * the desk, the embed iframe page): language, charset, viewport, no favicon request. Each page
 * brings its own stylesheets and scripts, so each keeps its own CSP.
 */
export function HtmlDocument(props: HtmlDocumentProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="data:," />
        <title>{props.title}</title>
        {props.head}
      </head>
      <body class={props.bodyClass}>{props.children}</body>
    </html>
  );
}

export interface ChromedPageProps {
  title: string;
  head: ComponentChildren;
  /** The navigation's accessible name. */
  navLabel: string;
  /** The navigation's links. */
  nav: ComponentChildren;
  /** data-* attributes of <main> (e.g. the desk's view). */
  mainData?: Record<`data-${string}`, string>;
  children: ComponentChildren;
}

/** A page with the app's chrome: a skip link, a labelled navigation, and the main region it skips to. */
export function ChromedPage(props: ChromedPageProps) {
  return (
    <HtmlDocument title={props.title} head={props.head}>
      <a class="skip" href="#main">Skip to content</a>
      <header>
        <nav aria-label={props.navLabel}>{props.nav}</nav>
      </header>
      <main id="main" {...props.mainData}>
        {props.children}
      </main>
    </HtmlDocument>
  );
}

export interface SitePageProps {
  /** The page's own title; the site's name is added. */
  title: string;
  /** Elements added to the head after the site's stylesheets. */
  head?: ComponentChildren;
  children: ComponentChildren;
}

/**
 * The site's pages (explorer, citations, error pages, the GraphQL page): server-rendered HTML,
 * the site's stylesheets, no script of its own unless the page adds one (works offline,
 * keyboard first).
 */
export function SitePage(props: SitePageProps) {
  const head = (
    <>
      <link rel="stylesheet" href="/assets/explorer.css" />
      <link rel="stylesheet" href="/assets/vkb.css" />
      {props.head}
    </>
  );
  const nav = (
    <>
      <a href="/">versus-kb</a> <a href="/explore/claims">Claims</a> <a href="/explore/recommend">Recommend</a> <a href="/graphql">GraphQL</a> <a href="/api/docs">API</a>
    </>
  );
  return (
    <ChromedPage title={`${props.title} — versus-kb`} head={head} navLabel="Main" nav={nav}>
      {props.children}
    </ChromedPage>
  );
}
