import type { ArchitectureModel, NeedModel } from './models/recommendation.model.js';
import { type NeedAssessment, STRONG_TOPIC } from './recommendation-scoring.js';

/** Below this summed weight of supporting evidence (about one pro covering half of the need), a favoured need's evidence is called thin. */
const THIN_EVIDENCE = 0.15;

/**
 * A favoured need whose evidence is thin: no technology named, no strongly matched topic, and
 * the claims whose words match it cover little of it (or only a keyword hint speaks for it).
 */
export function isThin(n: NeedAssessment): boolean {
  if (!n.favours.length || n.mentions.length || n.topics.some((t) => t.strength >= STRONG_TOPIC)) return false;
  const positive = n.evidence.filter((e) => e.supports && n.favours.includes(e.technologyId)).reduce((sum, e) => sum + e.weight, 0);
  return positive < THIN_EVIDENCE;
}

export function explain(needs: NeedModel[], architecture: ArchitectureModel, thin: Set<string>, fromArticleText: Set<string> = new Set()): string {
  const caveat = (text: string) =>
    fromArticleText.has(text)
      ? ' (thin evidence: no claim decides it; a few sentences of the best-matching article that name one side do)'
      : thin.has(text) ? ' (thin evidence: only a few claims share some of its words)' : '';
  const perNeed = needs.map((n) =>
    n.favoursAll.length
      ? `for "${n.text}" the sources favour ${n.favoursAll.map((f) => f.name).join(' and ')}${caveat(n.text)}`
      : `for "${n.text}" the sources favour no technology (${n.reason})`,
  );
  const summary =
    architecture.kind === 'HYBRID'
      ? `A hybrid architecture: ${architecture.parts.map((p) => `${p.technology.name} for ${p.role}`).join(', ')}${architecture.advice.length ? `, as ${architecture.advice.length} claim(s) in the sources advise` : ''}.`
      : architecture.kind === 'SINGLE'
        ? `${architecture.parts[0].technology.name} alone covers these needs.`
        : 'The sources say nothing that decides these needs.';
  return `${perNeed.join('; ')}. ${summary}`.replace(/^./, (c) => c.toUpperCase());
}
