/**
 * The English boxes grow with their text (autoGrow in target-editor.tsx), measured at the width they had when
 * typed in. When the rows' width changes (the window, the side panel opened or closed), every mounted box is
 * measured again: narrower, a box would hide the end of its text (how omissions slip through); wider, it would
 * stay too tall. The same when the English font size changes (`fontSize`). Rows mounted later measure themselves.
 */
import { useEffect } from 'react';

/**
 * Chromium sizes the boxes itself (`field-sizing: content` in styles.css): nothing to read, so mounting a page
 * of rows costs one layout, not two per row (a jump used to spend most of its time here).
 */
const SIZED_BY_CSS = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');

/** As tall as its text: the borders added too (boxes are border-box), else the last 2 px of text scroll. */
export function autoGrow(el: HTMLTextAreaElement): void {
  if (SIZED_BY_CSS) {
    // A height set by hand (or by an older build's measure) would hold the box: CSS sizes it again.
    if (el.style.height) el.style.height = '';
    return;
  }
  el.style.height = 'auto';
  el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
}

function refitAll(el: HTMLElement): void {
  for (const box of el.querySelectorAll<HTMLTextAreaElement>('textarea[data-testid=target]')) autoGrow(box);
}

/** `fontKey` names what changes the English's font (its size, the UI language): a change refits every box. */
export function useRefitEditors(scroller: React.RefObject<HTMLElement | null>, ready: boolean, fontKey: string): void {
  useEffect(() => {
    // After the frame: the app sets the font size's CSS variable in its own effect, which runs after this one.
    const frame = requestAnimationFrame(() => {
      if (ready && scroller.current) refitAll(scroller.current);
    });
    return () => cancelAnimationFrame(frame);
  }, [scroller, ready, fontKey]);
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
    // A web font arriving changes how the text wraps, at the same width.
    const onFonts = (): void => refitAll(el);
    document.fonts.addEventListener('loadingdone', onFonts);
    return () => {
      observer.disconnect();
      document.fonts.removeEventListener('loadingdone', onFonts);
      cancelAnimationFrame(frame);
    };
  }, [scroller, ready]);
}
