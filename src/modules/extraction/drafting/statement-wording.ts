import { cleanLabel } from '../taxonomy-matcher.js';

/** How drafted statements word what they quote. */

/** A quote as a statement: whitespace collapsed, closed with a full stop when it has no end punctuation. */
export function asSentence(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  const s = /[.!?…]$/.test(t) ? t : `${t}.`;
  return s.length >= 3 ? s : `${s}...`;
}

/** "Learning curve" -> "learning curve" inside a sentence; acronyms ("API") stay as written. */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

/** "An advantage of X: …" / "A drawback of X: …". */
export function proConStatement(kind: 'pro' | 'con', technologyName: string, text: string): string {
  return `${kind === 'pro' ? 'An advantage' : 'A drawback'} of ${technologyName}: ${asSentence(text)}`;
}

/** "For a startup on MacBooks, the article recommends Docker Desktop." */
export function recommendsFor(situation: string, pick: string): string {
  return `For ${lowerFirst(cleanLabel(situation))}, the article recommends ${pick.replace(/[.]+$/, '')}.`;
}
