import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../model';
import { exportDocument } from './index';
import { isHeadline, targetBlocks } from './target-blocks';
import { options, sampleDocument } from './testing/sample-document';

// A plain-text news article (no roles): a headline, then body paragraphs.
const ARTICLE: Paragraph[] = [
  {
    index: 0,
    source: 'وكالة تسنيم: أمريكا نفذت عملية لإنقاذ متزعمين من داعش بأفغانستان',
    target: 'Tasnim: US carried out an operation to rescue ISIS leaders in Afghanistan',
    status: 'translated',
  },
  { index: 1, source: 'طهران-سانا', target: 'Tehran, SANA', status: 'translated' },
  {
    index: 2,
    source: 'كشفت وكالة تسنيم الإيرانية أن القوات الأمريكية نفذت عملية سرية.',
    target: 'Iran’s Tasnim agency revealed that US forces carried out a secret operation.',
    status: 'draft',
  },
];
const article = sampleDocument({ sourceFormat: 'txt', paragraphList: ARTICLE });

describe('the headline of a plain article', () => {
  it('is short and does not end like a sentence', () => {
    expect(isHeadline('Tasnim: US carried out an operation to rescue ISIS leaders in Afghanistan')).toBe(true);
    expect(isHeadline('“Clashes in Darzab”')).toBe(true);
    expect(isHeadline('Iran’s Tasnim agency revealed that US forces carried out a secret operation.')).toBe(false);
    expect(isHeadline('Did the US rescue ISIS leaders?')).toBe(false);
    expect(isHeadline('He said: “the operation is over.”')).toBe(false);
    expect(isHeadline(Array.from({ length: 25 }, () => 'word').join(' '))).toBe(false);
  });

  it('becomes a level-1 heading of the English exports; a document with its own headings is left alone', () => {
    expect(targetBlocks(article)[0]).toEqual({ kind: 'heading', level: 1, text: ARTICLE[0]!.target });
    expect(targetBlocks(article)[1]).toEqual({ kind: 'body', text: 'Tehran, SANA' });
    // An untranslated first paragraph: the next one is not promoted in its place.
    const untitled = sampleDocument({
      paragraphList: [{ ...ARTICLE[0]!, target: '', status: 'untranslated' }, ...ARTICLE.slice(1)],
    });
    expect(targetBlocks(untitled)[0]!.kind).toBe('body');
    expect(targetBlocks(sampleDocument())[0]).toEqual({
      kind: 'heading',
      level: 1,
      text: 'Report: transfer operations in Jowzjan',
    });
  });

  it('is "#" in Markdown and Heading 1 in the English DOCX, whose paragraphs are spaced', async () => {
    const md = new TextDecoder().decode((await exportDocument(article, 'md', options())).bytes);
    expect(md.split('\n')[0]).toBe('# Tasnim: US carried out an operation to rescue ISIS leaders in Afghanistan');
    const docx = (await exportDocument(article, 'docx-target', options())).bytes;
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    const paragraphs = xml.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
    expect(paragraphs[0]).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(paragraphs[0]).toContain('Tasnim: US carried out');
    expect(paragraphs[1]).toMatch(/<w:spacing w:after="200" w:line="276"\/>/);
    expect(paragraphs[1]).not.toMatch(/pStyle/);
  });
});
