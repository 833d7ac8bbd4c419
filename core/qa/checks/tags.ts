/**
 * The `tags` check: the inline codes of the Arabic (XLIFF codes kept as one private-use character each, see
 * core/formats/placeholders.ts) missing or doubled in the English, or an English code the Arabic has not.
 */
import type { QaCheck, QaFlag } from '../types';
import { checkable, makeFlag } from './flag';

const CODE = /[\uE000-\uF8FF]/g;
/** How the UI shows code n: ①②… as in the editor. */
export const codeLabel = (c: string): string => {
  const n = c.charCodeAt(0) - 0xe000;
  return n < 20 ? String.fromCharCode(0x2460 + n) : `{${n + 1}}`;
};

function positions(text: string): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const m of text.matchAll(CODE)) map.set(m[0], [...(map.get(m[0]) ?? []), m.index]);
  return map;
}

export const tagsCheck: QaCheck = {
  id: 'tags',
  run(p) {
    if (!checkable(p)) return [];
    const src = positions(p.source);
    const tgt = positions(p.target);
    if (src.size === 0 && tgt.size === 0) return [];
    const flags: QaFlag[] = [];
    for (const [code, at] of src) {
      const have = tgt.get(code)?.length ?? 0;
      if (have < at.length) {
        flags.push(
          makeFlag('tags', p, {
            kind: 'missing',
            about: code,
            message: `the inline code ${codeLabel(code)} of the Arabic is missing from the English`,
            side: 'ar',
            start: at[have]!,
            end: at[have]! + 1,
            source: codeLabel(code),
          }),
        );
      }
    }
    for (const [code, at] of tgt) {
      const want = src.get(code)?.length ?? 0;
      if (at.length > want) {
        flags.push(
          makeFlag('tags', p, {
            kind: want === 0 ? 'extra' : 'doubled',
            about: code,
            message:
              want === 0
                ? `the English has the inline code ${codeLabel(code)}, which the Arabic does not`
                : `the inline code ${codeLabel(code)} is doubled in the English`,
            side: 'en',
            start: at[want]!,
            end: at[want]! + 1,
            target: codeLabel(code),
          }),
        );
      }
    }
    return flags;
  },
};
