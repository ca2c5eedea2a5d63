/** Where drafting cuts text: sentences, clauses of advice, and the items of an inline list, each with its index. */

/** A piece of a text and the UTF-16 index where it starts (in the text, or offset by a base). */
export interface TextPiece {
  text: string;
  index: number;
}

/** Words before a full stop that abbreviate (the sentence goes on after them). */
const ABBREVIATION = /\b(?:e\.g|i\.e|vs|etc|approx|Mr|Dr|St)$/i;

/**
 * Sentences of a block with their indices; splits after . ! ? followed by a capital, never inside
 * "Node.js". A sentence may also open with a name written in lower case ("pnpm is …"): after a
 * full stop that ends a lower-case word, a lower-case word followed by a verb-like word starts one.
 */
export function sentences(text: string): TextPiece[] {
  const out: TextPiece[] = [];
  let start = 0;
  const boundaries: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!/[.!?]/.test(text[i]) || !/\s/.test(text[i + 1] ?? '') || ABBREVIATION.test(text.slice(Math.max(0, i - 6), i))) continue;
    if (/[A-Z"“(\d]/.test(text[i + 2] ?? '') || (i >= 2 && LOWER_CASE_OPENING.test(text.slice(i - 2, i + 40)))) boundaries.push(i + 1);
  }
  for (const end of [...boundaries, text.length]) {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ text: t, index: start + lead });
    start = end;
  }
  return out;
}

/**
 * "…left behind. pnpm is fast": a word ending a sentence (lower-case letters), then a lower-case
 * name and a verb a sentence opens on. Only a name of letters, digits and "@.-" counts.
 */
const LOWER_CASE_OPENING = /^(?!al|cf|ca)[a-z]{2}[.!?]\s[a-z][\w@.-]*(?:['’]s)?\s+(?:is|was|are|were|has|had|have|does|did|can|could|will|would|should|must|may|might|uses?|used|makes?|made|gets?|got|offers?|supports?|provides?|runs?|ran|installs?|installed|checks?|keeps?|changes?|changed|works?|worked|handles?|handled|adds?|added|saves?|saved|creates?|created|resolves?|resolved|takes?|took|needs?|lets?|allows?|comes?|came|also|now|still|just|only|already|then|never|always)\b/;

/** Clauses that may each recommend one technology: "Pick Django for X; pick Rails for Y." A clause cut at ". " keeps its full stop. */
export function recommendationClauses(text: string): TextPiece[] {
  return cutPieces(text, /;\s+|,\s+(?:while|whereas|but)\s+|\.\s+/, 0, (m) => m.index + (m[0].startsWith('.') ? 1 : 0));
}

/** "A, B, and C" -> its items with their indices (offset by `base`); `separator` splits them. */
export function listItems(text: string, base: number, separator = /,\s*(?:and\s+|or\s+)?/g): TextPiece[] {
  return cutPieces(text, separator, base, (m) => m.index);
}

/** The trimmed, non-empty pieces between the matches of `separator`; a piece ends where `endOf` says, the next starts after the match. */
function cutPieces(text: string, separator: RegExp, base: number, endOf: (match: RegExpExecArray) => number): TextPiece[] {
  const pieces: TextPiece[] = [];
  const re = new RegExp(separator.source, 'g');
  let from = 0;
  for (let m = re.exec(text); ; m = re.exec(text)) {
    const end = m ? endOf(m) : text.length;
    const raw = text.slice(from, end);
    const t = raw.trim();
    if (t) pieces.push({ text: t, index: base + from + raw.indexOf(t) });
    if (!m) break;
    from = m.index + m[0].length;
  }
  return pieces;
}
