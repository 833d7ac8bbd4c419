import { describe, expect, it } from 'vitest';
import { exportDocument, importDocument } from './index';
import { LABELS_AR, options, sampleDocument } from './testing/sample-document';

const doc = sampleDocument();
const bytesOf = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('HTML import', () => {
  it('refuses elements nested past the limit, naming the file and the line, and reads deep real nesting', async () => {
    const deep = `<html><body>\n${'<div>'.repeat(200_000)}جوزجان${'</div>'.repeat(200_000)}</body></html>`;
    await expect(importDocument(bytesOf(deep), 'nested.html')).rejects.toThrow(
      /^nested\.html \(line 2\): elements are nested more than 2000 deep/,
    );
    const fine = `<html><body>${'<div>'.repeat(1500)}<p>في ولاية جوزجان</p>${'</div>'.repeat(1500)}<p>درزاب</p></body></html>`;
    expect((await importDocument(bytesOf(fine), 'fine.html')).paragraphs.map((p) => p.source)).toEqual([
      'في ولاية جوزجان',
      'درزاب',
    ]);
  });

  it('ignores stray close tags without walking back up the open elements', async () => {
    const stray = `<html><body><ul><li><p>بند أول</p></li></ul>${'</span></b>'.repeat(50_000)}<h2>عنوان</h2></body></html>`;
    const d = await importDocument(bytesOf(stray), 'stray.html');
    expect(d.paragraphs.map((p) => [p.source, p.role?.kind])).toEqual([
      ['بند أول', 'list-item'],
      ['عنوان', 'heading'],
    ]);
  });

  it('turns block elements into paragraphs, drops markup, scripts and styles, decodes entities', async () => {
    const html = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>عنوان الصفحة</title><style>p{color:red}</style>
      <script>alert("x")</script></head><body>
      <h1>عنوان <em>رئيسي</em></h1>
      <p>فقرة   أولى
         فيها <b>خط عريض</b> و<a href="#">رابط</a> &amp; &lt;علامة&gt;</p>
      <div>نص في div<br>بعد فاصل</div>
      <ol><li>بند أول<ul><li>بند فرعي</li></ul></li><li>بند ثان</li></ol>
      <table><tr><th>العمود</th><th>القيمة</th></tr><tr><td><p>درزاب</p></td><td>جوزجان</td></tr></table>
      <p>   </p><!-- تعليق --></body></html>`;
    const d = await importDocument(bytesOf(html), 'page.html');
    expect(d.sourceFormat).toBe('html');
    expect(d.title).toBe('عنوان رئيسي');
    expect(d.paragraphs).toEqual([
      { source: 'عنوان رئيسي', role: { kind: 'heading', level: 1 } },
      { source: 'فقرة أولى فيها خط عريض ورابط & <علامة>', role: { kind: 'body' } },
      { source: 'نص في div بعد فاصل', role: { kind: 'body' } },
      { source: 'بند أول', role: { kind: 'list-item', ordered: true, level: 1 } },
      { source: 'بند فرعي', role: { kind: 'list-item', ordered: false, level: 2 } },
      { source: 'بند ثان', role: { kind: 'list-item', ordered: true, level: 1 } },
      { source: 'العمود', role: { kind: 'table-cell', row: 0, cell: 0 } },
      { source: 'القيمة', role: { kind: 'table-cell', row: 0, cell: 1 } },
      { source: 'درزاب', role: { kind: 'table-cell', row: 1, cell: 0 } },
      { source: 'جوزجان', role: { kind: 'table-cell', row: 1, cell: 1 } },
    ]);
  });

  it('takes the first paragraph as title when there is no heading (.htm too)', async () => {
    const d = await importDocument(bytesOf('<p>الفقرة الأولى</p><p>الثانية</p>'), 'old.HTM');
    expect(d.title).toBe('الفقرة الأولى');
  });
});

describe('bilingual HTML export', () => {
  it('is one self-contained printable page with lang/dir on every cell and the document id', async () => {
    const { bytes, mime, extension } = await exportDocument(
      doc,
      'html',
      options({ statusColumn: true, glossaryTerms: [{ source: 'جوزجان', target: 'Jowzjan', kind: 'place' }] }),
    );
    expect([mime, extension]).toEqual(['text/html;charset=utf-8', 'html']);
    const html = text(bytes);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en" dir="ltr">/);
    expect(html).toContain('<meta name="dragoman-document-id" content="doc-7f3a">');
    expect(html).toMatch(/@page \{ size: A4 portrait;/);
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<link|<script|src=|@import|url\(/i);
    for (const p of doc.paragraphList) {
      const escaped = p.source
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
      expect(html).toContain(`<td lang="ar" dir="rtl" class="ar">${escaped}</td>`);
    }
    expect(html).toContain(
      '<td lang="en" dir="ltr" class="en">Text with &lt;b&gt;a tag&lt;/b&gt; &amp; &quot;quotes&quot; &#39;single&#39; *stars* #1</td>',
    );
    expect(html).not.toContain('<b>');
  });

  it('keeps every row in order (read back through the HTML importer) and the column order', async () => {
    const html = (await exportDocument(doc, 'html', options({ columnOrder: 'target-first', header: false }))).bytes;
    const cells = (await importDocument(html, 'bilingual.html')).paragraphs.map((p) => p.source);
    const expected = ['No.', 'English', 'Arabic'];
    doc.paragraphList.forEach((p, i) =>
      expected.push(String(i + 1), ...(p.status === 'untranslated' ? [] : [p.target]), p.source),
    );
    expect(cells).toEqual([doc.title, ...expected]);
  });

  it('is right-to-left in the Arabic UI while the table keeps its physical column order', async () => {
    const html = text(
      (
        await exportDocument(
          doc,
          'html',
          options({ uiLanguage: 'ar', labels: LABELS_AR, orientation: 'landscape', pageSize: 'Letter' }),
        )
      ).bytes,
    );
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<table class="bilingual" dir="ltr">');
    const withTerms = text(
      (
        await exportDocument(
          doc,
          'html',
          options({
            uiLanguage: 'ar',
            labels: LABELS_AR,
            glossaryTerms: [{ source: 'جوزجان', target: 'Jowzjan', kind: 'مكان' }],
          }),
        )
      ).bytes,
    );
    expect(withTerms).toContain('<table class="glossary" dir="ltr"><thead><tr><th lang="ar" dir="rtl">العربية</th>');
    expect(html).toContain('<th lang="ar" dir="rtl">العربية</th>');
    expect(html).toMatch(/@page \{ size: Letter landscape;/);
  });
});

describe('Markdown', () => {
  it('imports blocks with roles and no markup', async () => {
    const md =
      '# عنوان **مهم**\n\nفقرة فيها [رابط](http://x) و`رمز` و<span>وسم</span> &amp; نجمة \\*\n\n- بند\n  - فرعي\n1. مرقم\n\n| أ | ب |\n|---|---|\n| ج | د |\n\n<div><p>كتلة HTML</p></div>\n';
    const d = await importDocument(bytesOf(md), 'notes.md');
    expect(d.sourceFormat).toBe('md');
    expect(d.title).toBe('عنوان مهم');
    expect(d.paragraphs).toEqual([
      { source: 'عنوان مهم', role: { kind: 'heading', level: 1 } },
      { source: 'فقرة فيها رابط ورمز ووسم & نجمة *', role: { kind: 'body' } },
      { source: 'بند', role: { kind: 'list-item', ordered: false, level: 1 } },
      { source: 'فرعي', role: { kind: 'list-item', ordered: false, level: 2 } },
      { source: 'مرقم', role: { kind: 'list-item', ordered: true, level: 1 } },
      { source: 'أ', role: { kind: 'table-cell', row: 0, cell: 0 } },
      { source: 'ب', role: { kind: 'table-cell', row: 0, cell: 1 } },
      { source: 'ج', role: { kind: 'table-cell', row: 1, cell: 0 } },
      { source: 'د', role: { kind: 'table-cell', row: 1, cell: 1 } },
      { source: 'كتلة HTML', role: { kind: 'body' } },
    ]);
  });

  it('round-trips the English Markdown export exactly, headings, lists and tables kept', async () => {
    const { bytes, extension } = await exportDocument(doc, 'md', options());
    expect(extension).toBe('md');
    const md = text(bytes);
    expect(md).toContain('# Report: transfer operations in Jowzjan\n');
    expect(md).toContain('\n- Shelling of the positions around the prison.\n');
    expect(md).toContain('| Province | Darzab |');
    const back = await importDocument(bytes, 'english.md');
    const expected = doc.paragraphList
      .filter((p) => p.status !== 'untranslated')
      .map((p) => ({ source: p.target, role: p.role ?? { kind: 'body' } }));
    expect(back.paragraphs).toEqual(expected);
  });

  it('escapes text that would otherwise become Markdown', async () => {
    // The first paragraph ends like a sentence: a short first line would be taken as the headline (target-blocks.ts).
    const tricky = [
      'These lines are not Markdown.',
      '1. not a list',
      '- not a bullet',
      '# not a heading',
      'a | pipe and <tag> & `code` [link](x) _under_',
      '&amp; stays literal',
    ];
    const d = sampleDocument({
      paragraphList: tricky.map((t, index) => ({ index, source: 'نص', target: t, status: 'translated' })),
    });
    const back = await importDocument((await exportDocument(d, 'md', options())).bytes, 'tricky.md');
    expect(back.paragraphs.map((p) => p.source)).toEqual(tricky);
    expect(back.paragraphs.every((p) => p.role?.kind === 'body')).toBe(true);
  });
});
