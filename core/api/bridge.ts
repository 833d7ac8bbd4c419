/** The one object the Electron preload exposes to the sandboxed window (never ipcRenderer itself). */
/** `close`: the desktop window is closing; the renderer saves what is pending, then closes it. */
export type MenuCommand = 'import' | 'export-docx' | 'export-html' | 'close' | 'undo' | 'redo';

export interface DragomanBridge {
  invoke(method: string, input: unknown): Promise<unknown>;
  onMenu(listener: (command: MenuCommand) => void): () => void;
}

export const IPC_INVOKE = 'dragoman:invoke';
export const IPC_MENU = 'dragoman:menu';
