import type { glossaryMethods } from '../../../core/api/methods/glossary';
import type { HandlersOf } from '../../app/handler-types';
import type { GlossaryService } from './service';

export function glossaryHandlers(glossary: GlossaryService): HandlersOf<typeof glossaryMethods> {
  return {
    'glossary.list': ({ documentId }) => glossary.list(documentId),
    'glossary.setEnabled': ({ documentId, glossaryId, enabled }) =>
      glossary.setEnabled(documentId, glossaryId, enabled),
    'glossary.import': (input) => glossary.import(input),
    'glossary.export': (input) => glossary.export(input),
    'term.add': (input) => glossary.addTerm(input),
    'term.update': ({ id, ...input }) => glossary.updateTerm(id, input),
    'term.delete': ({ id }) => glossary.deleteTerm(id),
    'term.search': ({ query, limit, order }) => glossary.search(query, limit, order),
    'term.used': ({ id }) => glossary.used(id),
    'document.matches': ({ id, from, count }) =>
      glossary.matchDocument(
        id,
        from === undefined && count === undefined ? undefined : { from: from ?? 0, count: count ?? 1000 },
      ),
  };
}
