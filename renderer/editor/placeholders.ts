/**
 * XLIFF inline codes in the editor. The formats module turns each code into one private-use character
 * (U+E000 + n); fonts draw those as nothing or a box, so the editor shows them as circled numbers
 * (① for the first code), one character for one, which keeps every offset (glossary spans, caret) valid.
 * An edit that would delete a code is refused: codes cannot be lost by accident.
 */

const PUA = 0xe000;
const PUA_END = 0xf8ff;

/** Visible stand-ins: ①–⑳, ㉑–㉟, ㊱–㊿. */
function visible(n: number): number | undefined {
  if (n < 20) return 0x2460 + n;
  if (n < 35) return 0x3251 + (n - 20);
  if (n < 50) return 0x32b1 + (n - 35);
  return undefined;
}

function hidden(code: number): number | undefined {
  if (code >= 0x2460 && code < 0x2474) return PUA + (code - 0x2460);
  if (code >= 0x3251 && code < 0x3260) return PUA + 20 + (code - 0x3251);
  if (code >= 0x32b1 && code < 0x32c0) return PUA + 35 + (code - 0x32b1);
  return undefined;
}

const isPlaceholder = (code: number): boolean => code >= PUA && code <= PUA_END;

export function hasPlaceholders(text: string): boolean {
  return /[\uE000-\uF8FF]/.test(text);
}

/** Stored text → what the editor and the source pane show. */
export function toDisplay(text: string): string {
  if (!hasPlaceholders(text)) return text;
  return text.replace(/[\uE000-\uF8FF]/g, (c) => {
    const v = visible(c.charCodeAt(0) - PUA);
    return v === undefined ? c : String.fromCharCode(v);
  });
}

/** What the editor shows → stored text (only the codes the source really has are mapped back). */
export function fromDisplay(text: string, source: string): string {
  if (!hasPlaceholders(source)) return text;
  return text.replace(/[\u2460-\u2473\u3251-\u325F\u32B1-\u32BF]/g, (c) => {
    const h = hidden(c.charCodeAt(0));
    return h !== undefined && source.includes(String.fromCharCode(h)) ? String.fromCharCode(h) : c;
  });
}

function codesOf(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isPlaceholder(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}

/** True when `after` still holds every code `before` held: the edit may go through. */
export function keepsPlaceholders(before: string, after: string): boolean {
  const was = codesOf(before);
  if (was.size === 0) return true;
  const now = codesOf(after);
  for (const [code, n] of was) if ((now.get(code) ?? 0) < n) return false;
  return true;
}

/** The source's codes that the target does not have yet, in source order (Alt+0 inserts the first). */
export function missingPlaceholders(source: string, target: string): string[] {
  const have = codesOf(target);
  const out: string[] = [];
  for (const ch of source) {
    const c = ch.charCodeAt(0);
    if (!isPlaceholder(c)) continue;
    const left = have.get(c) ?? 0;
    if (left > 0) have.set(c, left - 1);
    else out.push(ch);
  }
  return out;
}
