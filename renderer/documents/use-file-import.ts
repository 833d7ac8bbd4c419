import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_FILE_BYTES } from '../../core/api/contract';
import { call } from '../api/client';
import { errorText } from '../shared/error-text';

/** Reads a picked or dropped file and imports it; the same path for the file picker and drag and drop. */
export function useFileImport(handlers: {
  onImported: (r: { documentId: string; paragraphs: number }, title: string) => void;
  onError: (message: string) => void;
  onStart: (name: string) => void;
}): {
  importFiles: (files: FileList) => Promise<void>;
  inputRef: React.RefObject<HTMLInputElement | null>;
  pickFile: () => void;
} {
  const inputRef = useRef<HTMLInputElement | null>(null);
  const { onImported, onError, onStart } = handlers;
  const { t } = useTranslation();

  const importFiles = useCallback(
    async (files: FileList) => {
      const file = files[0];
      if (!file) return;
      if (file.size > MAX_FILE_BYTES) {
        onError(t('documents.tooLarge', { name: file.name, size: (file.size / 1024 / 1024).toFixed(1) }));
        return;
      }
      onStart(file.name);
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const r = await call('document.import', { fileName: file.name, bytes });
        onImported(r, r.title);
      } catch (e) {
        onError(errorText(e));
      }
    },
    [onImported, onError, onStart, t],
  );

  const pickFile = useCallback(() => inputRef.current?.click(), []);
  return { importFiles, inputRef, pickFile };
}
