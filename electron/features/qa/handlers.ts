import type { qaMethods } from '../../../core/api/methods/qa';
import type { HandlersOf } from '../../app/handler-types';
import type { QaService } from './service';

export function qaHandlers(qa: QaService): HandlersOf<typeof qaMethods> {
  return {
    'document.qa': ({ id }) => qa.flags(id),
    'qa.accept': (input) => qa.accept(input),
  };
}
