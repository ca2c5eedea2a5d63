/** What the readers (HTML, Markdown, plain text) make of an article: its body, its blocks and what it states about itself. */

export const ARTICLE_FORMATS = ['html', 'markdown', 'text'] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

/** One unit of reader text: what a reader sees as a heading, a paragraph, a list item or a table row. */
export interface ReaderBlock {
  type: 'heading' | 'paragraph' | 'item' | 'row' | 'code';
  /** Heading level 1..6 (text headings are guessed: 1 for the title, 2 otherwise). */
  level?: number;
  /** Headings: true when it names a part of the article ("Overview", "Case 1"), not what it compares. */
  generic?: boolean;
  /** The block's text exactly as it stands in the body at `start`. */
  text: string;
  /** UTF-16 index of `text` in the body. */
  start: number;
  /**
   * Table rows: each cell's text and its UTF-16 index in the body; `parts` when the cell holds a
   * list, lines or paragraphs: each item with its index in the body (references to other pages
   * under prose left out).
   */
  cells?: { text: string; start: number; header: boolean; parts?: { text: string; start: number }[] }[];
  /** Rows of one table share an index; items of one list share one. */
  group?: number;
}

/** Metadata an article states about itself (meta tags, front matter, byline, `<time>`). */
export interface ArticleMetadata {
  title: string | null;
  author: string | null;
  publisher: string | null;
  /** As stated, in any form; normalised by `statedDate`. */
  date: string | null;
  url: string | null;
}

export interface ReaderDocument {
  body: string;
  blocks: ReaderBlock[];
  metadata: ArticleMetadata;
}
