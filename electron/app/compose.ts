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
import { writtenWordTest } from '../features/names/arabic-dictionary';
import { qaHandlers } from '../features/qa/handlers';
import { createQaService } from '../features/qa/service';
import { englishSpeller } from '../features/qa/speller';
import { reviewHandlers } from '../features/review/handlers';
import { searchHandlers } from '../features/search/handlers';
import { createSearchService } from '../features/search/service';
import { createReviewService } from '../features/review/service';
import { settingsHandlers } from '../features/settings/handlers';
import { createSettingsService } from '../features/settings/service';
import { createJobRunner } from '../jobs/runner';
import type { JobRunner } from '../jobs/runner';
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
  /** Heavy work (reading imported files) in a worker thread: the app and the browser mode; the CLI and tests read inline. */
  offMainThread?: boolean;
  /** Where internal errors are logged (the CLI keeps stderr for its own messages). */
  log?: (e: unknown) => void;
}

/** The homograph guard's dictionary, loaded on its first question (most texts never ask one). */
const commonWord = (written: string): boolean => writtenWordTest()(written);

/** `journalFile`: where the desktop app's journal of unsent edits lives (none: kept in memory). */
export function composeServices(
  db: Db,
  env: Env = systemEnv,
  platform: Platform = {},
  journalFile?: string,
  jobs?: JobRunner,
) {
  const settings = createSettingsService({ db, onChange: platform.onSettings });
  // The memory stores every confirmed row; it needs the documents service, so the hook is bound after both exist.
  const documents = createDocumentsService({
    db,
    env,
    onConfirmed: (id, index) => tm.onConfirmed(id, index),
    reviewRefusal: (id) => team.reviewRefusal(id),
    ...(jobs ? { parse: (bytes, fileName) => jobs.run('importDocument', bytes, fileName) } : {}),
  });
  const tm: TmService = createTmService({ db, env, documents });
  const glossary = createGlossaryService({ db, env, documents, isCommonWord: commonWord });
  const qa = createQaService({ db, documents, glossary, speller: englishSpeller });
  const names = createNamesService({ db, env, documents, glossary });
  const exports = createExportService({
    db,
    env,
    documents,
    glossary,
    settings,
    printToPdf: platform.printToPdf,
    ...(jobs ? { writeFile: (doc, format, options) => jobs.run('exportDocument', doc, format, options) } : {}),
  });
  const review = createReviewService({ db, documents, exports });
  const journal = createJournalService(journalFile);
  const search = createSearchService({ db, documents, qa });
  const team = createTeamService({
    db,
    env,
    onUnitsPulled: () => tm.invalidate(),
    onRowsConfirmed: (rows) => void tm.storeConfirmed(rows),
  });
  return { settings, documents, glossary, qa, names, exports, review, journal, search, tm, team };
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
    ...searchHandlers(s.search),
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
  const jobs = options.offMainThread ? createJobRunner() : undefined;
  const services = composeServices(
    db,
    options.env ?? systemEnv,
    options.platform ?? {},
    file && !options.db ? `${file}.journal` : undefined,
    jobs,
  );
  const handlers = composeHandlers(services);
  return {
    db,
    services,
    handlers,
    dispatch: createDispatch(handlers, options.log),
    close: () => {
      void jobs?.close();
      services.team.stopBackground();
      services.journal.close();
      if (owned && db.open) db.close();
    },
  };
}
