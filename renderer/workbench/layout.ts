import type { SourceSide } from '../../core/model';

/**
 * Grid areas of a row, physical left to right (rows are dir="ltr"): the Arabic sits on the chosen
 * side of the screen whatever the UI language; the row number sits at the UI's inline start.
 */
export function rowAreas(sourceSide: SourceSide, uiDir: 'ltr' | 'rtl'): string {
  const panes = sourceSide === 'right' ? 'tgt src' : 'src tgt';
  return uiDir === 'rtl' ? `"${panes} meta"` : `"meta ${panes}"`;
}

export function rowColumns(uiDir: 'ltr' | 'rtl'): string {
  return uiDir === 'rtl' ? 'minmax(0, 1fr) minmax(0, 1fr) 5.5rem' : '5.5rem minmax(0, 1fr) minmax(0, 1fr)';
}
