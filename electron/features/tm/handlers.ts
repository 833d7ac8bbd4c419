import type { tmMethods } from '../../../core/api/methods/tm';
import type { HandlersOf } from '../../app/handler-types';
import type { TmService } from './service';

export function tmHandlers(tm: TmService): HandlersOf<typeof tmMethods> {
  return {
    'tm.list': ({ documentId }) => tm.list(documentId),
    'tm.create': ({ name }) => tm.create(name),
    'tm.set': (input) => tm.set(input),
    'tm.import': (input) => tm.import(input),
    'tm.addDocument': ({ documentId, tm: name }) => tm.addDocument(documentId, name),
    'tm.export': ({ tm: name }) => tm.export(name),
    'tm.lookup': (input) => tm.lookup(input),
    'tm.lookupDocument': (input) => tm.lookupDocument(input),
    'tm.concordance': (input) => tm.concordance(input),
    'tm.pretranslate': (input) => tm.pretranslate(input),
    'tm.analyze': ({ documentId }) => tm.analyze(documentId),
    'tm.getSettings': () => tm.settings(),
    'tm.setSettings': (input) => tm.setSettings(input),
  };
}
