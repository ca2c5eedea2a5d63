import type { ApolloServerPlugin } from '@apollo/server';
import { renderPage, SitePage } from '../../common/pages/document.js';

const EXAMPLE = `{
  claims(filter: { criterion: "io-performance" }, first: 3) {
    edges { node { kind statement quote source { slug } winner { slug } } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

/** The GraphQL query page: the app's own markup and script (/assets/graphql-ide.js), nothing from a CDN. */
export function graphqlIdePage(): string {
  return renderPage(
    <SitePage title="GraphQL">
      <h1>GraphQL</h1>
      <p>
        POST queries to <code>/graphql</code>. Ctrl+Enter runs the query.
      </p>
      <div class="ide">
        <p>
          <label for="query">Query</label>
          <textarea id="query" rows={12} spellcheck={false}>
            {EXAMPLE}
          </textarea>
        </p>
        <p>
          <label for="variables">Variables (JSON)</label>
          <textarea id="variables" rows={3} spellcheck={false}></textarea>
        </p>
        <p>
          <button type="button" id="run">Run</button> <span id="status" role="status"></span>
        </p>
        <h2>Result</h2>
        <pre id="result" tabindex={0} aria-label="Result"></pre>
        <h2>Query fields</h2>
        <ul id="fields"></ul>
      </div>
      <script src="/assets/graphql-ide.js" defer></script>
    </SitePage>,
  );
}

/** Apollo answers a browser's GET /graphql with this page (outside production). */
export function graphqlIdeLandingPage(): ApolloServerPlugin {
  const html = graphqlIdePage();
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
