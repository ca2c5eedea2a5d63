import type { ReaderBlock } from '../reader/reader-text.js';
import type { Drafting } from './drafting.js';
import { asSentence, recommendsFor } from './statement-wording.js';

/** A section of decision scenarios: title lines, each followed by its pick and, optionally, its reason. */
export const SCENARIO_HEADING = /\b(?:scenarios?|decision (?:guide|guidance|matrix|tree|table|framework)|which (?:one )?to (?:choose|pick|use) for (?:your|each|the)|(?:choose|pick) (?:by|for your) use case|by use case|use[- ]case (?:guide|matrix|scenarios|breakdown)|real[- ]world (?:examples|scenarios)|what (?:to|should you) (?:choose|pick|use) for)\b/i;

/** "…. Recommended: X", "… → X": the pick of a scenario written on one line. */
const RECOMMENDED_LABEL = /(?:^|[.:;]\s+|\s)(?:recommended(?:\s+(?:stack|choice|pick|approach|option|tool))?|our (?:pick|choice|recommendation)|best (?:choice|pick|fit)|verdict)\s*[:—–→]\s*|\s(?:→|->|=>)\s*/i;

/** "If you are building X, …" / "When your team needs Y, …": the condition of a decision scenario, up to its comma. */
const SCENARIO_SENTENCE = /^(?:if|when)\s+((?:you(?:'re|’re| are)\s+(?:building|developing|creating|shipping|writing|running|starting|launching|working on|planning|migrating|maintaining)|you(?:'re|’re| are)\s+an?\s+\w+|you\s+(?:build|need|run|want to build|plan to build|are about to build)|your\s+\w+(?:\s+\w+)?\s+(?:is|are|has|have|needs?|already|runs?|uses?|relies|depends))\b)/i;

/** The main clause of a scenario recommends: "pick X", "go with X", "X is the better choice". */
const PICK_IN_MAIN = /^(?:then\s+)?(?:pick|choose|go with|opt for|use|reach for|start with|stick with)\b|^[^,]{0,60}?\b(?:(?:is|are)\s+(?:the\s+)?(?:better|best|right|safer|obvious|natural|clear|stronger|smarter)\s+(?:choice|pick|bet|option|fit)|wins|is\s+the\s+way\s+to\s+go)\b/i;

/** A scenario title, then a line naming the pick ("Python (FastAPI)"), then optionally its reason. */
export function scenarioBlocks(d: Drafting, blocks: ReaderBlock[], i: number): { technology: string; reason: boolean } | null {
  const title = blocks[i];
  const pick = blocks[i + 1];
  if (!pick || title.text.length > 120 || /[.!?:]$/.test(title.text) || d.compared.mentions(title.text).length) return null;
  if (pick.type !== 'heading' && pick.type !== 'paragraph') return null;
  const mentions = d.compared.mentions(pick.text);
  if (mentions[0]?.index !== 0 || pick.text.split(/\s+/).length > 6 || /[.!?]$/.test(pick.text) || new Set(mentions.map((m) => m.slug)).size > 1) return null;
  const technology = mentions[0].slug;
  const next = blocks[i + 2];
  const reason = next && next.type === 'paragraph' && /[.!?]$/.test(next.text) ? next : null;
  const last = reason ?? pick;
  const quote = d.document.body.slice(title.start, last.start + last.text.length);
  draftScenario(d, { technology, situation: title.text, pickedIn: pick.text, quote, at: title.start, statement: recommendsFor(title.text, pick.text) });
  return { technology, reason: !!reason };
}

/** "Scenario 2: a startup on MacBooks. Recommended: Docker Desktop." — a scenario with its pick. */
export function recommendedLine(d: Drafting, block: ReaderBlock): boolean {
  const m = RECOMMENDED_LABEL.exec(block.text);
  if (!m) return false;
  const rest = block.text.slice(m.index + m[0].length);
  const mentions = d.compared.mentions(rest);
  if (mentions[0]?.index !== 0) return false;
  const situation = block.text.slice(0, m.index).replace(/^(?:scenario|case|example|situation)\s*\d*\s*[:.—–-]\s*/i, '').trim();
  if (situation.split(/\s+/).length < 3 || d.compared.mentions(situation).some((x) => x.slug !== mentions[0].slug)) return false;
  draftScenario(d, { technology: mentions[0].slug, situation, pickedIn: rest, quote: block.text, at: block.start, statement: asSentence(block.text) });
  return true;
}

/**
 * A decision scenario in one sentence: "If you are building a content site on shared hosting,
 * pick X." The condition is a concrete project or situation; the main clause recommends one side.
 */
export function scenarioSentence(d: Drafting, text: string, at: number): boolean {
  const m = SCENARIO_SENTENCE.exec(text);
  if (!m) return false;
  // The main clause follows the last comma before the recommending words.
  let split = -1;
  let pick: RegExpExecArray | null = null;
  for (let comma = text.indexOf(', ', m[0].length); comma !== -1; comma = text.indexOf(', ', comma + 1)) {
    const found = PICK_IN_MAIN.exec(text.slice(comma + 2));
    if (found) {
      split = comma;
      pick = found;
      break;
    }
  }
  if (!pick || split < 0) return false;
  const main = text.slice(split + 2);
  const after = d.compared.mentions(main.slice(pick.index));
  const before = d.compared.mentions(main.slice(0, pick.index + pick[0].length));
  // "pick X" names its technology after the verb; "X is the better choice" before the phrase.
  const technology = /^(?:then\s+)?(?:pick|choose|go with|opt for|use|reach for|start with|stick with)\b/i.test(pick[0]) ? after[0]?.slug : before[before.length - 1]?.slug;
  const condition = text.slice(m[0].length - m[1].length, split);
  if (!technology || d.compared.mentions(condition).some((x) => x.slug !== technology)) return false;
  draftScenario(d, { technology, situation: condition, pickedIn: text, quote: text, at, statement: asSentence(text) });
  return true;
}

/** A decision scenario: `situation` names its use case (and its key); `pickedIn` is the text naming the pick, whose other technologies are related. */
export function draftScenario(d: Drafting, scenario: { technology: string; situation: string; pickedIn: string; quote: string; at: number; statement: string }): void {
  d.claims.add({
    kind: 'scenario',
    technology: scenario.technology,
    useCase: d.matcher.useCase(scenario.situation),
    quote: scenario.quote,
    at: scenario.at,
    statement: scenario.statement,
    related: d.compared.relatedIn(scenario.pickedIn, scenario.technology),
    keyHint: scenario.situation,
  });
}
