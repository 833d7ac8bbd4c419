/**
 * The API client: one typed `call`, whatever carries it. In Electron the preload's bridge (IPC);
 * in the browser mode a same-origin POST to /api/<method> with the tab's token in a header (session.ts).
 */
import type { DragomanBridge, MenuCommand } from '../../core/api/bridge';
import type { Envelope, Input, Method, Result } from '../../core/api/contract';
import { decodeWire, encodeWire } from '../../core/api/wire';
import { ClientError } from './client-error';
import { connectionState, sessionToken, setConnection } from './session';

export { ClientError };

declare global {
  interface Window {
    dragoman?: DragomanBridge;
  }
}

type Transport = (method: string, input: unknown) => Promise<Envelope<unknown>>;

const ipcTransport =
  (bridge: DragomanBridge): Transport =>
  async (method, input) =>
    (await bridge.invoke(method, input)) as Envelope<unknown>;

const httpTransport: Transport = async (method, input) => {
  const body = encodeWire(input);
  let res: Response;
  try {
    res = await fetch(`./api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dragoman-token': sessionToken() ?? '' },
      body,
      credentials: 'omit',
      // Lets the last autosave finish while the page is closing (small bodies only).
      keepalive: body.length < 60_000,
    });
  } catch (e) {
    setConnection({ kind: 'offline' });
    const detail = e instanceof Error ? e.message : String(e);
    throw new ClientError('offline', detail, [{ key: 'offline', values: { detail } }]);
  }
  if (res.status === 401) {
    setConnection({ kind: 'unauthorized' });
    throw new ClientError('unauthorized', await res.text(), [{ key: 'unauthorized' }]);
  }
  if (connectionState().kind !== 'ok') setConnection({ kind: 'ok' });
  // A refused body (413) still carries an envelope with a message for the user.
  if (res.status === 413) return decodeWire(await res.text()) as Envelope<unknown>;
  if (!res.ok)
    throw new ClientError('transport', `${res.status} ${await res.text()}`, [
      { key: 'transport', values: { status: res.status } },
    ]);
  return decodeWire(await res.text()) as Envelope<unknown>;
};

const transport: Transport = window.dragoman ? ipcTransport(window.dragoman) : httpTransport;

export async function call<M extends Method>(method: M, input: Input<M>): Promise<Result<M>> {
  const envelope = await transport(method, input);
  if (!envelope.ok) throw new ClientError(envelope.error.code, envelope.error.message, envelope.error.details ?? []);
  return envelope.value as Result<M>;
}

/** Menu commands from the desktop shell; the browser mode has none. */
export function onMenu(listener: (command: MenuCommand) => void): () => void {
  return window.dragoman ? window.dragoman.onMenu(listener) : () => undefined;
}
