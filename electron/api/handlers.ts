/** The handlers of every API method, over one workspace. The transports and the CLI all call these. */
import type { z } from 'zod';
import type { Api, Method, Result } from '../../core/api/contract';
import type { Db } from '../../db/open';
import { listDocuments } from '../../db/documents-repo';
import type { Env } from '../services/clock';
import * as documents from '../services/documents';
import { exportDoc } from '../services/export';
import * as glossary from '../services/glossary';
import * as names from '../services/names';
import { listGlossaries, setDocumentGlossary, disabledGlossaries, incrementUse, findTerm } from '../../db/glossary-repo';
import type { StoredTerm } from '../../db/glossary-repo';
import type { GlossaryInfo, Settings, TermView } from '../../core/api/contract';
import { ApiError } from '../../core/api/contract';

export type Handlers = {
  [M in Method]: (input: z.output<Api[M]['input']>) => Result<M> | Promise<Result<M>>;
};

function termView(t: StoredTerm): TermView {
  return { id: t.id, glossaryId: t.glossaryId, source: t.source, target: t.target, kind: t.kind, variants: t.variants, note: t.note, useCount: t.useCount };
}

function glossaryInfos(db: Db, documentId?: string): GlossaryInfo[] {
  const disabled = new Set(documentId ? disabledGlossaries(db, documentId) : []);
  return listGlossaries(db).map((g) => ({ ...g, enabled: !disabled.has(g.id) }));
}

/** What only the desktop shell can do; the browser mode has none of it and says so. */
export interface Platform {
  /** The desktop shell follows the UI language (its menu). */
  onSettings?: (settings: Settings) => void;
  printToPdf?: (html: Uint8Array, options: { landscape: boolean; pageSize: 'A4' | 'Letter' }) => Promise<Uint8Array>;
}

export function createHandlers(db: Db, env: Env, platform: Platform = {}): Handlers {
  return {
    'settings.get': () => documents.getSettings(db),
    'settings.set': (patch) => {
      const settings = documents.updateSettings(db, patch);
      platform.onSettings?.(settings);
      return settings;
    },
    'document.list': () => listDocuments(db),
    'document.import': (input) => documents.importDocument(db, env, input),
    'document.get': ({ id }) => documents.getDocument(db, id),
    'document.rename': ({ id, title }) => documents.rename(db, env, id, title),
    'document.delete': ({ id }) => documents.remove(db, id),
    'document.setActive': ({ id, index }) => documents.setActive(db, id, index),
    'paragraph.update': (input) => documents.updateParagraph(db, env, input),
    'document.export': ({ id, format, options }) => exportDoc(db, env, id, format, options),
    'document.exportPdf': async ({ id, options }) => {
      if (!platform.printToPdf) {
        throw new ApiError('unsupported', 'PDF export needs the desktop app; in the browser, print the HTML view to PDF');
      }
      const html = await exportDoc(db, env, id, 'html', options);
      const bytes = await platform.printToPdf(html.bytes, {
        landscape: options?.orientation === 'landscape',
        pageSize: options?.pageSize ?? 'A4',
      });
      return { fileName: html.fileName.replace(/\.html$/, '.pdf'), mime: 'application/pdf', bytes };
    },
    'document.importReview': (input) => documents.importReview(db, env, input),
    'glossary.list': ({ documentId }) => glossaryInfos(db, documentId),
    'glossary.setEnabled': ({ documentId, glossaryId, enabled }) => {
      documents.requireDocument(db, documentId);
      if (!listGlossaries(db).some((g) => g.id === glossaryId)) throw new ApiError('not-found', `no glossary with id ${glossaryId}`);
      setDocumentGlossary(db, documentId, glossaryId, enabled);
      return glossaryInfos(db, documentId);
    },
    'glossary.import': (input) => glossary.importGlossary(db, env, input),
    'glossary.export': (input) => glossary.exportGlossary(db, env, input),
    'term.add': (input) => termView(glossary.addTerm(db, env, input)),
    'term.update': ({ id, ...input }) => termView(glossary.updateTerm(db, env, id, input)),
    'term.delete': ({ id }) => glossary.deleteTerm(db, id),
    'term.search': ({ query, limit }) => glossary.searchTerms(db, query, limit).map(termView),
    'term.used': ({ id }) => {
      if (!findTerm(db, id)) throw new ApiError('not-found', `no term with id ${id}`);
      incrementUse(db, id);
      return { ok: true };
    },
    'document.matches': ({ id }) => glossary.matchDocument(db, id),
    'document.qa': ({ id }) => glossary.qaDocument(db, id),
    'qa.accept': ({ documentId, paragraph, termKey }) => glossary.acceptQa(db, documentId, paragraph, termKey),
    'translit.suggest': ({ text, scheme }) => names.suggest(db, text, scheme),
    'names.discover': ({ documentId }) => names.discover(db, documentId),
    'names.dismiss': ({ text }) => names.dismiss(db, env, text),
  };
}
