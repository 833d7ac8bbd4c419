/**
 * Command-line interface over the same handlers as the app: JSON on stdout, one-line errors on stderr,
 * exit status 1 on any error, nothing written then.
 * Usage: npm run --silent cli -- COMMAND [options]   (see README.md)
 */
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Input, Method, Result } from '../core/api/contract';
import { EXPORT_FORMATS, SCHEMES } from '../core/api/contract';
import type { SchemeName, TranslitCandidateView } from '../core/api/contract';
import { decodeText } from '../core/formats/plain-text';
import { transliterate } from '../core/translit';
import { TERM_KINDS } from '../core/glossary/types';
import type { TermKind } from '../core/glossary/types';
import { openWorkspace } from '../db/open';
import { createDispatch } from './api/dispatch';
import { createHandlers } from './api/handlers';
import { systemEnv } from './services/clock';
import { MAX_IMPORT_BYTES } from './services/documents';
import { resolveWorkspace } from './workspace-path';

class CliError extends Error {}

const USAGE = `usage: dragoman COMMAND [options]
  import FILE --db DB [--title T]
  list --db DB
  show --db DB --doc ID
  translate --db DB --doc ID --paragraph N --text TEXT [--confirm]
  export --db DB --doc ID --format ${EXPORT_FORMATS.join('|')} --out FILE [--lang en|ar]
  glossary import FILE --db DB [--glossary NAME] [--skip-invalid]
  glossary export --db DB [--glossary NAME] --format csv|tbx --out FILE
  glossary add --db DB [--glossary NAME] --source S --target T --kind person|place|org|term|date|title [--variants A|B] [--note N]
  import-review FILE --db DB --doc ID
  translit TEXT... [--scheme news|ala-lc|buckwalter] [--db DB]   (or --file FILE, one name per line)
  names --db DB --doc ID
  match --db DB --doc ID
  qa --db DB --doc ID`;

const OPTIONS = {
  db: { type: 'string' },
  doc: { type: 'string' },
  title: { type: 'string' },
  paragraph: { type: 'string' },
  text: { type: 'string' },
  confirm: { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean' },
  glossary: { type: 'string' },
  'skip-invalid': { type: 'boolean' },
  source: { type: 'string' },
  target: { type: 'string' },
  kind: { type: 'string' },
  variants: { type: 'string' },
  note: { type: 'string' },
  scheme: { type: 'string' },
  file: { type: 'string' },
} as const;

type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

function need(values: Values, name: keyof Values): string {
  const v = values[name];
  if (typeof v !== 'string' || v === '') throw new CliError(`missing --${name}`);
  return v;
}

function readInputFile(file: string): Uint8Array {
  if (!existsSync(file)) throw new CliError(`${file}: no such file`);
  const st = statSync(file);
  if (!st.isFile()) throw new CliError(`${file}: not a file`);
  if (st.size === 0) throw new CliError(`${file}: the file is empty`);
  if (st.size > MAX_IMPORT_BYTES) {
    throw new CliError(`${file}: the file is ${(st.size / 1024 / 1024).toFixed(1)} MB; the limit is 50 MB`);
  }
  return new Uint8Array(readFileSync(file));
}

/** Writes beside the target and renames, so a failed export leaves no half-written file. */
function writeAtomically(file: string, bytes: Uint8Array): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
}

/** `translit`: the names from arguments or a file, one JSON entry each, in input order. */
async function translitCommand(values: Values, positionals: string[], out: (s: string) => void): Promise<void> {
  const scheme = values.scheme ?? 'news';
  if (!(SCHEMES as readonly string[]).includes(scheme)) throw new CliError(`--scheme must be one of ${SCHEMES.join(', ')}, not ${scheme}`);
  let inputs = positionals;
  if (values.file) {
    const text = decodeText(readInputFile(values.file), values.file);
    inputs = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean);
  }
  if (inputs.length === 0) throw new CliError('translit: give one or more names, or --file FILE');
  const suggest = async (text: string): Promise<TranslitCandidateView[]> => {
    if (!values.db) return transliterate(text, { scheme: scheme as SchemeName });
    const db = openWorkspace(resolveWorkspace(values.db));
    try {
      const r = await createDispatch(createHandlers(db, systemEnv), () => undefined)('translit.suggest', { text, scheme });
      if (!r.ok) throw new CliError(r.error.message);
      return r.value as TranslitCandidateView[];
    } finally {
      db.close();
    }
  };
  const results = [];
  for (const input of inputs) results.push({ input, candidates: await suggest(input) });
  out(`${JSON.stringify(results, null, 2)}\n`);
}

const FILE_COMMANDS: Record<string, string> = {
  import: 'import: name the FILE to import',
  'glossary import': 'glossary import: name the FILE to import',
  'import-review': 'import-review: name the reviewed DOCX FILE',
};

function readNamedFile(file: string | undefined, missing: string): { file: string; bytes: Uint8Array } {
  if (!file) throw new CliError(missing);
  return { file, bytes: readInputFile(file) };
}

export async function runCli(argv: string[], out: (s: string) => void): Promise<void> {
  const [first, ...afterFirst] = argv;
  // Two-word commands (glossary import|export|add) read as one.
  const [command, rest] =
    first === 'glossary' && afterFirst[0] && !afterFirst[0].startsWith('-')
      ? [`glossary ${afterFirst[0]}`, afterFirst.slice(1)]
      : [first, afterFirst];
  if (!command || command === '--help' || command === 'help') {
    out(`${USAGE}\n`);
    return;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError((e as Error).message);
  }
  const values = parsed.values as Values;
  const positionals = parsed.positionals;
  const KNOWN = ['import', 'list', 'show', 'translate', 'export', 'glossary import', 'glossary export', 'glossary add', 'import-review', 'match', 'qa', 'names', 'translit'];
  if (!KNOWN.includes(command)) throw new CliError(`unknown command ${command}\n${USAGE}`);
  if (command === 'translit' && values.db && !existsSync(path.resolve(values.db))) {
    throw new CliError(`${path.resolve(values.db)}: no such workspace`);
  }
  if (command === 'translit') {
    await translitCommand(values, positionals, out);
    return;
  }
  if (!values.db) throw new CliError('missing --db (the workspace file)');
  // The input file is read (and refused if missing, empty of bytes or too large) before the workspace is opened,
  // so a bad file leaves no trace, not even a new empty workspace.
  const input = FILE_COMMANDS[command] ? readNamedFile(positionals[0], FILE_COMMANDS[command]) : undefined;
  const dbFile = resolveWorkspace(values.db);
  const creates = command === 'import' || command === 'glossary import' || command === 'glossary add';
  if (!creates && !existsSync(dbFile)) throw new CliError(`${dbFile}: no such workspace`);
  const db = openWorkspace(dbFile);
  try {
    const dispatch = createDispatch(createHandlers(db, systemEnv), () => undefined);
    const call = async <M extends Method>(method: M, input: Input<M>): Promise<Result<M>> => {
      const r = await dispatch(method, input);
      if (!r.ok) throw new CliError(r.error.message);
      return r.value as Result<M>;
    };
    const print = (v: unknown): void => out(`${JSON.stringify(v, null, 2)}\n`);
    switch (command) {
      case 'import': {
        const { file, bytes } = input!;
        const r = await call('document.import', { fileName: path.basename(file), bytes, title: values.title });
        print({ documentId: r.documentId, paragraphs: r.paragraphs });
        return;
      }
      case 'list': {
        const docs = await call('document.list', {});
        print(
          docs.map((d) => ({
            id: d.id,
            title: d.title,
            paragraphs: d.paragraphs,
            translated: d.translated,
            words: d.words,
            wordsTranslated: d.wordsTranslated,
            updatedAt: d.updatedAt,
          })),
        );
        return;
      }
      case 'show': {
        const doc = await call('document.get', { id: need(values, 'doc') });
        print({
          id: doc.id,
          title: doc.title,
          paragraphs: doc.paragraphList.map((p) => ({
            index: p.index,
            source: p.source,
            target: p.target,
            status: p.status,
          })),
        });
        return;
      }
      case 'translate': {
        const n = need(values, 'paragraph');
        if (!/^\d+$/.test(n)) throw new CliError(`--paragraph must be a number counted from 0, not ${n}`);
        if (values.text === undefined) throw new CliError('missing --text');
        const r = await call('paragraph.update', {
          documentId: need(values, 'doc'),
          index: Number(n),
          target: values.text,
          confirm: values.confirm ?? false,
        });
        print({ index: r.paragraph.index, target: r.paragraph.target, status: r.paragraph.status });
        return;
      }
      case 'export': {
        const format = need(values, 'format');
        if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
          throw new CliError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not ${format}`);
        }
        const outFile = path.resolve(need(values, 'out'));
        if (!existsSync(path.dirname(outFile))) throw new CliError(`${path.dirname(outFile)}: no such folder`);
        const lang = values.lang;
        if (lang !== undefined && lang !== 'en' && lang !== 'ar') throw new CliError(`--lang must be en or ar`);
        const file = await call('document.export', {
          id: need(values, 'doc'),
          format: format as (typeof EXPORT_FORMATS)[number],
          options: lang ? { uiLanguage: lang } : {},
        });
        writeAtomically(outFile, file.bytes);
        print({ out: outFile, bytes: file.bytes.length, mime: file.mime });
        return;
      }
      case 'glossary import': {
        const { file, bytes } = input!;
        print(
          await call('glossary.import', {
            fileName: path.basename(file),
            bytes,
            glossary: values.glossary,
            skipInvalid: values['skip-invalid'] ?? false,
          }),
        );
        return;
      }
      case 'glossary export': {
        const format = need(values, 'format');
        if (format !== 'csv' && format !== 'tbx') throw new CliError(`--format must be csv or tbx, not ${format}`);
        const outFile = path.resolve(need(values, 'out'));
        if (!existsSync(path.dirname(outFile))) throw new CliError(`${path.dirname(outFile)}: no such folder`);
        const file = await call('glossary.export', { glossary: values.glossary, format });
        writeAtomically(outFile, file.bytes);
        print({ out: outFile, bytes: file.bytes.length });
        return;
      }
      case 'glossary add': {
        const kind = need(values, 'kind');
        if (!(TERM_KINDS as readonly string[]).includes(kind)) {
          throw new CliError(`--kind must be one of ${TERM_KINDS.join(', ')}, not ${kind}`);
        }
        const term = await call('term.add', {
          glossary: values.glossary,
          source: need(values, 'source'),
          target: need(values, 'target'),
          kind: kind as TermKind,
          variants: values.variants ? values.variants.split('|') : [],
          note: values.note ?? '',
        });
        print(term);
        return;
      }
      case 'import-review': {
        const { file, bytes } = input!;
        print(await call('document.importReview', { id: need(values, 'doc'), fileName: path.basename(file), bytes }));
        return;
      }
      case 'names': {
        print(await call('names.discover', { documentId: need(values, 'doc') }));
        return;
      }
      case 'match': {
        const matches = await call('document.matches', { id: need(values, 'doc') });
        print(matches.map(({ paragraph, start, end, text, source, target, kind }) => ({ paragraph, start, end, text, source, target, kind })));
        return;
      }
      case 'qa': {
        print(await call('document.qa', { id: need(values, 'doc') }));
        return;
      }
      default:
        throw new CliError(`unknown command ${command}\n${USAGE}`);
    }
  } finally {
    db.close();
  }
}

if (process.argv[1]?.endsWith('cli.ts') || process.argv[1]?.endsWith('cli.js')) {
  runCli(process.argv.slice(2), (s) => process.stdout.write(s)).catch((e: unknown) => {
    // One line per problem (a file with several bad rows gives several lines).
    for (const lineText of (e as Error).message.split('\n')) process.stderr.write(`dragoman: ${lineText}\n`);
    process.exitCode = 1;
  });
}
