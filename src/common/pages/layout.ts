import { escapeHtml as esc } from '../text/html.js';

/**
 * The one page skeleton of the app's own pages (explorer, citations, the GraphQL page):
 * server-rendered HTML, one stylesheet, no script of its own (works offline, keyboard first).
 */
export function layout(title: string, main: string, head = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(title)} — versus-kb</title>
<link rel="stylesheet" href="/assets/explorer.css">
<link rel="stylesheet" href="/assets/vkb.css">
${head}</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header><nav aria-label="Main"><a href="/">versus-kb</a> <a href="/explore/claims">Claims</a> <a href="/explore/recommend">Recommend</a> <a href="/graphql">GraphQL</a> <a href="/api/docs">API</a></nav></header>
<main id="main">
${main}
</main>
</body>
</html>
`;
}
