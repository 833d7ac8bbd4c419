/**
 * Electron main process: one sandboxed window over the shared handlers. Thin on purpose: everything it
 * does beyond window, menu and dialogs lives in services shared with the browser mode and the CLI.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { IPC_INVOKE, IPC_MENU } from '../core/api/bridge';
import type { MenuCommand } from '../core/api/bridge';
import { composeApp } from './app/compose';
import { RENDERER_DIR, ROOT } from './paths';
import {
  APP_ENTRY,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  appProtocolHandler,
  denyAllPermissions,
  openExternalAfterAsking,
} from './desktop-hardening';
import { isAppUrl } from './security';
import { resolveWorkspace } from './workspace-path';
import type { UiLanguage } from '../core/api/contract';
import { resources } from '../core/i18n/resources';

const { values } = parseArgs({
  args: process.argv.slice(app.isPackaged ? 1 : 2),
  options: { db: { type: 'string' } },
  strict: false,
});
const dbArg = typeof values.db === 'string' ? values.db : undefined;

app.enableSandbox();
// The UI comes from app://dragoman/ (desktop-hardening.ts), never file://; registered before the app is ready.
protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES);
let uiLanguage: UiLanguage = 'en';

/** The address, shown before it opens in the system browser. */
async function askToOpen(url: string): Promise<boolean> {
  const m = resources[uiLanguage].translation.menu;
  const owner = BrowserWindow.getFocusedWindow();
  const options = {
    type: 'question' as const,
    buttons: [m.openLink, m.cancel],
    defaultId: 1,
    cancelId: 1,
    message: m.openLinkTitle,
    detail: url,
  };
  const r = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
  return r.response === 0;
}

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
    void openExternalAfterAsking(url, askToOpen, (u) => shell.openExternal(u));
    return { action: 'deny' };
  });
});

function sendMenu(command: MenuCommand): void {
  BrowserWindow.getFocusedWindow()?.webContents.send(IPC_MENU, command);
}

/**
 * Edit → Undo/Redo go to the workbench's own history (inserts, confirmations, replacements), not Chromium's;
 * the keys themselves are left to the page (`registerAccelerator: false`), which handles them the same way.
 */
function editMenu(lang: UiLanguage): MenuItemConstructorOptions {
  const f = resources[lang].translation.find;
  return {
    label: f.menuEdit,
    submenu: [
      { label: f.menuUndo, accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => sendMenu('undo') },
      {
        label: f.menuRedo,
        accelerator: 'CmdOrCtrl+Shift+Z',
        registerAccelerator: false,
        click: () => sendMenu('redo'),
      },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
}

/** The application menu in the UI language (the roles' own items are translated by the OS). */
function buildMenu(lang: UiLanguage): void {
  uiLanguage = lang;
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
    editMenu(lang),
    { role: 'viewMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** PDF of the bilingual HTML export: the same page, printed by Chromium in a hidden, script-less window. */
async function printToPdf(
  html: Uint8Array,
  options: { landscape: boolean; pageSize: 'A4' | 'Letter' },
): Promise<Uint8Array> {
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
  const native = path
    .join(ROOT, 'dist', 'native', 'electron', 'better_sqlite3.node')
    .replace('app.asar', 'app.asar.unpacked');
  const dbFile = resolveWorkspace(dbArg, app.getPath('userData'));
  let dragoman: ReturnType<typeof composeApp>;
  try {
    dragoman = composeApp({
      dbFile,
      open: { nativeBinding: existsSync(native) ? native : undefined, dailyBackup: true },
      offMainThread: true,
      platform: { printToPdf, onSettings: (settings) => buildMenu(settings.uiLanguage) },
    });
  } catch (e) {
    // A damaged, empty or read-only workspace: say which and what to do, never a window that hangs.
    dialog.showErrorBox(
      resources[uiLanguage].translation.menu.workspaceProblem,
      e instanceof Error ? e.message : String(e),
    );
    app.exit(1);
    return;
  }
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

  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, appProtocolHandler(RENDERER_DIR));
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
  await win.loadURL(APP_ENTRY);
}

app
  .whenReady()
  .then(async () => {
    await createWindow();
  })
  .catch((e: unknown) => {
    console.error(e);
    app.exit(1);
  });

app.on('window-all-closed', () => app.quit());
