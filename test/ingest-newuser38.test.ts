/**
 * Defects new user round 38 met (2026-12-06): a county's food-safety work report (食品安全工作汇报) as a writing site copied it —
 * its year and figures masked with "*", the site's name and address printed between the paragraphs and glued after lines, the
 * page cut after its first sub-heading (gaozihui.com; test/fixtures/newuser-round38), translated in OmegaT 3.6 with the terms
 * the translator added in OmegaT's glossary pane brought back by `glossary import`. Each test is the page reduced to a few
 * lines, its URL beside it; its name says what the tool did before. What a careful reader expects was written before the page
 * was ingested: the site's marks removed and said, every mask kept as printed, nothing invented.
 */
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { mergeTerms, noteAndSource, readTerms } from '../pipeline/glossary/import.ts';
import { parseGlossary } from '../pipeline/glossary/index.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { fixtureReport } from './fixture-report.ts';
import { readIngested as read } from './ingest-helpers.ts';

const body = (text: string) => read(text).result.markdown.split('\n---\n')[1];
const said = (text: string, ruleId: string) => read(text).result.file.messages.filter((m) => m.ruleId === ruleId).map((m) => `${m.line}:${m.column} ${m.fatal === false ? 'warning' : 'info'} ${m.reason}`);

// https://gaozihui.com/baogao/380745.html — the page as the search tool gave it
const gaozihui = [
  '近年来,在市委、市政府坚强领导下,上高县食品安全工作始终坚持以“四个最严”为统领,积极履职,担当作为,*年我县食品安全工作考核获得“优秀”等次,受到宜春市食安委的通报表扬。现将*年食品安全工作汇报如下:',
  '公文汇,办公文档之家',
  '一、全县食品安全工作开展情况',
  '公文汇 www.gongwenhui.com',
  '目前我县共有食品生产企业*家、食品销售经营者*家、餐饮服务经营者*家(含单位食堂*家)、小作坊*家。 稿子汇 www.gaozihui.com',
  '(一)突出“三个到位”,科学谋划食品安全工作 稿子汇 www.gaozihui.com',
].join('\n');

describe('a writing site’s name alone on its lines between the paragraphs', () => {
  test('gaozihui.com: "公文汇 www.gongwenhui.com" and "公文汇,办公文档之家" removed and said at their lines (was: two paragraphs of the report)', () => {
    const text = body(gaozihui);
    expect(text).not.toContain('公文汇');
    expect(text).not.toContain('gongwenhui');
    expect(said(gaozihui, 'watermark').filter((m) => m.includes('boilerplate'))).toEqual([
      expect.stringMatching(/^2:1 .*“公文汇,办公文档之家”/u),
      expect.stringMatching(/^4:1 .*“公文汇 www\.gongwenhui\.com”/u),
    ]);
    // every other character kept, the masks with them
    expect(text).toContain('食品生产企业\\*家');
    expect(text).toContain('## 一、全县食品安全工作开展情况');
  });

  test('a name and its address alone on a line, with no other mark on the page, is the site’s too (was: a paragraph)', () => {
    const page = '近年来，我县食品安全工作持续向好，各项工作有序推进，全县食品安全整体水平持续提升。\n稿子汇 www.gaozihui.com\n现将有关情况汇报如下，请审阅，并提出宝贵意见。';
    expect(body(page)).not.toContain('稿子汇');
  });

  test('guards: a government’s own address on its line, a name and slogan with no site line, a cited address stay the text’s', () => {
    const gov = '近年来，我县政务公开工作持续向好，各项工作有序推进。\n上高县人民政府 www.shanggao.gov.cn\n现将有关情况汇报如下，请审阅。';
    expect(body(gov)).toContain('上高县人民政府');
    const slogan = '近年来，我县食品安全工作持续向好，各项工作有序推进。\n食品安全，人人有责之家\n现将有关情况汇报如下，请审阅。';
    expect(body(slogan)).toContain('食品安全，人人有责之家');
    const cited = '近年来，我县政务公开工作持续向好，详见县政府网（www.shanggao.cn）。\n现将有关情况汇报如下，请审阅。';
    expect(body(cited)).toContain('www.shanggao.cn');
  });
});

describe('a masked copy kept knowingly: the scope note says so', () => {
  const page = Buffer.from(gaozihui);
  const masked = (meta: Record<string, unknown>) => ingest(page, { fileName: 'page.txt', slug: 's', meta }).file.messages.filter((m) => m.ruleId === 'masked-text');

  test('a --meta scope note naming the masks ("以“*”遮去年份和数字，原样照录") turns the warning into an info (was: the warning on every ingest)', () => {
    const [message] = masked({ title: '上高县食品安全工作汇报', scope: 'excerpt', scope_note: '据一文档网站所载副本译出，仅存开头部分：该网站以“*”遮去年份和数字，原样照录。' });
    expect(message.fatal).toBeUndefined();
    expect(message.reason).toMatch(/^Masked text kept, as the scope note says: “.*\*年/u);
    const english = masked({ scope: 'excerpt', scope_note: 'A copy whose figures the site masked with “*”, kept as printed.' });
    expect(english[0].fatal).toBeUndefined();
  });

  test('guards: a scope note that names no mask, or none at all, still warns', () => {
    expect(masked({ scope: 'excerpt', scope_note: '据一文档网站所载副本译出，仅存开头部分。' })[0].fatal).toBe(false);
    expect(masked({})[0].fatal).toBe(false);
  });
});

describe('terms added in OmegaT’s glossary pane, brought back by glossary import', () => {
  const { glossary } = parseGlossary('', 'glossary.yaml');
  const imported = (text: string) => {
    const file = new VFile({ path: 'glossary.txt', value: text });
    const { added } = mergeTerms(glossary, readTerms(file, 'omegat'), file, 'glossary.yaml');
    return { added, file };
  };

  test('a comment ending "Source: …" gives the entry its source, the rest its note (was: all of it the note, and a missing source warned)', () => {
    const { added } = imported('食安委\tFood Safety Commission\tShort for 食品安全委员会. Source: http://www.xinhuanet.com/english/2021-04/16/c_139885662_2.htm\n');
    expect(added[0]).toMatchObject({ note_en: 'Short for 食品安全委员会.', source: 'http://www.xinhuanet.com/english/2021-04/16/c_139885662_2.htm' });
    expect(noteAndSource("A county seat awarded the title; 来源：translator's rendering")).toEqual({ note: 'A county seat awarded the title', source: "translator's rendering" });
  });

  test('a term with no pinyin gets pinyin-pro’s reading, told at its line to be checked (was: a missing-field warning for the pinyin its id was made from)', () => {
    const { added, file } = imported('四个最严\tthe "four strictest" requirements\n');
    expect(added[0]).toMatchObject({ id: 'si-ge-zui-yan', pinyin: 'sì gè zuì yán' });
    expect(file.messages.map((m) => [m.line, m.ruleId, m.fatal])).toEqual([[1, 'import-pinyin', undefined]]);
    const reread = parseGlossary(`- id: si-ge-zui-yan\n  zh: 四个最严\n  pinyin: ${added[0].pinyin}\n  en: x\n  note_en: z\n  source: y\n`, 'g.yaml');
    expect(reread.file.messages.filter((m) => m.ruleId === 'missing-field')).toEqual([]);
  });

  test('guards: a comment with no "Source:" is the note whole; "source" inside the note’s words is no label', () => {
    expect(imported('四个最严\tfour strictest\tThe main source of the rule, since 2017.\n').added[0]).toMatchObject({ note_en: 'The main source of the rule, since 2017.' });
    expect(imported('四个最严\tfour strictest\tThe main source of the rule, since 2017.\n').added[0]).not.toHaveProperty('source');
    expect(imported('卫生县城\tsanitary county seat\tA title the province awards.\n').added[0]).not.toHaveProperty('source');
  });
});

describe('check: a masked figure is a figure', () => {
  const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round38');
  const { read: readFixture, load } = fixtureReport(fixture, 'shanggao-food-safety');

  test('the English dropping one of the eight "*家" is told (was: nothing said); one mask too many is told', async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const check = (en: string) => checkPublication(load(en), { glossary, matcher: createMatcher(glossary) }).messages.map(String);
    const en = readFixture('en.md');
    expect(check(en)).toEqual([]);
    expect(check(en.replace('(including \\* institutional canteens)', '(including institutional canteens)'))).toEqual([expect.stringContaining('Missing masked figure in `p-8f9534`: the Chinese has 8 figure(s) masked')]);
    expect(check(en.replace('In \\*, the county', 'In \\* \\*, the county'))).toEqual([expect.stringContaining('Unexpected masked figure in `p-64347c`')]);
  });

  test('guards: a note’s asterisk after a unit, and emphasis, are no masks', () => {
    const zh = '---\ntitle: 测试\n---\n\n全年完成投资5000亿元*，增长8%。 {#p-000001}\n';
    const messages = checkPublication(load('---\ntitle: Test\n---\n\nInvestment reached 500 billion yuan, up 8%. {#p-000001}\n', zh), {}).messages.map(String);
    expect(messages.filter((m) => m.includes('masked'))).toEqual([]);
  });
});
