/** A raw match as the API hands it out: numbers put in, origin as `{document, paragraph}` or `{file}`. */
import type { TmMatch, TmOrigin } from '../../../core/api/methods/tm';
import { placeNumbers } from '../../../core/tm/placeables';
import type { UnitRow } from '../../../db/tm-repo';
import type { RawMatch } from './lookup';

export function originOf(u: Pick<UnitRow, 'origin_document' | 'origin_paragraph' | 'origin_file'>): TmOrigin {
  if (u.origin_document !== null) return { document: u.origin_document, paragraph: u.origin_paragraph ?? 0 };
  return { file: u.origin_file ?? '' };
}

export function toMatch(m: RawMatch, sentence?: number): TmMatch {
  const placed = placeNumbers(m.unit.target, m.swaps);
  const out: TmMatch = {
    score: m.score,
    source: m.unit.source,
    target: placed.target,
    tm: m.memory.name,
    unitId: m.unit.id,
    origin: originOf(m.unit),
    changedAt: m.unit.changed_at,
  };
  if (m.unit.tuid !== null) out.tuid = m.unit.tuid;
  if (m.unit.author !== null) out.author = m.unit.author;
  if (placed.placed.length > 0) out.placeables = placed.placed;
  if (sentence !== undefined) out.sentence = sentence;
  return out;
}
