/**
 * The English boxes grow with their text (autoGrow in target-editor.tsx), measured at the width they had when
 * typed in. When the rows' width changes (the window, the side panel opened or closed), every mounted box is
 * measured again: narrower, a box would hide the end of its text (how omissions slip through); wider, it would
 * stay too tall. The same when the English font size changes (`fontSize`). Rows mounted later measure themselves.
 */
import { useEffect } from 'react';

/** As tall as its text: the borders added too (boxes are border-box), else the last 2 px of text scroll. */
export function autoGrow(el: HTMLTextAreaElement): void {
  el.style.height = 'auto';
  el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
}

function refitAll(el: HTMLElement): void {
  for (const box of el.querySelectorAll<HTMLTextAreaElement>('textarea[data-testid=target]')) autoGrow(box);
}

export function useRefitEditors(scroller: React.RefObject<HTMLElement | null>, ready: boolean, fontSize: number): void {
  useEffect(() => {
    if (ready && scroller.current) refitAll(scroller.current);
  }, [scroller, ready, fontSize]);
  useEffect(() => {
    const el = scroller.current;
    if (!el || !ready) return;
    let width = el.clientWidth;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      if (el.clientWidth === width) return; // height changes (rows growing) are not ours to answer
      width = el.clientWidth;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => refitAll(el));
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [scroller, ready]);
}
