import type { reviewMethods } from '../../../core/api/methods/review';
import type { HandlersOf } from '../../app/handler-types';
import type { ReviewService } from './service';

export function reviewHandlers(review: ReviewService): HandlersOf<typeof reviewMethods> {
  return {
    'document.importReview': (input) => review.importReview(input),
  };
}
