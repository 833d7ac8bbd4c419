/**
 * Error display for API calls, in one place: `call(…).catch(showErrorWith(onError))` or
 * `await runWithNotice(() => call(…), onError)` instead of a `catch` and a cast at every call.
 */
import { errorText } from './error-text';

export function showErrorWith(onError: (message: string) => void): (e: unknown) => void {
  return (e) => onError(errorText(e));
}

/** Runs the work; a failure is shown (in the UI's language) and the result is undefined. */
export async function runWithNotice<T>(
  work: () => Promise<T>,
  onError: (message: string) => void,
): Promise<T | undefined> {
  try {
    return await work();
  } catch (e) {
    onError(errorText(e));
    return undefined;
  }
}
