import type { qaMethods } from '../../../core/api/methods/qa';
import type { HandlersOf } from '../../app/handler-types';
import type { QaService } from './service';

export function qaHandlers(qa: QaService): HandlersOf<typeof qaMethods> {
  return {
    'document.qa': ({ id, checks, paragraphs }) => qa.flags(id, checks, paragraphs),
    'qa.accept': (input) => qa.accept(input),
    'qa.settings': () => qa.settings(),
    'qa.setSettings': (input) => qa.setSettings(input),
    'qa.addWord': ({ word }) => qa.addWord(word),
    'qa.report': ({ id, format }) => qa.report(id, format),
  };
}
