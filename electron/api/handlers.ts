/** The handlers of every API method, over one workspace. The transports and the CLI all call these. */
import type { z } from 'zod';
import type { Api, Method, Result } from '../../core/api/contract';
import type { Db } from '../../db/open';
import { listDocuments } from '../../db/documents-repo';
import type { Env } from '../services/clock';
import * as documents from '../services/documents';
import { exportDoc } from '../services/export';

export type Handlers = {
  [M in Method]: (input: z.output<Api[M]['input']>) => Result<M> | Promise<Result<M>>;
};

export function createHandlers(db: Db, env: Env): Handlers {
  return {
    'settings.get': () => documents.getSettings(db),
    'settings.set': (patch) => documents.updateSettings(db, patch),
    'document.list': () => listDocuments(db),
    'document.import': (input) => documents.importDocument(db, env, input),
    'document.get': ({ id }) => documents.getDocument(db, id),
    'document.rename': ({ id, title }) => documents.rename(db, env, id, title),
    'document.delete': ({ id }) => documents.remove(db, id),
    'document.setActive': ({ id, index }) => documents.setActive(db, id, index),
    'paragraph.update': (input) => documents.updateParagraph(db, env, input),
    'document.export': ({ id, format, options }) => exportDoc(db, id, format, options),
  };
}
