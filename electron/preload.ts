/**
 * Preload of the sandboxed window: exposes `window.dragoman` with invoke/onMenu only.
 * A sandboxed preload cannot require modules: esbuild bundles it into one file.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_INVOKE, IPC_MENU } from '../core/api/bridge';
import type { DragomanBridge, MenuCommand } from '../core/api/bridge';

const bridge: DragomanBridge = {
  invoke: (method, input) => ipcRenderer.invoke(IPC_INVOKE, method, input),
  onMenu: (listener) => {
    const wrapped = (_event: Electron.IpcRendererEvent, command: MenuCommand): void => listener(command);
    ipcRenderer.on(IPC_MENU, wrapped);
    return () => {
      ipcRenderer.off(IPC_MENU, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('dragoman', bridge);
