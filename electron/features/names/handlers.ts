import type { namesMethods } from '../../../core/api/methods/names';
import type { HandlersOf } from '../../app/handler-types';
import type { NamesService } from './service';

export function namesHandlers(names: NamesService): HandlersOf<typeof namesMethods> {
  return {
    'translit.suggest': ({ text, scheme }) => names.suggest(text, scheme),
    'names.discover': ({ documentId }) => names.discover(documentId),
    'names.dismiss': ({ text }) => names.dismiss(text),
  };
}
