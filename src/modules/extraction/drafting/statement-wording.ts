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
