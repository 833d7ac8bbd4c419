/**
 * Saves still to be made, across the app: the desktop shell asks before closing its window, and the
 * workbench registers its queue here so that question reaches it.
 */
const flushers = new Set<() => Promise<void>>();

export function registerPendingSaves(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => {
    flushers.delete(flush);
  };
}

/** Saves everything pending; settles either way (a failure is already shown to the user). */
export async function saveAllPending(): Promise<void> {
  await Promise.allSettled([...flushers].map((f) => f()));
}
