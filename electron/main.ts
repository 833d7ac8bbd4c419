/**
 * Electron main process: one sandboxed window over the shared handlers. Thin on purpose: everything it
 * does beyond window, menu and dialogs lives in services shared with the browser mode and the CLI.
 */
import { app, BrowserWindow, ipcMain, Menu, session, shell } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { IPC_INVOKE, IPC_MENU } from '../core/api/bridge';
import type { MenuCommand } from '../core/api/bridge';
import { composeApp } from './app/compose';
import { RENDERER_DIR, ROOT } from './paths';
import { isAppUrl, isSafeExternalUrl } from './security';
import { resolveWorkspace } from './workspace-path';
import type { UiLanguage } from '../core/api/contract';
import { resources } from '../renderer/i18n/resources';

const { values } = parseArgs({
  args: process.argv.slice(app.isPackaged ? 1 : 2),
  options: { db: { type: 'string' } },
  strict: false,
});
const dbArg = typeof values.db === 'string' ? values.db : undefined;

app.enableSandbox();

/** The one page the window may show and the only caller of the API. */
const APP_ENTRY = pathToFileURL(path.join(RENDERER_DIR, 'index.html')).href;

// Security for every web contents, whatever creates it: no navigation away, no new windows, no webviews.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, APP_ENTRY)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, APP_ENTRY)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

function sendMenu(command: MenuCommand): void {
  BrowserWindow.getFocusedWindow()?.webContents.send(IPC_MENU, command);
}

/** The application menu in the UI language (the roles' own items are translated by the OS). */
function buildMenu(lang: UiLanguage): void {
  const m = resources[lang].translation.menu;
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: m.file,
      submenu: [
        { label: m.import, accelerator: 'CmdOrCtrl+O', click: () => sendMenu('import') },
        { label: m.exportDocx, accelerator: 'CmdOrCtrl+E', click: () => sendMenu('export-docx') },
        { label: m.exportHtml, click: () => sendMenu('export-html') },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** PDF of the bilingual HTML export: the same page, printed by Chromium in a hidden, script-less window. */
async function printToPdf(html: Uint8Array, options: { landscape: boolean; pageSize: 'A4' | 'Letter' }): Promise<Uint8Array> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
    const pdf = await win.webContents.printToPDF({ ...options, printBackground: true });
    return new Uint8Array(pdf);
  } finally {
    win.destroy();
  }
}

async function createWindow(): Promise<void> {
  // better-sqlite3 built for Electron's ABI (npm run build:electron-native), beside Node's own build.
  const native = path.join(ROOT, 'dist', 'native', 'electron', 'better_sqlite3.node').replace('app.asar', 'app.asar.unpacked');
  const dragoman = composeApp({
    dbFile: resolveWorkspace(dbArg, app.getPath('userData')),
    open: { nativeBinding: existsSync(native) ? native : undefined },
    platform: { printToPdf, onSettings: (settings) => buildMenu(settings.uiLanguage) },
  });
  app.on('will-quit', () => dragoman.close());
  // A workspace linked to a team syncs its shared glossaries and memories while the app runs.
  dragoman.services.team.startBackground();
  const settings = dragoman.services.settings;
  buildMenu(settings.get().uiLanguage);
  const dispatch = dragoman.dispatch;
  ipcMain.handle(IPC_INVOKE, (event, method: unknown, input: unknown) => {
    // Only our own page may call the API.
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url, APP_ENTRY)) {
      return { ok: false, error: { code: 'invalid-input', message: 'caller is not the Dragoman window' } };
    }
    return dispatch(String(method), input);
  });

  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  // Downloads (the exports) go through a save dialog.
  session.defaultSession.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({
      title: resources[settings.get().uiLanguage].translation.menu.saveExport,
      defaultPath: item.getFilename(),
    });
  });

  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Dragoman',
    webPreferences: {
      preload: path.join(ROOT, 'dist', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  win.webContents.session.setSpellCheckerLanguages(['en-US']);
  // Closing waits for the renderer to save what is pending (it closes the window itself), at most 5 s.
  let closing = false;
  win.on('close', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    win.webContents.send(IPC_MENU, 'close');
    setTimeout(() => {
      if (!win.isDestroyed()) win.destroy();
    }, 5000);
  });
  await win.loadFile(path.join(RENDERER_DIR, 'index.html'));
}

app.whenReady().then(async () => {
  await createWindow();
}).catch((e: unknown) => {
  console.error(e);
  app.exit(1);
});

app.on('window-all-closed', () => app.quit());
