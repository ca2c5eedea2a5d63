import type { DraftClaim } from '../extraction.types.js';
import { kebab } from '../taxonomy-matcher.js';

/** A claim as a drafting step proposes it: `at` is where its quote stands in the body; `keyHint` the words its key is made from (else the quote). */
export type ProposedClaim = Omit<DraftClaim, 'key' | 'occurrence'> & { at: number; keyHint?: string };

/** The claims drafted from one article, in drafting order, each with a unique key. */
export class ClaimCollector {
  readonly drafted: DraftClaim[] = [];
  private readonly keys = new Set<string>();
  /** kind, technology, criterion, position and quote of every claim drafted: one claim per passage and reading. */
  private readonly seen = new Set<string>();
  /** The next free suffix of each key base, so numbering keys stays linear in the claims. */
  private readonly nextSuffix = new Map<string, number>();

  constructor(private readonly body: string) {}

  /** Adds a claim unless its quote is empty, too long, or already drafted with the same reading. */
  add(claim: ProposedClaim): void {
    const { at, keyHint, ...rest } = claim;
    const quote = rest.quote.trim();
    if (!quote || quote.length > 4000) return;
    const quoteAt = at + rest.quote.indexOf(quote);
    const signature = JSON.stringify([rest.kind, rest.technology ?? null, rest.criterion ?? null, quoteAt, quote]);
    if (this.seen.has(signature)) return;
    this.seen.add(signature);
    const body = this.body;
    // A quote standing more than once in the body says which occurrence it is, as the ingest expects.
    let occurrence: number | undefined;
    if (body.indexOf(quote) !== body.lastIndexOf(quote)) {
      occurrence = 0;
      for (let i = body.indexOf(quote); i !== -1 && i <= quoteAt; i = body.indexOf(quote, i + 1)) occurrence++;
    }
    const statement = rest.statement.length > 1000 ? `${rest.statement.slice(0, 996)}...` : rest.statement;
    const key = this.key(rest.kind, rest.technology ?? null, keyHint ?? quote);
    const related = rest.related?.filter((r) => r !== rest.technology);
    const draft: DraftClaim = { key, ...rest, statement, quote, ...(occurrence ? { occurrence } : {}), related: related?.length ? related : undefined };
    for (const k of Object.keys(draft) as (keyof DraftClaim)[]) if (draft[k] === undefined) delete draft[k];
    this.drafted.push(draft);
  }

  /** kind-technology-words of the hint; a numeric suffix where the base is taken. */
  private key(kind: string, technology: string | null, hint: string): string {
    const words = kebab(hint).split('-').filter((w) => w && !STOP_WORDS.has(w)).slice(0, 5).join('-');
    const base = [kind.replace('_', '-'), technology, words].filter(Boolean).join('-').slice(0, 100).replace(/-+$/, '');
    let key = base;
    for (let n = this.nextSuffix.get(base) ?? 2; this.keys.has(key); n++) {
      key = `${base}-${n}`;
      this.nextSuffix.set(base, n + 1);
    }
    this.keys.add(key);
    return key;
  }
}

const STOP_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'for', 'in', 'on', 'with', 'is', 'are', 'it', 'its', 'you', 'your', 'that', 'this', 'be', 'as', 'at', 'by']);
