/**
 * The QA feature: every check of the registry (core/qa/registry.ts) over a document, minus the flags the
 * translator accepted, and the checks' settings. Accepted flags are stored by check id and key; the key hashes
 * both texts, so a changed paragraph brings its flag back. The English dictionary is loaded here (main process)
 * and handed to the checks; the glossary's English words and the personal word list are never misspellings.
 */
import type { QaFlagView, QaReport, QaSettings } from '../../../core/api/contract';
import { msg } from '../../../core/i18n/message';
import { ApiError, ENGLISH_VARIANTS } from '../../../core/api/contract';
import { isTermKind } from '../../../core/glossary';
import { QA_CHECK_IDS, QA_CHECKS, runChecksPaced, selectChecks } from '../../../core/qa/registry';
import { qaReportCsv, qaReportHtml } from '../../../core/qa/report';
import type { QaCheck, QaFlag, Speller } from '../../../core/qa/types';
import { flagKey } from '../../../core/qa/types';
import type { Db } from '../../../db/open';
import { acceptedFlags, acceptedId, acceptFlag } from '../../../db/qa-repo';
import { getSetting, setSetting } from '../../../db/settings-repo';
import type { DocumentsService } from '../documents/service';
import type { GlossaryService } from '../glossary/service';

export interface QaService {
  /** `checks`: only these (ids of the registry); otherwise every check not switched off in the settings. */
  flags(documentId: string, checks?: readonly string[], paragraphs?: readonly number[]): Promise<QaFlagView[]>;
  accept(input: {
    documentId: string;
    paragraph: number;
    check?: string | undefined;
    key?: string | undefined;
    termKey?: string | undefined;
  }): { accepted: true };
  settings(): QaSettings;
  setSettings(input: {
    disabledChecks?: string[] | undefined;
    englishVariant?: QaSettings['englishVariant'] | undefined;
  }): QaSettings;
  addWord(word: string): QaSettings;
  report(documentId: string, format: 'csv' | 'html'): Promise<QaReport>;
}

function toView(flag: QaFlag): QaFlagView {
  const { extra, ...rest } = flag;
  const view: QaFlagView = { ...rest };
  if (extra?.termId) view.termId = extra.termId;
  if (extra?.termKey) view.termKey = extra.termKey;
  if (extra?.kind && isTermKind(extra.kind)) view.kind = extra.kind;
  return view;
}

/** Lets the other calls waiting on this thread run between slices of a long QA run (see runChecksPaced). */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const DISABLED = 'qa.disabledChecks';
const VARIANT = 'qa.englishVariant';
const WORDS = 'qa.words';

export function createQaService(deps: {
  db: Db;
  documents: Pick<DocumentsService, 'paragraphs' | 'require'>;
  glossary: Pick<GlossaryService, 'index' | 'match' | 'enabledTerms'>;
  /** The English dictionary of a variant, loaded on first use (none: the spelling check stays quiet). */
  speller?: (variant: QaSettings['englishVariant']) => Speller;
  /** A fixed list of checks (tests); otherwise the registry's. */
  checks?: readonly QaCheck[];
}): QaService {
  const { db, documents, glossary } = deps;

  const settings = (): QaSettings => {
    const variant = getSetting<string>(db, VARIANT, 'en-US');
    return {
      disabledChecks: getSetting<string[]>(db, DISABLED, []).filter((c) => QA_CHECK_IDS.includes(c)),
      englishVariant: (ENGLISH_VARIANTS as readonly string[]).includes(variant)
        ? (variant as QaSettings['englishVariant'])
        : 'en-US',
      words: getSetting<string[]>(db, WORDS, []),
      checks: [...QA_CHECK_IDS],
    };
  };

  /** Lower-case words of the glossary's English (Taliban, Jowzjan, al-Shuhayl → al, shuhayl) and the word list. */
  const knownWords = (words: readonly string[]): Set<string> => {
    const known = new Set(words.map((w) => w.toLowerCase()));
    for (const term of glossary.enabledTerms()) {
      for (const w of term.target.toLowerCase().match(/[a-z]+(?:['’][a-z]+)*/g) ?? []) known.add(w);
    }
    return known;
  };

  const run = async (documentId: string, only?: readonly string[], rows?: readonly number[]): Promise<QaFlag[]> => {
    const paragraphs = documents.paragraphs(documentId);
    const s = settings();
    let checks: readonly QaCheck[];
    try {
      checks = deps.checks ?? (only ? selectChecks(only) : selectChecks(undefined, s.disabledChecks));
    } catch (e) {
      const unknown = (only ?? []).filter((c) => !QA_CHECK_IDS.includes(c));
      if (unknown.length)
        throw new ApiError(
          'invalid-input',
          msg('unknownCheck', { checks: unknown.join(', '), known: QA_CHECK_IDS.join(', ') }),
        );
      throw e;
    }
    const index = glossary.index(documentId);
    const accepted = acceptedFlags(db, documentId);
    const spelling = checks.some((c) => c.id === 'spelling');
    const flags = await runChecksPaced(
      checks,
      paragraphs,
      {
        settings: { englishVariant: s.englishVariant },
        glossary: { match: (source) => glossary.match(index, source) },
        ...(spelling && deps.speller
          ? { speller: deps.speller(s.englishVariant), knownWords: knownWords(s.words) }
          : {}),
      },
      { pause: nextTurn, only: rows },
    );
    return flags.filter((f) => !accepted.has(acceptedId(f.paragraph, f.check, f.key)));
  };

  return {
    flags: async (documentId, only, rows) => (await run(documentId, only, rows)).map(toView),
    accept(input) {
      const paragraphs = documents.paragraphs(input.documentId);
      const p = paragraphs[input.paragraph];
      if (!p) throw new ApiError('not-found', msg('noParagraph', { id: input.documentId, index: input.paragraph }));
      const check = input.check ?? 'glossary';
      if (!QA_CHECKS.some((c) => c.id === check))
        throw new ApiError('invalid-input', msg('unknownCheck', { checks: check, known: QA_CHECK_IDS.join(', ') }));
      // The older call names a glossary flag by its term key alone: its flag key follows from today's texts.
      const key = input.key ?? flagKey('glossary', input.termKey!, p);
      acceptFlag(db, input.documentId, input.paragraph, check, key);
      return { accepted: true };
    },
    settings,
    setSettings(input) {
      const unknown = (input.disabledChecks ?? []).filter((c) => !QA_CHECK_IDS.includes(c));
      if (unknown.length)
        throw new ApiError(
          'invalid-input',
          msg('unknownCheck', { checks: unknown.join(', '), known: QA_CHECK_IDS.join(', ') }),
        );
      db.transaction(() => {
        if (input.disabledChecks) setSetting(db, DISABLED, [...new Set(input.disabledChecks)]);
        if (input.englishVariant) setSetting(db, VARIANT, input.englishVariant);
      })();
      return settings();
    },
    addWord(word) {
      const w = word.trim().toLowerCase();
      const words = getSetting<string[]>(db, WORDS, []);
      if (!words.includes(w)) setSetting(db, WORDS, [...words, w].sort());
      return settings();
    },
    async report(documentId, format) {
      const doc = documents.require(documentId);
      const flags = await run(documentId);
      const base = doc.title.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 60) || 'document';
      return format === 'csv'
        ? { fileName: `${base}-qa.csv`, mime: 'text/csv;charset=utf-8', text: qaReportCsv(flags) }
        : {
            fileName: `${base}-qa.html`,
            mime: 'text/html;charset=utf-8',
            text: qaReportHtml(doc.title, documents.paragraphs(documentId), flags),
          };
    },
  };
}
