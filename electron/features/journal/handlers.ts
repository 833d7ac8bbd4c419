import type { journalMethods } from '../../../core/api/methods/journal';
import type { HandlersOf } from '../../app/handler-types';
import type { JournalService } from './service';

export function journalHandlers(journal: JournalService): HandlersOf<typeof journalMethods> {
  return {
    'journal.put': (entry) => journal.put(entry),
    'journal.remove': (input) => journal.remove(input),
    'journal.list': ({ documentId }) => journal.list(documentId),
  };
}
