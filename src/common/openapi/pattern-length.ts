/**
 * The longest string a regular expression can match, from its source, or Infinity when it is
 * unbounded (`*`, `+`, `{n,}`, backreferences). Lets the document state the maxLength a
 * `@Matches` validator really enforces (`^[a-z]{1,120}$` -> 120). Handles the regex subset input
 * classes use: literals, escapes, classes, groups, alternation and quantifiers.
 */
export function patternMaxLength(source: string): number {
  let i = 0;
  const alternation = (): number => {
    let best = sequence();
    while (source[i] === '|') {
      i++;
      best = Math.max(best, sequence());
    }
    return best;
  };
  const sequence = (): number => {
    let total = 0;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') total += quantified(atom());
    return total;
  };
  const atom = (): number => {
    const c = source[i];
    if (c === '^' || c === '$') {
      i++;
      return 0;
    }
    if (c === '(') {
      i++;
      if (source[i] === '?') i += source[i + 1] === '<' && source[i + 2] !== '=' && source[i + 2] !== '!' ? source.indexOf('>', i) - i + 1 : 2;
      const inner = alternation();
      i++; // ')'
      return inner;
    }
    if (c === '[') {
      i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      return 1;
    }
    if (c === '\\') {
      const next = source[i + 1];
      i += 2;
      if (/[1-9k]/.test(next)) return Infinity;
      if (next === 'b' || next === 'B') return 0;
      if (next === 'u' && source[i] === '{') i = source.indexOf('}', i) + 1;
      else if (next === 'u') i += 4;
      else if (next === 'x') i += 2;
      return 1;
    }
    i++;
    return 1;
  };
  const quantified = (length: number): number => {
    const c = source[i];
    let times = 1;
    if (c === '*' || c === '+') {
      i++;
      times = Infinity;
    } else if (c === '?') {
      i++;
    } else if (c === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (match) {
        i += match[0].length;
        times = match[2] === undefined ? Number(match[1]) : match[3] === '' ? Infinity : Number(match[3]);
      }
    }
    if (source[i] === '?' && times !== 1) i++; // lazy
    return length === 0 ? 0 : length * times;
  };
  const result = alternation();
  return i < source.length ? Infinity : result;
}
