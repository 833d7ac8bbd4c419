/**
 * The CLI's `translit` and `names` on a paragraph with Russian, Turkish and European names: the English press's
 * spellings and each name's origin, through the command table over a real SQLite workspace file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run';

async function json(...argv: string[]): Promise<unknown> {
  let text = '';
  await runCli(argv, (s) => (text += s));
  return JSON.parse(text);
}

const ARTICLE = [
  'موسكو - قال وزير الخارجية الروسي سيرغي لافروف إن بلاده ترحب بجهود المبعوث الأممي غير بيدرسون.',
  '',
  'وأضاف أن وزير الخارجية التركي هاكان فيدان سيزور العاصمة الروسية، بينما دعا المستشار الألماني أولاف شولتس إلى وقف إطلاق النار.',
].join('\n');

describe('CLI: foreign names', () => {
  it('translit gives Lavrov, Cavusoglu and Steinmeier with their origins, best first', async () => {
    const out = (await json('translit', 'لافروف', 'تشاووش أوغلو', 'شتاينماير')) as Array<{
      input: string;
      candidates: Array<{ text: string; origin: string }>;
    }>;
    expect(out.map((r) => r.input)).toEqual(['لافروف', 'تشاووش أوغلو', 'شتاينماير']);
    expect(out[0]?.candidates[0]).toMatchObject({ text: 'Lavrov', origin: 'russian' });
    expect(out[1]?.candidates[0]).toMatchObject({ text: 'Cavusoglu', origin: 'turkish' });
    expect(out[1]?.candidates.map((c) => c.text)).toContain('Çavuşoğlu');
    expect(out[2]?.candidates[0]).toMatchObject({ text: 'Steinmeier', origin: 'european' });
  });

  it('names lists the foreign names of an imported article whole, with suggestion and origin', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-foreign-'));
    const file = path.join(dir, 'article.txt');
    const db = path.join(dir, 'w.sqlite');
    writeFileSync(file, ARTICLE, 'utf8');
    const { documentId } = (await json('import', file, '--db', db)) as { documentId: string };
    const names = (await json('names', '--db', db, '--doc', documentId)) as Array<{
      text: string;
      suggestion: string;
      origin: string;
      kind: string;
    }>;
    const by = new Map(names.map((n) => [n.text, n]));
    expect(by.get('سيرغي لافروف')).toMatchObject({ suggestion: 'Sergei Lavrov', origin: 'russian', kind: 'person' });
    expect(by.get('هاكان فيدان')).toMatchObject({ suggestion: 'Hakan Fidan', origin: 'turkish' });
    expect(by.get('أولاف شولتس')).toMatchObject({ suggestion: 'Olaf Scholz', origin: 'european' });
    expect(by.get('غير بيدرسون')?.kind).toBe('person');
  });
});
