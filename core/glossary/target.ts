/** English targets: alternatives separated by `|`, the first one preferred (inserted), any one accepted by QA. */

/** The alternatives of a target, trimmed, empty ones dropped. */
export function targetAlternatives(target: string): string[] {
  return target
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/** The preferred English: `ISIS|Daesh` → `ISIS`. */
export function preferredTarget(target: string): string {
  return targetAlternatives(target)[0] ?? '';
}
