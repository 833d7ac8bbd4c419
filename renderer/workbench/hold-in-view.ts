/**
 * Holding the row a jump went to (go to, find, an address, Alt+↓) in view until the list has settled. A jump
 * lands on estimated heights; then the row's page arrives, the rows around it are measured, a web font or the
 * glossary's marks change their heights, and the row drifts (a far find once left it 237 px below the list).
 * So the scroll is not done once, before all that: while the hold lasts, every change of the virtualizer's
 * measurements places the row again, in the next frame, from the measurements (no DOM read). The user taking
 * over (wheel, pointer, a key) ends the hold, and so does time: it never fights the translator.
 */
import type { Virtualizer } from '@tanstack/react-virtual';
import { placeOffset } from './keep-in-view';
import type { Placement } from './keep-in-view';

/** How long after the jump (or its page arriving) the row is held at most. */
const HOLD_MS = 3000;
/** What the user does to take the list over. */
const TAKE_OVER = ['wheel', 'pointerdown', 'touchstart', 'keydown'] as const;

export interface InViewHold {
  /** Scrolls `position` (a list position) into place now and holds it there. */
  hold(position: number, placement: Placement): void;
  /** The held position's page arrived: the hold starts its time again (the rows are measured from now). */
  renew(position: number): void;
  /** For the virtualizer's `onChange`: measurements or the range moved. */
  changed(): void;
  release(): void;
  /** Starts listening for the user taking over; returns the cleanup. */
  listen(target: Window): () => void;
}

export function createHold(virtualizer: () => Virtualizer<HTMLDivElement, Element> | null): InViewHold {
  let held: { position: number; placement: Placement; until: number } | null = null;
  let frame = 0;

  const place = (): void => {
    const v = virtualizer();
    if (!held || !v) return;
    if (performance.now() > held.until) {
      held = null;
      return;
    }
    const item = v.measurementsCache[held.position];
    const el = v.scrollElement;
    if (!item || !el) return;
    const size = v.scrollRect?.height ?? el.clientHeight;
    const offset = v.scrollOffset ?? el.scrollTop;
    const want = placeOffset(
      { start: item.start, end: item.end, last: held.position === v.options.count - 1 },
      { offset, size, total: v.getTotalSize() },
      held.placement,
    );
    if (want !== null) v.scrollToOffset(want);
  };

  const release = (): void => {
    held = null;
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
  };

  return {
    hold(position, placement) {
      held = { position, placement, until: performance.now() + HOLD_MS };
      place();
    },
    renew(position) {
      if (held?.position !== position) return;
      held.until = performance.now() + HOLD_MS;
      this.changed();
    },
    changed() {
      if (!held || frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        place();
      });
    },
    release,
    listen(target) {
      // Capture: the hold ends before the key's own handler, which may start a new one (Enter in the find bar).
      for (const type of TAKE_OVER) target.addEventListener(type, release, { capture: true, passive: true });
      return () => {
        for (const type of TAKE_OVER) target.removeEventListener(type, release, { capture: true });
        release();
      };
    },
  };
}
