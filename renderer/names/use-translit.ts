/** Transliteration candidates for an Arabic name: the default answer first, then each scheme's. */
import { useEffect, useState } from 'react';
import type { TranslitCandidateView } from '../../core/api/contract';
import { SCHEMES } from '../../core/api/contract';
import { call } from '../api/client';

const DELAY_MS = 250;

async function suggest(text: string): Promise<TranslitCandidateView[]> {
  // The service may not offer transliteration yet: then there is simply nothing to suggest.
  const ask = (scheme?: (typeof SCHEMES)[number]): Promise<TranslitCandidateView[]> =>
    call('translit.suggest', scheme ? { text, scheme } : { text }).catch(() => []);
  const lists = await Promise.all([ask(), ...SCHEMES.map((s) => ask(s))]);
  const seen = new Set<string>();
  return lists.flat().filter((c) => {
    const key = `${c.scheme}\u0000${c.text}`;
    if (seen.has(key) || !c.text.trim()) return false;
    seen.add(key);
    return true;
  });
}

export function useTranslit(text: string): TranslitCandidateView[] {
  const [candidates, setCandidates] = useState<TranslitCandidateView[]>([]);
  useEffect(() => {
    let live = true;
    const q = text.trim();
    const timer = setTimeout(() => {
      if (!q) return setCandidates([]);
      void suggest(q).then((c) => {
        if (live) setCandidates(c);
      });
    }, DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text]);
  return candidates;
}
