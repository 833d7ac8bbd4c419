import type { searchMethods } from '../../../core/api/methods/search';
import type { HandlersOf } from '../../app/handler-types';
import type { SearchService } from './service';

export function searchHandlers(search: SearchService): HandlersOf<typeof searchMethods> {
  return {
    'search.find': (input) => search.find(input),
    'search.replace': (input) => search.replace(input),
    'search.restore': ({ documentId, rows }) => search.restore(documentId, rows),
    'search.filter': ({ documentId, filter, search: s }) => search.filter(documentId, filter, s),
  };
}
