/** An API error as the UI sees it: the server's code and messages, or what went wrong on the way. */
import type { ErrorCode } from '../../core/api/contract';
import type { Message } from '../../core/i18n/message';

export class ClientError extends Error {
  override readonly name = 'ClientError';
  constructor(
    /** `offline`: the server did not answer; `unauthorized`: it answered 401 (restarted with a new token). */
    readonly code: ErrorCode | 'transport' | 'offline' | 'unauthorized',
    /** English, for logs; the UI shows `details` in its own language (shared/error-text.ts). */
    message: string,
    readonly details: readonly Message[] = [],
  ) {
    super(message);
  }
}
