/**
 * Paragraph builders for DOCX output, right-to-left Arabic and left-to-right English, following the
 * recipe checked in LibreOffice and Word (see docs/toolchain.md, "Arabic in DOCX").
 */
import { AlignmentType, Paragraph, TextRun } from 'docx';

// cs is the font Word and LibreOffice use for Arabic; both fonts ship in fonts-noto-core, and Word
// substitutes a local Naskh/Serif face when they are missing.
export const ARABIC_FONT = 'Noto Naskh Arabic';
export const LATIN_FONT = 'Noto Serif';

export interface RunStyle {
  bold?: boolean;
  /** Half-points. */
  size?: number;
}

export function arabicParagraph(text: string, style: RunStyle = {}): Paragraph[] {
  const size = style.size ?? 24;
  return lines(text).map(
    (line) =>
      new Paragraph({
        bidirectional: true,
        alignment: AlignmentType.START, // START is the right edge in a bidi paragraph
        children: [
          new TextRun({
            text: line,
            rightToLeft: true,
            bold: style.bold ?? false,
            boldComplexScript: style.bold ?? false,
            font: { ascii: ARABIC_FONT, hAnsi: ARABIC_FONT, cs: ARABIC_FONT },
            size,
            sizeComplexScript: size + 2, // Naskh reads small next to Latin text at the same size
            language: { bidirectional: 'ar-SA' },
          }),
        ],
      }),
  );
}

export function englishParagraph(text: string, style: RunStyle = {}): Paragraph[] {
  const size = style.size ?? 22;
  return lines(text).map(
    (line) =>
      new Paragraph({
        alignment: AlignmentType.LEFT,
        children: [
          new TextRun({
            text: line,
            bold: style.bold ?? false,
            font: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: ARABIC_FONT },
            size,
            sizeComplexScript: size,
            language: { value: 'en-US' },
          }),
        ],
      }),
  );
}

/** Picks the direction from the text itself: for titles and labels whose language is not fixed. */
export function autoParagraph(text: string, arabic: boolean, style: RunStyle = {}): Paragraph[] {
  return arabic ? arabicParagraph(text, style) : englishParagraph(text, style);
}

/** A cell needs at least one paragraph; line breaks in the text become separate paragraphs. */
function lines(text: string): string[] {
  const parts = text.split(/\r?\n/);
  return parts.length > 0 ? parts : [''];
}
