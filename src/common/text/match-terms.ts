/**
 * The terms a text is matched by, the same for a need and for a claim (`claim.match_terms`):
 * text normalised (lowercase, "Node.js" -> "nodejs", "I/O" -> "io"), stop words dropped, a few
 * abbreviations expanded ("ML" -> "machine learning"), and words stemmed with a small
 * suffix-stripping stemmer. Claims' writes store them and recommendations match on them, so
 * they live here rather than in either module.
 */

/**
 * The version of what `matchTerms` computes, stored beside each claim's terms
 * (`claim.match_terms_version`). Bump it with any change to the output of `words`, `stem`,
 * `terms`, STOP_WORDS or EXPANSIONS: claims with another version are recomputed at boot and by
 * `kb reindex` (claims/claim-match-terms.service.ts), never inside a read.
 */
export const MATCH_TERMS_VERSION = 1;

export const STOP_WORDS = new Set(
  ('a an and are as at be been being but by can could do does for from had has have how i if in into is it its of on or our ours ' +
    'should so some than that the their them then there these they this those to too us very was we were what when where which ' +
    'while who will with would you your yours my me need needs want wants build building built make making use using used ' +
    'looking something thing things lot lots also just like really new good best better one two get go going etc e g eg via ' +
    'based around able any all each every other others such own same about over under more most much many')
    .split(' '),
);

/**
 * Abbreviations and spellings that mean the same as words the sources use. A Map, not an object
 * literal: the words looked up are the user's (`constructor` must not find Object's).
 */
export const EXPANSIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  ml: 'machine learning',
  ai: 'artificial intelligence',
  llm: 'large language model',
  llms: 'large language model',
  genai: 'generative artificial intelligence',
  realtime: 'real time',
  js: 'javascript',
  ts: 'typescript',
  db: 'database',
  dbs: 'database',
  k8s: 'kubernetes',
  apps: 'application',
  app: 'application',
  webapp: 'web application',
  webapps: 'web application',
  backoffice: 'back office',
  websocket: 'websockets',
  sockets: 'socket',
  ui: 'user interface',
  ux: 'user experience',
  cms: 'content management system',
  etl: 'extract transform load',
  nlp: 'natural language processing',
  cv: 'computer vision',
  perf: 'performance',
  async: 'asynchronous',
  devs: 'developers',
  dev: 'development',
  ops: 'operations',
  concurrent: 'concurrency',
  scalable: 'scalability',
  scale: 'scalability',
  scaling: 'scalability',
  quickly: 'fast',
  quick: 'fast',
  rapid: 'fast',
  rapidly: 'fast',
  speedy: 'fast',
  finetune: 'fine tune',
  finetuning: 'fine tuning',
  analytics: 'analysis',
  analyze: 'analysis',
  analyse: 'analysis',
  analyzing: 'analysis',
  analysing: 'analysis',
  analytical: 'analysis',
  statistically: 'statistics',
  statistic: 'statistics',
  scheduled: 'schedule',
  scheduling: 'schedule',
  bot: 'bots',
  statistical: 'statistics',
  scientific: 'science',
  scientists: 'science',
  scientist: 'science',
  crawl: 'crawler',
  crawling: 'crawler',
  crawlers: 'crawler',
  scrape: 'scraping',
  scraper: 'scraping',
  scrapers: 'scraping',
  scrapes: 'scraping',
  scraped: 'scraping',
  automated: 'automation',
  automate: 'automation',
  automating: 'automation',
  automations: 'automation',
}));

/** Lowercase words of a text, with "Node.js" -> "nodejs" and "I/O" -> "io". */
export function words(text: string): string[] {
  const normalised = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\bi\/o\b/g, 'io')
    .replace(/([a-z0-9])\.(js|io|net)\b/g, '$1$2')
    .replace(/['’]s\b/g, '');
  return normalised.split(/[^a-z0-9+#]+/).filter(Boolean);
}

/** The first of these a word ends with is stripped, when at least `minimum` letters remain. */
const DERIVATIONAL_SUFFIXES: [string, number][] = [['ations', 4], ['ation', 4], ['ions', 4], ['ion', 4], ['ing', 3], ['ed', 3], ['ers', 4], ['er', 4], ['ly', 4]];

/** A small suffix-stripping stemmer: "automating", "automated", "automation" -> "autom". */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  const strip = (suffix: string, replacement = '', minimum = 3) => {
    if (w.endsWith(suffix) && w.length - suffix.length >= minimum) {
      w = w.slice(0, -suffix.length) + replacement;
      return true;
    }
    return false;
  };
  if (!strip('ies', 'y')) if (!strip('sses', 'ss')) if (!/(ss|us|is)$/.test(w)) strip('s');
  for (const [suffix, minimum] of DERIVATIONAL_SUFFIXES) if (strip(suffix, '', minimum)) break;
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  // "automate" / "automation" / "automating" meet at "autom".
  if (w.length > 5 && w.endsWith('at')) w = w.slice(0, -2);
  return w;
}

/**
 * The normaliser, once: each content term of a text (words minus stop words, abbreviations
 * expanded, stemmed), in order, with the word of the text it came from. `terms` and a need's
 * terms (recommendations' needText) are both this.
 */
export function eachTerm(text: string, visit: (term: string, word: string) => void): void {
  for (const word of words(text)) {
    const expanded = EXPANSIONS.get(word)?.split(' ') ?? [word];
    for (const w of expanded) if (!STOP_WORDS.has(w) && w.length > 1) visit(stem(w), word);
  }
}

/** Content terms of a text: words minus stop words, abbreviations expanded, stemmed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  eachTerm(text, (term) => out.push(term));
  return out;
}

/** What a claim is matched by (stored per claim, `claim.match_terms`): the distinct terms of its statement and quote. */
export function matchTerms(statement: string, quote: string): string[] {
  return [...new Set(terms(`${statement} ${quote}`))];
}
