import type { teamMethods } from '../../../core/api/methods/team';
import type { HandlersOf } from '../../app/handler-types';
import type { TeamService } from './service';

export function teamHandlers(team: TeamService): HandlersOf<typeof teamMethods> {
  return {
    'team.join': (input) => team.join(input),
    'team.status': () => team.status(),
    'team.sync': () => team.sync(),
    'team.leave': (input) => team.leave(input),
    'team.share': (input) => team.share(input),
    'team.conflicts': () => team.conflicts(),
    'team.resolve': (input) => team.resolve(input),
    'team.concordance': (input) => team.concordance(input),
    'team.assign': (input) => team.assign(input),
    'team.document': (input) => team.document(input),
    'team.history': (input) => team.history(input),
    'team.seen': (input) => team.seen(input),
  };
}
