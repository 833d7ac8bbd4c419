/** An API error as the UI sees it: the server's code, or what went wrong on the way. */
import type { ErrorCode } from '../../core/api/contract';

export class ClientError extends Error {
  override readonly name = 'ClientError';
  constructor(
    /** `offline`: the server did not answer; `unauthorized`: it answered 401 (restarted with a new token). */
    readonly code: ErrorCode | 'transport' | 'offline' | 'unauthorized',
    message: string,
  ) {
    super(message);
  }
}
