/** Types of desk-offsets.js for its unit spec (the page loads the .js; this file is never served). */
export interface Offsets {
  toUnit(codePoint: number): number;
  toPoint(unit: number): number;
}
export function offsetsOf(text: string): Offsets;
export function segments(length: number, spans: { key: string; at: [number, number] }[]): { from: number; to: number; keys: string[] }[];
