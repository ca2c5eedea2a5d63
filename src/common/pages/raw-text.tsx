/**
 * The content of <style> and <script> is raw text: the HTML parser decodes no entity there, so the
 * renderer's escaping (it writes " & < as entities in all text) would corrupt CSS or code rather
 * than protect it. Only the app's own files and constants go in (never stored data); they are
 * written without those three characters, so escaping leaves them as they are, and anything else
 * is refused loudly rather than sent corrupted. No `dangerouslySetInnerHTML` is needed.
 */
export function rawText(text: string, what: string): string {
  const bad = /["&<]/.exec(text);
  if (bad) throw new Error(`${what} holds ${JSON.stringify(bad[0])} at ${bad.index}, which the renderer would escape: write it without " & <`);
  return text;
}

export const InlineStyle = (props: { css: string }) => <style>{rawText(props.css, 'inline style')}</style>;

export const InlineScript = (props: { code: string }) => <script>{rawText(props.code, 'inline script')}</script>;
