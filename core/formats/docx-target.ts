/**
 * The English alone as DOCX: headings as Word headings (a plain article's headline too, see target-blocks.ts),
 * lists as real numbered/bulleted lists, tables kept, and space after every paragraph (not a wall of text).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { DocumentFull } from '../model';
import { LATIN_FONT } from './docx-runs';
import { targetBlocks } from './target-blocks';

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '999999' } as const;

const run = (text: string) => new TextRun({ text, font: LATIN_FONT, language: { value: 'en-US' } });
/** Twentieths of a point: 10 pt after a paragraph, 1.15 lines; list items closer together. */
const BODY_SPACING = { after: 200, line: 276 } as const;
const LIST_SPACING = { after: 80, line: 276 } as const;
const HEADING_SPACING = { before: 240, after: 160 } as const;

function listLevels(format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string) {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format,
    text: text(level),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}

export async function exportTargetDocx(doc: DocumentFull): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = [];
  // Each ordered list gets its own numbering instance so that numbering restarts at 1.
  let instance = 0;
  let inList = false;
  for (const block of targetBlocks(doc)) {
    if (block.kind !== 'list-item') inList = false;
    if (block.kind === 'heading') {
      children.push(
        new Paragraph({
          heading: HEADINGS[block.level - 1]!,
          spacing: HEADING_SPACING,
          keepNext: true,
          children: [run(block.text)],
        }),
      );
    } else if (block.kind === 'list-item') {
      if (!inList) instance++;
      inList = true;
      children.push(
        new Paragraph({
          numbering: { reference: block.ordered ? 'ordered' : 'bullets', level: block.level - 1, instance },
          spacing: LIST_SPACING,
          children: [run(block.text)],
        }),
      );
    } else if (block.kind === 'table') {
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: {
            top: BORDER,
            bottom: BORDER,
            left: BORDER,
            right: BORDER,
            insideHorizontal: BORDER,
            insideVertical: BORDER,
          },
          rows: block.rows.map(
            (r) =>
              new TableRow({
                children: r.map((c) => new TableCell({ children: [new Paragraph({ children: [run(c)] })] })),
              }),
          ),
        }),
        new Paragraph({}),
      );
    } else {
      children.push(new Paragraph({ spacing: BODY_SPACING, children: [run(block.text)] }));
    }
  }
  const document = new Document({
    creator: 'Dragoman',
    title: doc.title,
    customProperties: [{ name: 'DragomanDocumentId', value: doc.id }],
    numbering: {
      config: [
        { reference: 'bullets', levels: listLevels(LevelFormat.BULLET, (l) => ['•', '◦', '▪'][l % 3]!) },
        { reference: 'ordered', levels: listLevels(LevelFormat.DECIMAL, (l) => `%${l + 1}.`) },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
