import type { ReaderBlock } from './reader-document.js';

/** How the cells of a table row are joined in the body. */
export const CELL_SEPARATOR = ' | ';

/** Builds the body from blocks, so every block's text (and so every quote) stands in it verbatim. */
export class BodyBuilder {
  private parts: string[] = [];
  private length = 0;
  private lastGroup: number | undefined;
  readonly blocks: ReaderBlock[] = [];

  add(block: Omit<ReaderBlock, 'start' | 'cells'> & { cells?: { text: string; header: boolean }[] }, prefix = ''): void {
    const text = block.text.trim();
    if (!text) return;
    // Items of one list and rows of one table are consecutive lines; everything else a paragraph.
    const sameGroup = block.group !== undefined && block.group === this.lastGroup;
    const separator = this.blocks.length === 0 ? '' : sameGroup ? '\n' : '\n\n';
    this.push(separator + prefix);
    const start = this.length;
    let cells: ReaderBlock['cells'];
    if (block.cells) {
      cells = [];
      let at = start;
      block.cells.forEach((cell, i) => {
        if (i > 0) at += CELL_SEPARATOR.length;
        cells!.push({ text: cell.text, start: at, header: cell.header });
        at += cell.text.length;
      });
    }
    this.push(text);
    this.blocks.push({ ...block, text, start, cells });
    this.lastGroup = block.group;
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  get body(): string {
    return this.parts.join('');
  }
}
