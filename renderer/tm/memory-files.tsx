/**
 * Memories in the Memory tab: import TMX or XLIFF (a refused file shows its line-numbered message, skipped units
 * are listed), export TMX, which memories this document uses, their priority (the order they are looked up in:
 * 1 first; an equal score goes to the memory first in that order) and penalty, and "add this document".
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TmImportReport, TmInfo } from '../../core/api/contract';
import { call, ClientError } from '../api/client';
import { downloadFile } from '../shared/download';
import { errorText, messageText } from '../shared/error-text';
import { showErrorWith } from '../shared/show-error';

export function MemoryFiles(props: {
  documentId: string;
  onChanged: () => void;
  onError: (m: string) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { documentId, onChanged, onError } = props;
  const [memories, setMemories] = useState<TmInfo[]>([]);
  const [report, setReport] = useState<TmImportReport | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  // The memory a file or this document goes into: a new name creates it; empty, the first memory.
  const [into, setInto] = useState('');
  const target = into.trim() ? { tm: into.trim() } : {};
  const input = useRef<HTMLInputElement>(null);
  const headingId = useId();

  useEffect(() => {
    call('tm.list', { documentId }).then(setMemories).catch(showErrorWith(onError));
  }, [documentId, version, onError]);

  const changed = (): void => {
    setVersion((v) => v + 1);
    onChanged();
  };
  const run = async (f: () => Promise<TmImportReport>): Promise<void> => {
    setReport(null);
    setRefused(null);
    try {
      setReport(await f());
      changed();
    } catch (e) {
      if (e instanceof ClientError && e.code === 'bad-file') setRefused(errorText(e));
      else onError(errorText(e));
    }
  };
  const set = (input: { tm: string; priority?: number; penalty?: number; enabled?: boolean }): void => {
    call('tm.set', { ...input, documentId })
      .then((list) => {
        setMemories(list);
        onChanged();
      })
      .catch(showErrorWith(onError));
  };

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('tm.memories')}</h3>
      <input
        ref={input}
        type="file"
        hidden
        accept=".tmx,.xml,.xlf,.xliff,.sdlxliff,.mqxliff"
        data-testid="tm-file-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file)
            void file
              .arrayBuffer()
              .then((b) => run(() => call('tm.import', { fileName: file.name, bytes: new Uint8Array(b), ...target })));
        }}
      />
      <label className="small">
        {t('tm.into')}{' '}
        <input
          list={`${headingId}-names`}
          value={into}
          onChange={(e) => setInto(e.currentTarget.value)}
          placeholder={memories[0]?.name ?? 'Main'}
          dir="auto"
          maxLength={200}
          data-testid="tm-import-into"
        />
        <datalist id={`${headingId}-names`}>
          {memories.map((m) => (
            <option key={m.id} value={m.name} />
          ))}
        </datalist>
      </label>
      <div className="button-row">
        <button type="button" onClick={() => input.current?.click()} data-testid="tm-import">
          {t('tm.import')}
        </button>
        <button type="button" onClick={() => void call('tm.export', {}).then(downloadFile, showErrorWith(onError))}>
          {t('tm.export')}
        </button>
        <button
          type="button"
          onClick={() => void run(() => call('tm.addDocument', { documentId, ...target }))}
          data-testid="tm-add-doc"
        >
          {t('tm.addDocument')}
        </button>
      </div>
      {report && (
        <div role="status" className="import-report" data-testid="tm-import-report">
          <p>
            {t('tm.imported', {
              name: `\u2068${report.tm}\u2069`,
              added: report.added,
              updated: report.updated,
              skipped: report.skipped,
            })}
          </p>
          {report.errors.length > 0 && (
            <ul>
              {report.errors.map((m, i) => (
                <li key={i}>{messageText(m)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {refused && (
        <div role="alert" className="import-errors" data-testid="tm-import-errors">
          <p>{t('tm.importRefused')}</p>
          <p>{refused}</p>
        </div>
      )}
      <fieldset className="glossaries">
        <legend>{t('tm.memoriesUsed')}</legend>
        {memories.length === 0 && <p className="muted">{t('tm.noMemories')}</p>}
        {memories.map((m) => (
          <div key={m.id} className="check">
            <label>
              <input
                type="checkbox"
                checked={m.enabled}
                onChange={(e) => set({ tm: m.name, enabled: e.currentTarget.checked })}
              />
              <bdi>{m.name}</bdi> <span className="muted">{t('tm.unitCount', { count: m.units })}</span>
            </label>{' '}
            <label className="muted small" title={t('tm.priorityHint')}>
              {t('tm.priority')}{' '}
              <input
                type="number"
                min={1}
                max={1000}
                // Keyed by the stored value: a change made elsewhere (the CLI, another memory's) shows.
                key={`p${m.priority}`}
                defaultValue={m.priority}
                className="tm-penalty"
                data-testid="tm-priority"
                onBlur={(e) => {
                  const v = Number(e.currentTarget.value);
                  if (Number.isInteger(v) && v >= 1 && v <= 1000 && v !== m.priority) set({ tm: m.name, priority: v });
                  else e.currentTarget.value = String(m.priority);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') e.currentTarget.blur();
                }}
              />
            </label>{' '}
            <label className="muted small">
              {t('tm.penalty')}{' '}
              <input
                type="number"
                min={0}
                max={100}
                defaultValue={m.penalty}
                className="tm-penalty"
                data-testid="tm-penalty"
                onBlur={(e) => {
                  const v = Number(e.currentTarget.value);
                  if (Number.isInteger(v) && v >= 0 && v <= 100 && v !== m.penalty) set({ tm: m.name, penalty: v });
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') e.currentTarget.blur();
                }}
              />
            </label>
          </div>
        ))}
      </fieldset>
    </section>
  );
}
