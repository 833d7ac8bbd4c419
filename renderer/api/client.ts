/**
 * The API client: one typed `call`, whatever carries it. In Electron the preload's bridge (IPC);
 * in the browser mode a same-origin POST to /api/<method> (the token travels as an HttpOnly cookie).
 */
import type { DragomanBridge, MenuCommand } from '../../core/api/bridge';
import type { Envelope, ErrorCode, Input, Method, Result } from '../../core/api/contract';
import { decodeWire, encodeWire } from '../../core/api/wire';

declare global {
  interface Window {
    dragoman?: DragomanBridge;
  }
}

export class ClientError extends Error {
  override readonly name = 'ClientError';
  constructor(
    readonly code: ErrorCode | 'transport',
    message: string,
  ) {
    super(message);
  }
}

type Transport = (method: string, input: unknown) => Promise<Envelope<unknown>>;

const ipcTransport = (bridge: DragomanBridge): Transport => async (method, input) =>
  (await bridge.invoke(method, input)) as Envelope<unknown>;

const httpTransport: Transport = async (method, input) => {
  const body = encodeWire(input);
  const res = await fetch(`./api/${encodeURIComponent(method)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    credentials: 'same-origin',
    // Lets the last autosave finish while the page is closing (small bodies only).
    keepalive: body.length < 60_000,
  });
  // A refused body (413) still carries an envelope with a message for the user.
  if (res.status === 413) return decodeWire(await res.text()) as Envelope<unknown>;
  if (!res.ok) throw new ClientError('transport', `${res.status} ${await res.text()}`);
  return decodeWire(await res.text()) as Envelope<unknown>;
};

const transport: Transport = window.dragoman ? ipcTransport(window.dragoman) : httpTransport;

export async function call<M extends Method>(method: M, input: Input<M>): Promise<Result<M>> {
  const envelope = await transport(method, input);
  if (!envelope.ok) throw new ClientError(envelope.error.code, envelope.error.message);
  return envelope.value as Result<M>;
}

/** Menu commands from the desktop shell; the browser mode has none. */
export function onMenu(listener: (command: MenuCommand) => void): () => void {
  return window.dragoman ? window.dragoman.onMenu(listener) : () => undefined;
}
