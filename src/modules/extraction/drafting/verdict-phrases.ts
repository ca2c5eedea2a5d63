/**
 * Verdict phrases as comparison articles write them: "Winner: X", "Verdict: it's a tie",
 * "X wins", "X has the edge", "Neither has …", "Both are excellent". The outcome is what the
 * text says, never inferred from ratings.
 */
export type VerdictOutcome = 'win' | 'tie' | 'split' | 'neither';

export interface ParsedVerdict {
  outcome: VerdictOutcome;
  /** The winner's name as written (resolve it against the taxonomy), when the outcome is win. */
  winner?: string;
  /** What the verdict is about when the sentence says it ("X wins on raw throughput" -> "raw throughput"). */
  about?: string;
}

/** A technology mention in a sentence: its name as written and where it is. */
export interface Mention {
  name: string;
  index: number;
  end: number;
}

const TIE_WORDS = /^(?:it'?s\s+a\s+|a\s+)?(?:tie|draw|both|even|equal|evenly matched|neck and neck|toss-up|tossup|same)\b/i;
const NEITHER_WORDS = /^(?:neither|none|no clear winner|no winner)\b/i;
const SPLIT_WORDS = /^(?:split|depends|it depends|mixed|varies)\b/i;
const LABELLED = /^(?:the\s+)?(?:overall\s+)?(?:winner|verdict|our\s+verdict|our\s+pick|edge|advantage|result|bottom\s+line)\s*(?:[:—–]|-\s)\s*(.+)$/i;
const WIN_PHRASES = /\s+(?:(?:clearly|easily|narrowly|still)\s+)?(?:wins|is\s+the\s+(?:clear\s+|obvious\s+|overall\s+)?winner|(?:has|(?:can|may|might|will|does|do|often|usually|sometimes|\s)+have)\s+the\s+(?:clear\s+|slight\s+|upper\s+)?edge|has\s+the\s+(?:clear\s+|decisive\s+|upper\s+|slight\s+|big\s+)?(?:advantage|upper\s+hand)|is\s+(?:effectively|practically|basically|essentially)\s+(?:mandatory|required|essential|unbeatable)|takes\s+the\s+(?:crown|lead|win)|comes\s+out\s+(?:on\s+top|ahead)|edges\s+(?:it|out)|pulls\s+ahead|gets\s+the\s+nod|is\s+the\s+clear\s+choice|dominates|is\s+the\s+(?:better|stronger|superior|smarter)\s+(?:choice|option|pick|bet))\b/i;
const ABOUT = /^\s*[,:]?\s*(?:on|for|in|at|when\s+it\s+comes\s+to|with)\s+(.+?)(?:[.,;:!]|\s+[—–-]\s+|\s+(?:because|thanks|since|but|while|as)\b|$)/i;
const BOTH_POSITIVE = /^both\s+(?:\w+\s+){0,3}?(?:are|have|offer|provide|handle|ship|do|is|come|support|scale|integrate|rank|work|perform|run)\b.*\b(?:excellent|great|good|strong|mature|capable|solid|fast|enormous|huge|large|fine|well|first-class|robust|active|vibrant|production-ready|highest|best|top)\b/i;
const EVENLY = /\b(?:(?:is|are)\s+(?:essentially|virtually|practically|roughly|basically|more or less|nearly|largely)\s+(?:identical|the same|equivalent|on par|a wash)|(?:it'?s|is)\s+(?:basically\s+|essentially\s+|largely\s+|effectively\s+)?a\s+(?:tie|draw|wash|toss-up)|(?:they\s+are|they're|the\s+two\s+are)\s+(?:evenly\s+matched|neck\s+and\s+neck|equally\s+\w+)|call\s+it\s+a\s+(?:tie|draw)|\b(?:the\s+two|both)\b[^.;]{0,60}?\b(?:is|are)\s+(?:(?:essentially|virtually|practically|roughly|basically|largely|nearly|about)\s+)?(?:equivalent|identical|on\s+par|interchangeable))\b/i;
const COMPARATIVE = /(?:\s+|(?=['’]s\s))(?:(?:is|are)\s+(?:(?:much|far|significantly|generally|usually|typically|often|clearly|noticeably|slightly)\s+)?(?:faster|easier|safer|simpler|better|cheaper|lighter|quicker|more\s+(?:mature|scalable|efficient|secure|flexible|popular|productive|reliable|performant|stable))\b|(?:(?:generally|usually|typically|often|clearly|consistently)\s+)?(?:outperforms|beats|outpaces|outscales)\b|(?:['’]s\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:makes?|keeps?)\s+(?:[\w-]+\s+){1,3}(?:simpler|easier|faster|safer|cheaper|clearer)\b|(?:(?:generally|usually|typically|often)\s+)?(?:consumes|uses|needs)\s+(?:less|fewer)\s+\w+|(?:generally|usually|typically|often)\s+(?:enables|allows|offers|delivers)\s+(?:faster|better|quicker)\s+\w+)/i;
/** "Security depends more on coding practices than the language itself": neither side decides it. */
const NOT_THE_TECHNOLOGY = /\b(?:depends|relies)\s+(?:more|mostly|largely|far more)\s+on\b.+\bthan\s+(?:on\s+)?the\s+(?:language|framework|runtime|tool|database|platform|technology)\s+itself\b/i;
const NEITHER = /^neither\s+(?:\w+\s+){0,3}?(?:has|have|wins|is|offers|comes|pulls|stands)\b.*\b(?:advantage|edge|winner|wins|better|best|ahead|superior)\b/i;

/** A winner-column cell: a technology, "Both", "Tie", "Neither", "Depends". */
export function parseWinnerCell(cell: string, mentions: Mention[]): ParsedVerdict | null {
  const text = cell.trim().replace(/^[🏆✅]\uFE0F?\s*/u, '');
  if (!text || text === '—' || text === '-') return null;
  if (NEITHER_WORDS.test(text)) return { outcome: 'neither' };
  if (TIE_WORDS.test(text)) return { outcome: 'tie' };
  if (SPLIT_WORDS.test(text)) return { outcome: 'split' };
  const first = mentions.find((m) => m.index <= 2);
  return first ? { outcome: 'win', winner: first.name } : null;
}

/** A verdict stated in one sentence, or null. `mentions` are the technologies named in it. */
export function parseVerdictSentence(sentence: string, mentions: Mention[]): ParsedVerdict | null {
  const text = sentence.trim();
  const labelled = LABELLED.exec(text);
  if (labelled) {
    const rest = labelled[1];
    const offset = text.length - rest.length;
    const inRest = mentions.filter((m) => m.index >= offset).map((m) => ({ ...m, index: m.index - offset, end: m.end - offset }));
    const cell = parseWinnerCell(rest, inRest);
    if (cell) return { ...cell, about: cell.outcome === 'win' ? aboutAfter(rest.slice(inRest.find((m) => m.name === cell.winner)!.end)) : undefined };
    if (/\btie\b|\bdraw\b/i.test(rest)) return { outcome: 'tie' };
  }
  if (NEITHER.test(text) || NOT_THE_TECHNOLOGY.test(text)) return { outcome: 'neither' };
  if (EVENLY.test(text)) return { outcome: 'tie' };
  // "Both are excellent — the right choice depends on your use case" introduces, it judges nothing.
  if (BOTH_POSITIVE.test(text) && !/\bdepends?\s+on\b/i.test(text)) return { outcome: 'tie' };
  // "Python is easier for beginners", "Node.js typically outperforms Python in I/O": one side named better.
  const comparative = COMPARATIVE.exec(text);
  // The subject opens the sentence, or follows a leading "For API-heavy applications, …".
  const subject = mentions.find((m) => m.index <= 1 || (/^(?:for|in|on|at|with|under|when it comes to)\s/i.test(text) && /[,—–]\s+$/.test(text.slice(0, m.index)) && !mentions.some((o) => o.index < m.index)));
  if (comparative && subject && comparative.index === subject.end) {
    const others = mentions.filter((m) => m.name !== subject.name);
    return { outcome: 'win', winner: subject.name, about: aboutAfter(text.slice(comparative.index + comparative[0].length).replace(/^\s*(?:than\s+\S+(?:\s\S+)?|\S+)?/, (m) => (others.some((o) => m.includes(o.name)) ? '' : m))) };
  }
  const win = WIN_PHRASES.exec(text);
  if (win) {
    // The winner is the technology named right before the phrase ("For raw speed, Go wins").
    const before = mentions.filter((m) => m.end <= win.index && /^[\s)'’s]*$/.test(text.slice(m.end, win.index).replace(/^['’]s\b/, '')));
    const winner = before[before.length - 1];
    if (winner) return { outcome: 'win', winner: winner.name, about: aboutAfter(text.slice(win.index + win[0].length)) ?? aboutBefore(text.slice(0, winner.index)) };
  }
  return null;
}

function aboutAfter(rest: string): string | undefined {
  const about = ABOUT.exec(rest);
  const phrase = about?.[1].trim();
  return phrase && phrase.split(/\s+/).length <= 6 ? phrase.replace(/^(?:the|raw|pure)\s+/i, '') : undefined;
}

/** "For raw throughput, Go wins" / "On performance, X has the edge". */
function aboutBefore(lead: string): string | undefined {
  const m = /^(?:for|on|in|when it comes to)\s+(.+?),\s*$/i.exec(lead.trim());
  return m && m[1].split(/\s+/).length <= 3 ? m[1].replace(/^(?:the|raw|pure)\s+/i, '') : undefined;
}
