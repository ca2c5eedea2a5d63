/**
 * Markdown as blogs and documentation sites write it, made ready for a CommonMark parser: what a
 * site generator would have handled before rendering (template tags, raw HTML tables laid out
 * with blank lines) is handled here. The body is built from the rendered page, not from this
 * source, so nothing here moves an offset.
 */

/** A fence that opens or closes a code block (``` or ~~~, up to three spaces in). */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A line that is only a site generator's template tag: Hugo `{{< x >}}`/`{{% x %}}`, Zola `{{ x(...) }}`, Liquid `{% x %}`. */
const TEMPLATE_TAG_LINE = /^\s*(?:\{\{(?:(?!\}\}).)*\}\}|\{%(?:(?!%\}).)*%\})\s*$/;
/** A figure's caption inside a template tag (`caption="…"`, either quote): what the page shows under the picture. */
const TAG_CAPTION = /\bcaption\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const TABLE_OPEN = /<table\b/gi;
const TABLE_CLOSE = /<\/table\s*>/gi;

/**
 * The Markdown source with:
 * - template tags in link addresses taken out (the link then reads as its text);
 * - lines that are only a template tag left out (a figure shortcode, `{% infobox %}`): they are
 *   instructions to the site generator, not text; but a figure's caption (`caption="…"`) is what
 *   the rendered page shows under the picture, so it stays, as a paragraph of its own;
 * - blank lines inside a raw HTML `<table>` taken out: CommonMark ends an HTML block at a blank
 *   line, and the rest of the table would read as loose text with its tags showing.
 * Code blocks are left as they are.
 */
export function preparedMarkdown(source: string): string {
  const lines = source.split('\n');
  const out: string[] = [];
  let fence: string | null = null;
  let tableEnd = -1;
  lines.forEach((written, i) => {
    let line = written;
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      out.push(line);
      return;
    }
    if (i <= tableEnd) {
      if (line.trim()) out.push(line);
      return;
    }
    if (fenceMark) {
      fence = fenceMark;
      out.push(line);
      return;
    }
    if (TEMPLATE_TAG_LINE.test(line)) {
      const caption = TAG_CAPTION.exec(line);
      const words = (caption?.[1] ?? caption?.[2] ?? '').trim();
      if (words) out.push('', words, '');
      return;
    }
    line = withoutTagsInLinks(line);
    // A raw table starts an HTML block only at the start of a line (up to three spaces in).
    if (/^ {0,3}<table\b/i.test(line)) tableEnd = closingLine(lines, i);
    out.push(line);
  });
  return out.join('\n');
}

/** A template tag inside a link's address: `[text](/{{< latest "x" >}}/page)`. */
const TAG_IN_LINK = /(\]\([^()\s]*?)(?:\{\{[<%](?:(?!\}\}).)*[>%]\}\}|\{\{(?:(?!\}\}).)*\}\})/g;

/**
 * A link whose address holds a template tag (Hugo's `{{< latest "x" >}}`, which the site
 * generator fills in) is no link to a CommonMark parser: its spaces and quotes break the address,
 * and the link's markup would read as text. The tag is taken out of the address; the link's text
 * stays as written.
 */
function withoutTagsInLinks(line: string): string {
  let out = line;
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(TAG_IN_LINK, '$1_');
  }
  return out;
}

/** The line where the table opened at `from` closes; -1 when it never does (then nothing is joined). */
function closingLine(lines: string[], from: number): number {
  let depth = 0;
  for (let i = from; i < lines.length; i++) {
    depth += count(lines[i], TABLE_OPEN) - count(lines[i], TABLE_CLOSE);
    if (depth <= 0) return i;
  }
  return -1;
}

function count(line: string, pattern: RegExp): number {
  return line.match(pattern)?.length ?? 0;
}
