import type { documentMethods } from '../../../core/api/methods/documents';
import type { HandlersOf } from '../../app/handler-types';
import type { DocumentsService } from './service';

export function documentHandlers(documents: DocumentsService): HandlersOf<typeof documentMethods> {
  return {
    'document.list': () => documents.list(),
    'document.import': (input) => documents.import(input),
    'document.get': ({ id }) => documents.get(id),
    'document.outline': ({ id }) => documents.outline(id),
    'document.rows': ({ id, from, count }) => documents.rows(id, from, count),
    'document.rename': ({ id, title }) => documents.rename(id, title),
    'document.delete': ({ id }) => documents.remove(id),
    'document.setActive': ({ id, index }) => documents.setActive(id, index),
    'paragraph.update': (input) => documents.updateParagraph(input),
    'paragraph.setNote': (input) => documents.setNote(input),
    'document.changes': ({ id, since }) => documents.changes(id, since),
  };
}
