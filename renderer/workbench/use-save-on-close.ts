/** Nothing typed is lost when the page or window closes, or the translator leaves the workbench. */
import { useEffect } from 'react';
import { registerPendingSaves } from './pending-saves';
import type { SaveQueue } from './save-queue';

export function useSaveOnClose(queue: SaveQueue): void {
  useEffect(() => registerPendingSaves(() => queue.flush()), [queue]);

  // Save on close of the page and when leaving the workbench. On close, pending text is sent at once
  // (keepalive requests); while anything is unsaved the browser asks before leaving.
  useEffect(() => {
    const flush = (): void => void queue.flush().catch(() => undefined);
    const onPageHide = (): void => queue.sendNow();
    const onBeforeUnload = (e: BeforeUnloadEvent): void => {
      if (!queue.busy) return;
      queue.sendNow();
      e.preventDefault();
    };
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [queue]);
}
