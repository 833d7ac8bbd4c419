/**
 * A new address for the open document (`#/doc/ID/row/N`, N from 1: a QA or search link, the user typing
 * one) moves to that row from the `hashchange` event itself. The app shell leaves such an address to the
 * workbench (app.tsx), so a jump costs the workbench's one render for the new active row, not a render of
 * the whole app followed by an effect and a second render.
 */
import { useEffect, useRef } from 'react';
import { parseDocHash } from './row-url';

export function useAddressedRow(documentId: string, ready: boolean, goToRow: (index: number) => void): void {
  const go = useRef(goToRow);
  go.current = goToRow;
  useEffect(() => {
    if (!ready) return;
    const onHash = (): void => {
      const at = parseDocHash(window.location.hash);
      if (at?.documentId === documentId && at.row !== undefined) go.current(at.row - 1);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [documentId, ready]);
}
