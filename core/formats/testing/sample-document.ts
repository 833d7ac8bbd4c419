/** Test data: a small Arabic document with every status, a note, roles and tricky characters. Pure, no I/O. */
import type { DocumentFull, ImportedDocument, Paragraph } from '../../model';
import type { ExportLabels, ExportOptions } from '../types';

export const SAMPLE_PARAGRAPHS: Paragraph[] = [
  {
    index: 0,
    source: 'تقرير: عمليات نقل في جوزجان',
    target: 'Report: transfer operations in Jowzjan',
    status: 'translated',
    role: { kind: 'heading', level: 1 },
  },
  {
    index: 1,
    source: 'كشفت وكالة تسنيم الإيرانية أن القوات نفذت عمليةً سريةً عام 2018.',
    target: 'Tasnim agency revealed that the forces carried out a secret operation in 2018.',
    status: 'draft',
    note: 'check the date',
  },
  { index: 2, source: 'أبرز النقاط', target: 'Key points', status: 'translated', role: { kind: 'heading', level: 2 } },
  {
    index: 3,
    source: 'قصف المواقع المحيطة بالسجن.',
    target: 'Shelling of the positions around the prison.',
    status: 'translated',
    role: { kind: 'list-item', ordered: false, level: 1 },
  },
  {
    index: 4,
    source: 'نقل المتزعمين بالمروحيات.',
    target: '',
    status: 'untranslated',
    role: { kind: 'list-item', ordered: false, level: 1 },
  },
  {
    index: 5,
    source: 'الولاية',
    target: 'Province',
    status: 'translated',
    role: { kind: 'table-cell', row: 0, cell: 0 },
  },
  { index: 6, source: 'درزاب', target: 'Darzab', status: 'translated', role: { kind: 'table-cell', row: 0, cell: 1 } },
  {
    index: 7,
    source: 'نص فيه <b>وسم</b> & "علامات" \'اقتباس\'',
    target: 'Text with <b>a tag</b> & "quotes" \'single\' *stars* #1',
    status: 'draft',
  },
];

export function sampleDocument(overrides: Partial<DocumentFull> = {}): DocumentFull {
  return {
    id: 'doc-7f3a',
    title: 'تقرير جوزجان',
    paragraphs: SAMPLE_PARAGRAPHS.length,
    translated: SAMPLE_PARAGRAPHS.filter((p) => p.status === 'translated').length,
    words: 60,
    wordsTranslated: 30,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-02T00:00:00Z',
    activeParagraph: 0,
    revision: 0,
    sourceFormat: 'docx',
    paragraphList: SAMPLE_PARAGRAPHS.map((p) => ({ ...p })),
    ...overrides,
  };
}

export const LABELS_EN: ExportLabels = {
  source: 'Arabic',
  target: 'English',
  status: 'Status',
  number: 'No.',
  comments: 'Comments',
  statuses: { untranslated: 'Untranslated', draft: 'Draft', translated: 'Translated', reviewed: 'Reviewed' },
  progress: '5 of 8 paragraphs translated',
  glossaryAppendix: 'Glossary terms used',
  arabic: 'Arabic',
  english: 'English',
  kind: 'Kind',
  page: 'Page',
  date: 'Date',
};

export const LABELS_AR: ExportLabels = {
  source: 'العربية',
  target: 'الإنجليزية',
  status: 'الحالة',
  number: 'رقم',
  comments: 'التعليقات',
  statuses: { untranslated: 'غير مترجمة', draft: 'مسودة', translated: 'مترجمة', reviewed: 'مراجعة' },
  progress: 'ترجمت 5 من 8 فقرات',
  glossaryAppendix: 'المصطلحات المستخدمة',
  arabic: 'العربية',
  english: 'الإنجليزية',
  kind: 'النوع',
  page: 'صفحة',
  date: 'التاريخ',
};

export function options(overrides: Partial<ExportOptions> = {}): ExportOptions {
  return {
    labels: LABELS_EN,
    uiLanguage: 'en',
    columnOrder: 'source-first',
    now: new Date('2026-03-04T10:00:00Z'),
    ...overrides,
  };
}

/** What the document service would make of an import: indexes, targets and statuses filled in. */
export function documentFrom(imported: ImportedDocument, id = 'imported'): DocumentFull {
  const paragraphList = imported.paragraphs.map((p, index) => ({
    ...p,
    index,
    target: p.target ?? '',
    status: p.status ?? 'untranslated',
  }));
  return sampleDocument({ id, title: imported.title, sourceFormat: imported.sourceFormat, paragraphList });
}
