/** The shape of a feature's handlers: one function per method of its contract slice, input already parsed. */
import type { z } from 'zod';
import type { Api } from '../../core/api/contract';
import type { MethodSpec } from '../../core/api/methods/common';

export type HandlersOf<S extends Readonly<Record<string, MethodSpec>>> = {
  [M in keyof S]: (input: z.output<S[M]['input']>) => S[M]['result'] | Promise<S[M]['result']>;
};

/** Every method of the API: what the transports and the CLI dispatch to. */
export type Handlers = HandlersOf<Api>;
