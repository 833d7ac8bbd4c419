/**
 * The bilingual DOCX: a two-language table (one row per paragraph, never dropping one) that prints well and
 * that a reviewer can edit in Word or LibreOffice; readReview (review.ts) reads the edits back.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { DocumentFull, Paragraph as DocParagraph } from '../model';
import { columnLabel, isArabic, printedDate, tableColumns, type Column } from './columns';
import { arabicParagraph, autoParagraph, englishParagraph, LATIN_FONT } from './docx-runs';
import { writeRowsIntoDocx } from './docx-rows';
import { visiblePlaceholders } from './placeholders';
import type { ExportOptions } from './types';

/** Custom document properties that tie a reviewed file back to its document and its layout. */
export const ID_PROPERTY = 'DragomanDocumentId';
/** Names the workspace's snapshot of the English as exported, for the review round trip. */
export const EXPORT_PROPERTY = 'DragomanExportId';
export const COLUMNS_PROPERTY = 'DragomanColumns';

// Twentieths of a point; width × height in portrait.
const PAGE = { A4: { width: 11906, height: 16838 }, Letter: { width: 12240, height: 15840 } } as const;
const MARGIN = 1134; // 2 cm
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '999999' } as const;
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

export function pageGeometry(opts: ExportOptions): { width: number; height: number; usable: number } {
  const size = PAGE[opts.pageSize ?? 'A4'];
  const landscape = opts.orientation === 'landscape';
  const width = landscape ? size.height : size.width;
  return { width: size.width, height: size.height, usable: width - 2 * MARGIN };
}

/** Narrow number and status columns; a comments column takes a fifth of the rest; the two text columns share the remainder. */
function columnWidths(columns: Column[], usable: number): number[] {
  const fixed: Partial<Record<Column, number>> = { number: 700, status: 1500 };
  const narrow = columns.reduce((sum, c) => sum + (fixed[c] ?? 0), 0);
  if (columns.includes('comments')) fixed.comments = Math.floor((usable - narrow) / 5);
  const taken = columns.reduce((sum, c) => sum + (fixed[c] ?? 0), 0);
  const text = Math.floor((usable - taken) / columns.filter((c) => fixed[c] === undefined).length);
  return columns.map((c) => fixed[c] ?? text);
}

function cell(children: Paragraph[], width: number, header = false): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'E8E8E8', color: 'auto' } } : {}),
  });
}

function table(header: Paragraph[][], rows: Paragraph[][][], widths: number[]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    // Without this LibreOffice mirrors a table whose first cell is right-to-left: keep the order as written.
    visuallyRightToLeft: false,
    borders: BORDERS,
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, widths[i]!, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, widths[i]!)) })),
    ],
  });
}

function numberParagraph(n: string): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: n, font: LATIN_FONT, size: 20 })],
    }),
  ];
}

/** The text of each cell of a paragraph's row, by column (line breaks become paragraphs of the cell). */
export function cellTexts(opts: ExportOptions): (p: DocParagraph, i: number) => string[] {
  const columns = tableColumns(opts);
  return (p, i) =>
    columns.map((c) => {
      if (c === 'number') return String(i + 1);
      if (c === 'source') return visiblePlaceholders(p.source);
      if (c === 'target') return p.status === 'untranslated' ? '' : visiblePlaceholders(p.target);
      if (c === 'comments') return p.note ?? '';
      return opts.labels.statuses[p.status];
    });
}

/** One cell's paragraphs with the docx library, by column: the layout every row of the table repeats. */
export function cellBuilder(opts: ExportOptions): (column: number, text: string) => Paragraph[] {
  const ui = opts.uiLanguage === 'ar';
  const columns = tableColumns(opts);
  return (k, text) => {
    const c = columns[k]!;
    if (c === 'number') return numberParagraph(text);
    if (c === 'source') return arabicParagraph(text);
    if (c === 'target') return englishParagraph(text);
    // A comment is the translator's or a reviewer's, in either language: its direction is its own.
    if (c === 'comments') return autoParagraph(text, isArabic(text), { size: 18 });
    return autoParagraph(text, ui, { size: 18 });
  };
}

/**
 * The whole document with the docx library, its table holding `rows`. The export passes one template row
 * and writes the real rows itself (docx-rows.ts): the library's object tree for 100,000 rows ran out of memory.
 */
export function bilingualDocument(
  doc: Omit<DocumentFull, 'paragraphList'>,
  opts: ExportOptions,
  rows: Paragraph[][][],
): Document {
  const ui = opts.uiLanguage === 'ar';
  const columns = tableColumns(opts);
  const geometry = pageGeometry(opts);
  const widths = columnWidths(columns, geometry.usable);
  const label = (text: string) => autoParagraph(text, ui || isArabic(text), { bold: true, size: 22 });
  const children: Array<Paragraph | Table> = [
    ...autoParagraph(doc.title, isArabic(doc.title), { bold: true, size: 32 }),
    new Paragraph({}),
    // The Arabic and English columns' headings sit like their text (right-to-left on the right, left-to-right on
    // the left), whatever the UI language; the others follow the UI.
    table(
      columns.map((c) => {
        const text = columnLabel(c, opts);
        if (c === 'source') return arabicParagraph(text, { bold: true, size: 22 });
        if (c === 'target') return isArabic(text) ? label(text) : englishParagraph(text, { bold: true, size: 22 });
        return label(text);
      }),
      rows,
      widths,
    ),
  ];

  const terms = opts.glossaryTerms ?? [];
  if (terms.length > 0) {
    const order: Array<'arabic' | 'english'> =
      opts.columnOrder === 'target-first' ? ['english', 'arabic'] : ['arabic', 'english'];
    const gWidths = columnWidths(['source', 'target', 'status'], geometry.usable);
    children.push(
      new Paragraph({}),
      ...autoParagraph(opts.labels.glossaryAppendix, ui, { bold: true, size: 26 }),
      table(
        [...order.map((o) => label(opts.labels[o])), label(opts.labels.kind)],
        terms.map((t) => [
          ...order.map((o) => (o === 'arabic' ? arabicParagraph(t.source) : englishParagraph(t.target))),
          autoParagraph(t.kind, ui || isArabic(t.kind), { size: 18 }),
        ]),
        gWidths,
      ),
    );
  }

  const withHeader = opts.header !== false;
  const headerLine = `${opts.labels.date}: ${printedDate(opts)}${opts.progressLine ? ` · ${opts.labels.progress}` : ''}`;
  return new Document({
    creator: 'Dragoman',
    title: doc.title,
    customProperties: [
      { name: ID_PROPERTY, value: doc.id },
      { name: COLUMNS_PROPERTY, value: columns.join(',') },
      ...(opts.exportId ? [{ name: EXPORT_PROPERTY, value: opts.exportId }] : []),
    ],
    sections: [
      {
        properties: {
          page: {
            size: {
              width: geometry.width,
              height: geometry.height,
              orientation: opts.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 },
          },
        },
        ...(withHeader
          ? {
              headers: {
                default: new Header({
                  children: [
                    ...autoParagraph(doc.title, isArabic(doc.title), { size: 18 }),
                    ...autoParagraph(headerLine, ui, { size: 18 }),
                  ],
                }),
              },
              footers: { default: new Footer({ children: [pageNumberParagraph(opts.labels.page, ui)] }) },
            }
          : {}),
        children,
      },
    ],
  });
}

/** The bilingual DOCX, its rows written straight as XML from a template row the docx library made. */
export async function exportBilingualDocx(doc: DocumentFull, opts: ExportOptions): Promise<Uint8Array> {
  const texts = cellTexts(opts);
  return writeRowsIntoDocx({
    columns: tableColumns(opts).length,
    cell: cellBuilder(opts),
    build: (templateRows) => bilingualDocument(doc, opts, templateRows),
    rows: doc.paragraphList.length,
    texts: (i) => texts(doc.paragraphList[i]!, i),
    compressor: opts.compressor,
  });
}

function pageNumberParagraph(page: string, rtl: boolean): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    bidirectional: rtl,
    children: [
      new TextRun({
        children: [`${page} `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES],
        size: 18,
        rightToLeft: rtl,
      }),
    ],
  });
}
