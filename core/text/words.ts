/** Counts words as runs of letters, marks and digits, in any script (Arabic or English). */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{M}\p{N}]+/gu);
  return m ? m.length : 0;
}
