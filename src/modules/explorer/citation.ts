/** The paragraph of `body` holding the quote at code-point offsets [start, end), split around it. */
export function quoteInParagraph(body: string, start: number, end: number): { before: string; quote: string; after: string } {
  const chars = [...body];
  const text = (from: number, to: number) => chars.slice(from, to).join('');
  let from = start;
  while (from > 0 && !(chars[from - 1] === '\n' && chars[from - 2] === '\n')) from--;
  let to = end;
  while (to < chars.length && !(chars[to] === '\n' && chars[to + 1] === '\n')) to++;
  return { before: text(from, start).replace(/^\s+/, ''), quote: text(start, end), after: text(end, to).replace(/\s+$/, '') };
}
