/** Building a flag: the key hashes both texts (see `flagKey`), `params.kind` names the message the UI renders. */
import type { Paragraph } from '../../model';
import type { QaFlag, QaParams, QaSide } from '../types';
import { flagKey } from '../types';
import { isDone } from '../../model';

export interface FlagSpec {
  kind: string;
  /** What makes this flag unique within the paragraph (values, offsets). */
  about: string;
  message: string;
  params?: QaParams;
  side?: QaSide;
  start?: number;
  end?: number;
  source?: string;
  target?: string;
  fix?: { start: number; end: number; text: string };
}

export function makeFlag(check: string, p: Paragraph, spec: FlagSpec): QaFlag {
  const flag: QaFlag = {
    paragraph: p.index,
    check,
    key: flagKey(check, `${spec.kind}:${spec.about}`, p),
    message: spec.message,
    params: {
      kind: spec.kind,
      ...(spec.source !== undefined ? { source: spec.source } : {}),
      ...(spec.target !== undefined ? { target: spec.target } : {}),
      ...spec.params,
    },
  };
  if (spec.side !== undefined && spec.start !== undefined && spec.end !== undefined) {
    flag.side = spec.side;
    flag.start = spec.start;
    flag.end = spec.end;
  }
  if (spec.source !== undefined) flag.source = spec.source;
  if (spec.target !== undefined) flag.target = spec.target;
  if (spec.fix) flag.fix = spec.fix;
  return flag;
}

/** Checks of the English look at confirmed rows only: a draft is still being written. */
export function checkable(p: Paragraph): boolean {
  return isDone(p.status) && p.target.trim() !== '';
}
