/**
 * Characters that change how text looks without being seen: direction overrides and embeddings (a title
 * "fdp.exe" wrapped in U+202E shows as "exe.pdf"), unpaired isolates, zero-width spaces, and long stacks of
 * combining marks that draw over the rows above. The UI shows each as a visible mark instead (VS Code's
 * Trojan Source defence does the same). Left alone: the zero-width non-joiner of Persian spelling (می‌رود),
 * the directional marks LRM/RLM/ALM that Arabic news text carries everywhere, and balanced isolates.
 */

export interface Invisible {
  /** The code point, e.g. 0x202e, or 0 for a run of combining marks. */
  code: number;
  /** A short visible label: RLO, ZWSP, +596. */
  label: string;
  /** The Unicode name, for the tooltip. */
  name: string;
}

export interface TextPiece {
  text: string;
  /** Set when `text` is one invisible (or the hidden part of a run of marks). */
  invisible?: Invisible;
}

const CONTROLS: Readonly<Record<number, [string, string]>> = {
  0x202a: ['LRE', 'LEFT-TO-RIGHT EMBEDDING'],
  0x202b: ['RLE', 'RIGHT-TO-LEFT EMBEDDING'],
  0x202c: ['PDF', 'POP DIRECTIONAL FORMATTING'],
  0x202d: ['LRO', 'LEFT-TO-RIGHT OVERRIDE'],
  0x202e: ['RLO', 'RIGHT-TO-LEFT OVERRIDE'],
  0x200b: ['ZWSP', 'ZERO WIDTH SPACE'],
  0x200d: ['ZWJ', 'ZERO WIDTH JOINER'],
  0x2060: ['WJ', 'WORD JOINER'],
  0x2061: ['FA', 'FUNCTION APPLICATION'],
  0x2062: ['IT', 'INVISIBLE TIMES'],
  0x2063: ['IS', 'INVISIBLE SEPARATOR'],
  0x2064: ['IP', 'INVISIBLE PLUS'],
  0xfeff: ['BOM', 'ZERO WIDTH NO-BREAK SPACE'],
  0x00ad: ['SHY', 'SOFT HYPHEN'],
  0x180e: ['MVS', 'MONGOLIAN VOWEL SEPARATOR'],
  0x115f: ['HCF', 'HANGUL CHOSEONG FILLER'],
  0x3164: ['HF', 'HANGUL FILLER'],
};
const ISOLATES: Readonly<Record<number, [string, string]>> = {
  0x2066: ['LRI', 'LEFT-TO-RIGHT ISOLATE'],
  0x2067: ['RLI', 'RIGHT-TO-LEFT ISOLATE'],
  0x2068: ['FSI', 'FIRST STRONG ISOLATE'],
  0x2069: ['PDI', 'POP DIRECTIONAL ISOLATE'],
};

/** Combining marks kept on one letter; Arabic needs at most three or four (shadda, a vowel, tanwin, madda). */
export const MAX_MARKS = 6;
const MARK = /\p{M}/u;

/** Positions of isolates that open or close nothing (a PDI with no opener, an opener never closed). */
function strayIsolates(text: string): Set<number> {
  const stray = new Set<number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x2066 && c <= 0x2068) open.push(i);
    else if (c === 0x2069) {
      if (open.length) open.pop();
      else stray.add(i);
    }
  }
  for (const i of open) stray.add(i);
  return stray;
}

export function hasInvisibles(text: string): boolean {
  return splitInvisibles(text).some((p) => p.invisible);
}

/** The text cut into plain pieces and invisible ones, in order; joining the plain pieces never reorders. */
export function splitInvisibles(text: string): TextPiece[] {
  const out: TextPiece[] = [];
  const stray = strayIsolates(text);
  let plain = '';
  const push = (piece: TextPiece): void => {
    if (plain) out.push({ text: plain });
    plain = '';
    out.push(piece);
  };
  let marks = 0;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    const control = CONTROLS[cp] ?? (stray.has(i) ? ISOLATES[cp] : undefined);
    if (control) {
      push({ text: ch, invisible: { code: cp, label: control[0], name: control[1] } });
      marks = 0;
    } else if (MARK.test(ch)) {
      // A run of marks past the limit: the rest is one piece, shown as a count.
      if (++marks > MAX_MARKS) {
        let j = i;
        while (j < text.length && MARK.test(String.fromCodePoint(text.codePointAt(j) as number)))
          j += (text.codePointAt(j) as number) > 0xffff ? 2 : 1;
        const hidden = text.slice(i, j);
        push({ text: hidden, invisible: { code: 0, label: `+${[...hidden].length}`, name: 'COMBINING MARKS' } });
        i = j;
        marks = 0;
        continue;
      }
      plain += ch;
    } else {
      marks = 0;
      plain += ch;
    }
    i += ch.length;
  }
  if (plain) out.push({ text: plain });
  return out;
}

/**
 * For user text inside a UI sentence (a notice, a confirm box): each invisible written as its label in
 * brackets, e.g. "تقرير ⟦RLO⟧fdp.exe", so it can be read and cannot act.
 */
export function withVisibleMarks(text: string): string {
  return splitInvisibles(text)
    .map((p) => (p.invisible ? `\u27e6${p.invisible.label}\u27e7` : p.text))
    .join('');
}
