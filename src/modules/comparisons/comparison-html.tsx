import { renderFragment } from '../../common/pages/document.js';
import type { SourceRefModel } from '../../common/models/refs.model.js';
import { linkableUrl } from '../../common/text/web-url.js';
import { outcomeLabel, quoteForDisplay } from './claim-display.js';
import { citationUrl, claimSections, claimText, type RenderContext } from './comparison-sections.js';
import type { ComparisonModel, ComparisonRowModel } from './models/comparison.model.js';

/** A source's date, set apart from its title: ` (2025-01)`. */
export function PublishedDate(props: { publishedAt: string | null }) {
  if (!props.publishedAt) return null;
  return (
    <>
      {' '}
      <span class="vkb-date">
        (<time datetime={props.publishedAt}>{props.publishedAt}</time>)
      </span>
    </>
  );
}

/** A cited text: its citation link, the quote (a table row shows the cell the text names), and who said it. */
function Cite(props: { context: RenderContext; claimId: number; text: string; quote: string; source: SourceRefModel }) {
  return (
    <>
      <a class="vkb-cite" href={citationUrl(props.context, props.claimId)}>{props.text}</a> <q class="vkb-quote">{quoteForDisplay(props.quote, props.text)}</q>{' '}
      <span class="vkb-by">— {props.source.title}</span>
    </>
  );
}

function CriterionRow(props: { row: ComparisonRowModel; slugs: [string, string]; context: RenderContext }) {
  const { row: r, context } = props;
  const cells = (slug: string) =>
    r.assessments.filter((x) => x.technology.slug === slug).map((x) => <p><Cite context={context} claimId={x.claimId} text={x.rating} quote={x.quote} source={x.source} /></p>);
  return (
    <tr data-criterion={r.criterion.slug} class={r.conflict ? 'vkb-conflict' : undefined}>
      <th scope="row">{r.criterion.name}</th>
      <td>{cells(props.slugs[0])}</td>
      <td>{cells(props.slugs[1])}</td>
      <td>{r.verdicts.map((v) => <p><Cite context={context} claimId={v.claimId} text={outcomeLabel(v.winner, v.outcome)} quote={v.quote} source={v.source} /></p>)}</td>
      <td>
        {r.consensus.outcome !== null && (
          <>
            <strong>{outcomeLabel(r.consensus.winner, r.consensus.outcome)}</strong>{' '}
            <span class="vkb-agreement">
              {Math.round(r.consensus.agreement * 100)}% of {r.consensus.sourceCount}
            </span>
            {r.conflict && (
              <>
                {' '}
                <span class="vkb-conflict-mark">sources disagree</span>
              </>
            )}
          </>
        )}
      </td>
    </tr>
  );
}

function SourceCredit(props: { source: SourceRefModel; context: RenderContext }) {
  const s = props.source;
  const href = linkableUrl(props.context.sourceUrls?.get(s.slug));
  return (
    <li>
      {href ? (
        <a href={href} rel="noopener">
          {s.title}
        </a>
      ) : (
        s.title
      )}
      <PublishedDate publishedAt={s.publishedAt} />
    </li>
  );
}

/** Per-use-case consensus: a separate table after the criteria table. */
function UseCaseTable(props: { c: ComparisonModel; context: RenderContext }) {
  if (!props.c.useCaseConsensus.length) return null;
  const rows = props.c.useCaseConsensus.map((u) => (
    <tr>
      <th scope="row">{u.useCase.name}</th>
      <td>{u.consensus.outcome === null ? '' : outcomeLabel(u.consensus.winner, u.consensus.outcome)}</td>
      <td>{u.consensus.agreement}</td>
      <td>{u.consensus.sourceCount}</td>
      <td>
        {u.consensus.positions.map((p, i) => (
          <>
            {i > 0 && <br />}
            <a href={citationUrl(props.context, p.claimIds[0])} title={`“${quoteForDisplay(p.quote)}” — ${p.source.title}`}>{`${p.source.slug}: ${p.position}`}</a>
            {p.qualifiers.length > 0 && (
              <>
                {' '}
                <em>({p.qualifiers.join(', ')})</em>
              </>
            )}
          </>
        ))}
      </td>
    </tr>
  ));
  // Captioned apart from the "Use cases" section of claims below it.
  return (
    <div class="vkb-scroll">
      <table class="vkb-use-cases">
        <caption>Which technology the sources favour, per use case</caption>
        <thead>
          <tr><th scope="col">Use case</th><th scope="col">Consensus</th><th scope="col">Agreement</th><th scope="col">Sources</th><th scope="col">Positions</th></tr>
        </thead>
        <tbody>{rows}</tbody>
      </table>
    </div>
  );
}

/**
 * The embeddable fragment: the table (quotes visible, every cell linking its citation page),
 * every claim section, and the sources credited. Class names are prefixed `vkb-` so the
 * embedding page's styles and ours do not collide; the widget and the iframe add the CSS.
 */
export function ComparisonFragment(props: { comparison: ComparisonModel; context: RenderContext }) {
  const { comparison: c, context } = props;
  const [a, b] = c.technologies;
  // Empty parts are left out, headings with them (a criteria subset can empty any of them).
  const table = c.rows.length ? (
    <div class="vkb-scroll">
      <table class="vkb-comparison">
        <caption>
          {a.name} vs {b.name}
        </caption>
        <thead>
          <tr><th scope="col">Criterion</th><th scope="col">{a.name}</th><th scope="col">{b.name}</th><th scope="col">Verdicts</th><th scope="col">Consensus</th></tr>
        </thead>
        <tbody>{c.rows.map((r) => <CriterionRow row={r} slugs={[a.slug, b.slug]} context={context} />)}</tbody>
      </table>
    </div>
  ) : (
    <p class="vkb-empty">
      No source compares {a.name} and {b.name} on {c.sources.length ? 'these criteria' : 'anything yet'}.
    </p>
  );
  const sections = claimSections(c).map((s) => (
    <section class="vkb-section" data-section={s.key}>
      <h3>{s.label}</h3>
      <ul>
        {s.claims.map((claim) => (
          <li>
            {claim.technology && (
              <>
                <span class="vkb-tech">{claim.technology.name}</span>{' '}
              </>
            )}
            {claimText(claim)} <q class="vkb-quote">{quoteForDisplay(claim.quote, claim.rating ?? claimText(claim))}</q>{' '}
            <a class="vkb-cite" href={citationUrl(context, claim.id)}>{claim.source.title}</a>
          </li>
        ))}
      </ul>
    </section>
  ));
  return (
    <div class="vkb">
      {table}
      <UseCaseTable c={c} context={context} />
      {sections}
      {c.sources.length > 0 && (
        <section class="vkb-sources">
          <h3>Sources</h3>
          <ul>{c.sources.map((s) => <SourceCredit source={s} context={context} />)}</ul>
        </section>
      )}
    </div>
  );
}

/** The `html` export of a comparison (?format=html): the fragment alone. */
export function renderComparisonHtml(c: ComparisonModel, context: RenderContext): string {
  return `${renderFragment(<ComparisonFragment comparison={c} context={context} />)}\n`;
}
