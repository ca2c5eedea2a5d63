import { isFurnitureText } from './furniture-text.js';
import { isGenericHeading } from './generic-headings.js';
import type { ReaderBlock } from './reader-document.js';

/** How the cells of a table row are joined in the body. */
export const CELL_SEPARATOR = ' | ';

/** A block as a reader hands it over: its text, and each cell's parts with their index in the cell's text. */
export type BlockInput = Omit<ReaderBlock, 'start' | 'cells'> & { cells?: { text: string; header: boolean; parts?: { text: string; start: number }[] }[] };

/** Builds the body from blocks, so every block's text (and so every quote) stands in it verbatim. */
export class BodyBuilder {
  private parts: string[] = [];
  /** What was added for each block, so the body can be built again without some of them. */
  private readonly added: { block: BlockInput; prefix: string }[] = [];
  private length = 0;
  private lastGroup: number | undefined;
  readonly blocks: ReaderBlock[] = [];

  /** Adds a block; a cell's parts are given with their index in the cell's text. */
  add(block: BlockInput, prefix = ''): void {
    const text = block.text.trim();
    if (!text) return;
    if ((block.type === 'paragraph' || block.type === 'item') && isFurnitureText(text)) return;
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
        const parts = cell.parts?.map((part) => ({ text: part.text, start: at + part.start }));
        cells!.push({ text: cell.text, start: at, header: cell.header, ...(parts ? { parts } : {}) });
        at += cell.text.length;
      });
    }
    this.push(text);
    this.blocks.push({ ...block, text, start, cells, ...(block.type === 'heading' && isGenericHeading(text) ? { generic: true } : {}) });
    this.added.push({ block, prefix });
    this.lastGroup = block.group;
  }

  /** The same blocks, in the same order, without those at `left` (indices into `blocks`). */
  without(left: Set<number>): BodyBuilder {
    const next = new BodyBuilder();
    this.added.forEach(({ block, prefix }, i) => left.has(i) || next.add(block, prefix));
    return next;
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  /** The level of the last heading added; 1 before any. */
  get headingLevel(): number {
    for (let i = this.blocks.length - 1; i >= 0; i--) if (this.blocks[i].type === 'heading') return this.blocks[i].level ?? 2;
    return 1;
  }

  get body(): string {
    return this.parts.join('');
  }
}
