/**
 * The bilingual DOCX as LibreOffice sees it: text in order, a first-page PNG in artifacts/ to look at, and
 * a file re-saved by LibreOffice still readable as a review. Skipped when soffice is not installed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NATIVE_ZIP } from '../../electron/features/export/native-zip';
import type { DocumentFull } from '../model';
import { exportDocument, importDocument, readReview } from './index';
import { splitParagraphs } from './plain-text';
import { editTargetCell, deleted, inserted, run } from './testing/review-edits';
import { LABELS_AR, options, sampleDocument } from './testing/sample-document';

import { findTool, TOOLS } from '../../scripts/prereqs/plan';
import { probeMachine } from '../../scripts/prereqs/probe';
import { readShared } from '../../scripts/shared-samples';

// The same finding step as `npm test`'s: a soffice left without Writer counts as missing.
const machine = probeMachine();
const office = findTool(
  TOOLS.find((t) => t.id === 'libreoffice')!,
  machine,
);
const poppler = findTool(
  TOOLS.find((t) => t.id === 'poppler')!,
  machine,
);
const SOFFICE = 'found' in office ? office.found : '';
const PDFTOPPM = 'found' in poppler ? poppler.found : '';
const hasSoffice = SOFFICE !== '' && PDFTOPPM !== '';
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'artifacts');

if (!hasSoffice) {
  const why = [office, poppler].flatMap((f) =>
    'missing' in f
      ? [f.missing]
      : 'install' in f
        ? [`${f.tool.label} not installed (apt-get install ${f.packages.join(' ')})`]
        : [],
  );
  console.warn(`LibreOffice tests skipped: ${why.join('; ')}`);
}

// The ZIP container as the app writes it (Node's zlib); the rendering test keeps JSZip's, so both are opened.
const compressor = NATIVE_ZIP;

function convert(bytes: Uint8Array, name: string, target: string, ext: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dragoman-soffice-'));
  writeFileSync(join(dir, name), bytes);
  // A private profile, so parallel runs never fight over the user's profile lock.
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      target,
      '--outdir',
      join(dir, 'out'),
      join(dir, name),
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  return join(dir, 'out', name.replace(/\.[^.]+$/, `.${ext}`));
}

function renderFirstPage(bytes: Uint8Array, png: string): string {
  const pdf = convert(bytes, `${png}.docx`, 'pdf', 'pdf');
  mkdirSync(ARTIFACTS, { recursive: true });
  execFileSync(PDFTOPPM, ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(ARTIFACTS, png)], {
    stdio: 'pipe',
  });
  return join(ARTIFACTS, `${png}.png`);
}

/** The seed article as a document: the first half translated, one draft, the rest untranslated. */
function seedDocument(): DocumentFull {
  const sources = splitParagraphs(readShared('samples/seed-ar.txt'));
  return sampleDocument({
    id: 'seed',
    title: sources[0]!,
    paragraphList: sources.map((source, index) => ({
      index,
      source,
      target: index < 5 ? `English translation of paragraph ${index + 1}.` : '',
      status: index < 4 ? 'translated' : index === 4 ? 'draft' : 'untranslated',
    })),
  });
}

describe.skipIf(!hasSoffice)('bilingual DOCX in LibreOffice', () => {
  it('keeps every Arabic paragraph, in order, in the text LibreOffice reads', { timeout: 120_000 }, async () => {
    const doc = seedDocument();
    const bytes = (await exportDocument(doc, 'docx', options({ statusColumn: true, compressor }))).bytes;
    const text = readFileSync(convert(bytes, 'seed.docx', 'txt:Text (encoded):UTF8', 'txt'), 'utf8');
    const lines = text.split(/\r?\n/).map((l) => l.trim());
    let at = 0;
    for (const p of doc.paragraphList) {
      const found = lines.indexOf(p.source.trim(), at);
      expect(found, `paragraph ${p.index + 1} in order`).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
  });

  it(
    'renders the first page to artifacts/ (Arabic left, source-first; and Arabic UI, target-first)',
    { timeout: 120_000 },
    async () => {
      const doc = seedDocument();
      const first = renderFirstPage(
        (await exportDocument(doc, 'docx', options({ statusColumn: true }))).bytes,
        'bilingual-source-first',
      );
      const second = renderFirstPage(
        (
          await exportDocument(
            doc,
            'docx',
            options({
              columnOrder: 'target-first',
              uiLanguage: 'ar',
              labels: LABELS_AR,
              orientation: 'landscape',
              statusColumn: true,
            }),
          )
        ).bytes,
        'bilingual-target-first-ar',
      );
      expect(existsSync(first) && existsSync(second)).toBe(true);
    },
  );

  it('reads a review re-saved by LibreOffice, tracked changes accepted', { timeout: 120_000 }, async () => {
    const doc = sampleDocument();
    let bytes = (await exportDocument(doc, 'docx', options({ statusColumn: true, compressor }))).bytes;
    bytes = await editTargetCell(
      bytes,
      2,
      2,
      run('Tasnim revealed ') + deleted('a secret') + inserted('a covert') + run(' operation.'),
    );
    const resaved = new Uint8Array(readFileSync(convert(bytes, 'review.docx', 'docx:MS Word 2007 XML', 'docx')));
    expect((await readReview(resaved, doc)).changes).toEqual([
      { index: 1, before: doc.paragraphList[1]!.target, after: 'Tasnim revealed a covert operation.' },
    ]);
  });

  it(
    'imports a DOCX written by LibreOffice like the HTML it came from (another producer, same reading order)',
    { timeout: 120_000 },
    async () => {
      const html =
        '<html><body><h1>عنوان التقرير</h1><p>فقرة أولى<br>سطر ثان في الفقرة نفسها</p><p></p><h2>قائمة</h2>' +
        '<ol><li>بند مرقم أول</li><li>بند مرقم ثان<ul><li>بند فرعي</li></ul></li></ol>' +
        '<table><tr><td>خلية ١</td><td>خلية ٢</td></tr><tr><td>خلية ٣</td><td></td></tr></table><p>خاتمة.</p></body></html>';
      const bytes = new TextEncoder().encode(html);
      const docx = new Uint8Array(readFileSync(convert(bytes, 'structured.html', 'docx:MS Word 2007 XML', 'docx')));
      const fromDocx = await importDocument(docx, 'structured.docx');
      const fromHtml = await importDocument(bytes, 'structured.html');
      expect(fromDocx.paragraphs).toEqual(fromHtml.paragraphs);
      expect(fromDocx.paragraphs).toHaveLength(10);
    },
  );
});
