/**
 * New user, round 17: a think tank's bilingual edition of the State Council's 2026 Report on the Work of the Government
 * (李强, 5 March 2026; the first year of the 15th Five-Year Plan) — the only copy of its text the search tool holds whole
 * from its first paragraph, China Review News Agency's traditional-character page (test/fixtures/newuser-round17), two
 * paragraphs, the second cut off by the page; no official English of the 2026 report was found, so en.md is the editor's.
 * The committed project holds together: ingest of the page with its meta file gives zh.md; check passes with the project's
 * glossary (was: "GDP grew by 5 percent to 140.19 trillion yuan" two number-mismatch errors, and the term
 * 中国人民抗日战争暨世界反法西斯战争胜利 not found in 中國人民抗日戰爭… because 戰 was never folded); the glossary's terms for
 * the 15th Five-Year Plan (人工智能+, 投资于人, 因地制宜) are found where the report writes them; and the paper's live blog of
 * the session (stheadline.com), ingested first, is said to be a story (was: ingested as the report, no message).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { buildPublication } from '../pipeline/model/index.ts';
import { builtEditions } from './fixture-editions.ts';
import { fixtureReport } from './fixture-report.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round17');
const slug = 'prc-gwr-2026';
const { read } = fixtureReport(fixture, slug);
const glossaryFile = path.join(fixture, 'content/glossary.yaml');

describe('new user round 17: the 2026 report as the page carries it', () => {
  it('ingest of the page with its meta file gives the committed zh.md; the cut-off is said, as the scope note says', () => {
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(readFileSync(path.join(fixture, 'content/reports', slug, 'source.txt')), { fileName: 'page.txt', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
    expect(result.file.messages.filter((m) => m.ruleId === 'cut-off').map((m) => m.fatal ?? 'info')).toEqual(['info']);
  });

  it('check passes with the project glossary; every term of the excerpt is found in the traditional text (was: 2 number-mismatch errors, 抗日戰爭… not found)', async () => {
    const { glossary } = await loadGlossary(glossaryFile);
    const load = buildPublication(slug, new VFile({ path: 'zh.md', value: read('zh.md') }), new VFile({ path: 'en.md', value: read('en.md') }));
    expect(checkPublication(load, { glossary, matcher: createMatcher(glossary) }).messages.map(String)).toEqual([]);
    const found = new Set(createMatcher(glossary).findZh(load.publication.blocks.map((b) => b.zhText).join('\n')).map((m) => m.termId));
    expect([...found].sort()).toEqual([
      'cheng-zhen-diao-cha-shi-ye-lv',
      'er-shi-jie-si-zhong-quan-hui',
      'gao-zhi-liang-fa-zhan',
      'guo-nei-sheng-chan-zong-zhi',
      'kang-ri-zhan-zheng-sheng-li',
      'shi-si-wu',
      'tai-wan-guang-fu-ji-nian-ri',
      'tuo-pin-gong-jian',
      'xin-fa-zhan-li-nian',
      'yi-xi-jin-ping-tong-zhi-wei-he-xin-de-dang-zhong-yang',
      'zhong-guo-shi-xian-dai-hua',
    ]);
  });

  it('the 15th Five-Year Plan terms added for the rest of the report are found as it writes them, in both scripts and in English', async () => {
    const { glossary } = await loadGlossary(glossaryFile);
    const matcher = createMatcher(glossary);
    const ids = (text: string) => matcher.findZh(text).map((m) => m.termId).sort();
    expect(ids('深化拓展“人工智能+”行动，坚持投资于物和投资于人紧密结合，因地制宜发展新质生产力，实现“十五五”良好开局。')).toEqual(['ren-gong-zhi-neng-jia', 'shi-wu-wu', 'tou-zi-yu-ren', 'xin-zhi-sheng-chan-li', 'yin-di-zhi-yi']);
    expect(ids('深化拓展「人工智能+」行動，因地制宜發展新質生產力，實現「十五五」良好開局。')).toEqual(['ren-gong-zhi-neng-jia', 'shi-wu-wu', 'xin-zhi-sheng-chan-li', 'yin-di-zhi-yi']);
    const en = matcher.findEn('We will advance the "AI Plus" initiative, combine investment in physical assets with investing in people, and develop new quality productive forces according to local conditions.').map((m) => m.termId);
    expect(new Set(en)).toEqual(new Set(['ren-gong-zhi-neng-jia', 'tou-zi-yu-ren', 'yin-di-zhi-yi', 'xin-zhi-sheng-chan-li']));
  });

  it('the paper\'s live blog of the session, ingested first, is said to be a story (was: ingested as the report, 5 paragraphs, no message)', () => {
    const result = ingest(readFileSync(path.join(fixture, 'pages/stheadline-live-blog.txt')), { fileName: 'page.txt', slug: 'x' });
    expect(result.file.messages.filter((m) => m.ruleId === 'news-story').length).toBe(1);
  });
});

describe('new user round 17: the built editions', () => {
  const built = builtEditions(fixture);

  it('HTML: the glossary lists the terms as the traditional text writes them, the added ones among them', () => {
    const root = fromHtml(readFileSync(path.join(built.root, 'dist', slug, 'index.html'), 'utf8'));
    const terms = selectAll('.gloss-zh', root).map((e) => toString(e));
    expect(terms).toEqual(expect.arrayContaining(['二十屆四中全會', '中國人民抗日戰爭暨世界反法西斯戰爭勝利', '台灣光復紀念日', '十四五']));
    expect(terms).toHaveLength(11);
  });
});
