/** Merges the feature slices of the contract into one map, refusing a method name declared twice. */
import type { MethodSpec } from './methods/common';

type Slice = Readonly<Record<string, MethodSpec>>;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

export function mergeMethods<S extends readonly Slice[]>(...slices: S): UnionToIntersection<S[number]> {
  const merged: Record<string, MethodSpec> = {};
  for (const slice of slices) {
    for (const [name, spec] of Object.entries(slice)) {
      if (Object.hasOwn(merged, name)) throw new Error(`API method ${name} is declared by two features`);
      merged[name] = spec;
    }
  }
  return merged as UnionToIntersection<S[number]>;
}
