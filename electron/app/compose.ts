/**
 * The one composition root: opens a workspace (or takes an open one) and builds every feature's service and
 * handlers. The desktop main process, the browser mode, the CLI, the benchmarks and the tests all start here,
 * so a feature is wired in one place.
 */
import type { Settings } from '../../core/api/contract';
import type { Db, OpenOptions } from '../../db/open';
import { openWorkspace } from '../../db/open';
import { createDispatch } from '../api/dispatch';
import type { Dispatch } from '../api/dispatch';
import { documentHandlers } from '../features/documents/handlers';
import { createDocumentsService } from '../features/documents/service';
import { exportHandlers } from '../features/export/handlers';
import type { PrintToPdf } from '../features/export/service';
import { createExportService } from '../features/export/service';
import { glossaryHandlers } from '../features/glossary/handlers';
import { journalHandlers } from '../features/journal/handlers';
import { createJournalService } from '../features/journal/service';
import { createGlossaryService } from '../features/glossary/service';
import { namesHandlers } from '../features/names/handlers';
import { createNamesService } from '../features/names/service';
import { qaHandlers } from '../features/qa/handlers';
import { createQaService } from '../features/qa/service';
import { reviewHandlers } from '../features/review/handlers';
import { createReviewService } from '../features/review/service';
import { settingsHandlers } from '../features/settings/handlers';
import { createSettingsService } from '../features/settings/service';
import { tmHandlers } from '../features/tm/handlers';
import { createTmService } from '../features/tm/service';
import type { TmService } from '../features/tm/service';
import { teamHandlers } from '../features/team/handlers';
import { createTeamService } from '../features/team/service';
import type { Env } from './env';
import { systemEnv } from './env';
import type { Handlers } from './handler-types';

/** What only the desktop shell can do; the browser mode and the CLI have none of it and say so. */
export interface Platform {
  /** The desktop shell follows the UI language (its menu). */
  onSettings?: (settings: Settings) => void;
  printToPdf?: PrintToPdf;
}

export interface ComposeOptions {
  /** A workspace file to open (`:memory:` for tests), or an open database the caller keeps. */
  dbFile?: string;
  db?: Db;
  open?: OpenOptions;
  env?: Env;
  platform?: Platform;
  /** Where internal errors are logged (the CLI keeps stderr for its own messages). */
  log?: (e: unknown) => void;
}

/** `journalFile`: where the desktop app's journal of unsent edits lives (none: kept in memory). */
export function composeServices(db: Db, env: Env = systemEnv, platform: Platform = {}, journalFile?: string) {
  const settings = createSettingsService({ db, onChange: platform.onSettings });
  // The memory stores every confirmed row; it needs the documents service, so the hook is bound after both exist.
  const documents = createDocumentsService({ db, env, onConfirmed: (id, index) => tm.onConfirmed(id, index) });
  const tm: TmService = createTmService({ db, env, documents });
  const glossary = createGlossaryService({ db, env, documents });
  const qa = createQaService({ db, documents, glossary });
  const names = createNamesService({ db, env, documents, glossary });
  const exports = createExportService({ db, env, documents, glossary, settings, printToPdf: platform.printToPdf });
  const review = createReviewService({ db, documents, exports });
  const journal = createJournalService(journalFile);
  const team = createTeamService({ db, env, onUnitsPulled: () => tm.invalidate() });
  return { settings, documents, glossary, qa, names, exports, review, journal, tm, team };
}

export type Services = ReturnType<typeof composeServices>;

export function composeHandlers(s: Services): Handlers {
  return {
    ...settingsHandlers(s.settings),
    ...documentHandlers(s.documents),
    ...glossaryHandlers(s.glossary),
    ...qaHandlers(s.qa),
    ...namesHandlers(s.names),
    ...exportHandlers(s.exports),
    ...reviewHandlers(s.review),
    ...journalHandlers(s.journal),
    ...tmHandlers(s.tm),
    ...teamHandlers(s.team),
  };
}

export interface App {
  db: Db;
  services: Services;
  handlers: Handlers;
  dispatch: Dispatch;
  /** Closes the workspace if this app opened it. */
  close(): void;
}

export function composeApp(options: ComposeOptions): App {
  const owned = !options.db;
  const db = options.db ?? openWorkspace(options.dbFile ?? ':memory:', options.open);
  const file = options.dbFile && options.dbFile !== ':memory:' ? options.dbFile : undefined;
  const services = composeServices(db, options.env ?? systemEnv, options.platform ?? {}, file && !options.db ? `${file}.journal` : undefined);
  const handlers = composeHandlers(services);
  return {
    db,
    services,
    handlers,
    dispatch: createDispatch(handlers, options.log),
    close: () => {
      services.team.stopBackground();
      services.journal.close();
      if (owned && db.open) db.close();
    },
  };
}
