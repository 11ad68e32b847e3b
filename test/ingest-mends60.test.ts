/**
 * Known ingest gaps of stop 59 closed in stop 60 (helper mends60): losses left unsaid first (a wiki infobox's lines said as moved
 * to the front matter though nothing of them was there), then titles and heads, then the body. Each test is the page's shape
 * reduced to a few lines, with its URL; its name says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const at = (result: ReturnType<typeof read>['result'], ruleId: string) =>
  result.file.messages.filter((m) => m.ruleId === ruleId).map((m) => `${m.line}:${m.column} ${m.reason}`);
const body = (result: ReturnType<typeof read>['result']) => result.markdown.split('\n---\n').slice(1).join('\n---\n');
const paragraphs = (result: ReturnType<typeof read>['result']) => body(result).split(/\n{2,}/u).map((p) => p.trim().replace(/\s*\{#[^}]+\}$/u, '')).filter(Boolean);

describe('stop 59: losses said untruly — a wiki infobox’s lines', () => {
  // https://mmtar.com/wiki/182903.html (a wiki's page on the 新疆生产建设兵团: its summary, its contents on one line, then its
  // infobox "基本信息" / "中文名:…" / "外文名:…")
  const wiki = [
    '新疆生产建设兵团',
    '',
    '新疆生产建设兵团(Xinjiang production and Construction Corps)承担着国家赋予的屯垦戍边职责,实行党政军企高度统一的特殊管理体制,是在国家实行计划单列的特殊社会组织。',
    '',
    '2022年,新疆生产建设兵团实现生产总值3500.71亿元,比上年增长3.0%。',
    '',
    '目录',
    '',
    '    1 基本信息 2 机构简介 3 历史沿革 4 行政区划 5 地理环境 6 自然资源',
    '',
    '      基本信息',
    '',
    '      中文名:新疆生产建设兵团',
    '',
    '      外文名:Xinjiang production and Construction Corps',
  ].join('\n');

  test('an infobox item whose value no front-matter field took is said removed, not moved (was: "Moved to front matter: “外文名:…”", not there)', () => {
    const { result } = read(wiki);
    const said = at(result, 'metadata');
    expect(said.some((m) => /Moved to front matter: “(?:基本信息|中文名|外文名)/u.test(m))).toBe(false);
    expect(said).toContain('15:1 Removed a wiki infobox\'s item, its value read into no front-matter field and not kept (copy it into zh.md if the edition wants it): “外文名:Xinjiang production and Construction…”');
    expect(said).toContain('11:1 Removed a wiki infobox\'s heading (its items follow it): “基本信息”');
    expect(said).toContain('13:1 Removed a wiki infobox\'s item whose value is the title already: “中文名:新疆生产建设兵团”');
    expect(JSON.stringify(result.frontMatter)).not.toContain('Xinjiang');
  });

  test('a wiki’s contents on one line under "目录", after the summary, are said removed as its contents (was: "目录" and "1基本信息2机构简介…" paragraphs, said cut off)', () => {
    const { result } = read(wiki);
    expect(paragraphs(result).some((p) => /^目录$|基本信息2/u.test(p))).toBe(false);
    expect(at(result, 'contents')).toEqual([
      expect.stringMatching(/^7:1 .*wiki's table of contents.*“目录”/u),
      expect.stringMatching(/^9:\d+ .*“1 基本信息 2 机构简介/u),
    ]);
    expect(at(result, 'cut-off')).toEqual([]);
  });

  test('guard: an infobox item read into the front matter is still said moved', () => {
    // (the shape of test/ingest-mends48's baike copy: 中文名 naming the report, 报告人)
    const page = [
      '基本信息',
      '中文名:1995年国务院政府工作报告',
      '报告场合:第八届全国人民代表大会第三次会议',
      '报告人:国务院总理李鹏',
      '各位代表：',
      '现在，我代表国务院，向大会作政府工作报告，请予审议。',
    ].join('\n');
    const { result } = read(page);
    expect(result.frontMatter.title).toBe('1995年国务院政府工作报告');
    expect(at(result, 'metadata')).toEqual(expect.arrayContaining([
      '2:1 Moved to front matter: “中文名:1995年国务院政府工作报告”',
      '4:1 Moved to front matter: “报告人:国务院总理李鹏”',
    ]));
  });

  test('guard: numbered lines under "目录" that are not one line of short sections stay (a list of items with sentences)', () => {
    const page = ['政府工作报告', '各位代表：', '现在我讲三点。', '目录', '1 我们要坚持发展。2 我们要坚持改革。3 我们要坚持开放。4 我们要坚持创新。'].join('\n');
    expect(at(read(page).result, 'contents')).toEqual([]);
  });
});

describe('stop 59: heads — a run of numbered facts split into run-in headings', () => {
  // http://tech.efang.tv/tech/2021/0429/42026.html (an explainer on white papers: four numbered facts, the first two split as run-in
  // headings, the last two kept as paragraphs)
  const facts = [
    '1、白皮书是政府或议会正式发表的以白色封面装帧的重要文件或报告书的别称。作为一种官方文件,代表政府立场,讲究事实清楚、立场明确、行文规范、文字简练,没有文学色彩。',
    '2、白皮书已经成为国际上公认的正式官方文书。各国文件分别有其惯用的颜色,封面用白色的就是白皮书。',
    '3、自1991年发布第一部白皮书,截至2017年,中国已发表了90多部白皮书,涉及民主政治建设、法治建设、政党制度、人权状况、军控、国防等内容,增进了国际社会对中国的了解和认识,受到了广泛关注。',
    '4、现行发布的白皮书皆可在中华人民共和国国务院新闻办公室官方网站查询,自行打印。',
  ].join('\n');

  test('half the run paragraphs and the others’ heads long sentences: all four are paragraphs, their 。 kept (was: "## 1、白皮书是…的别称", "## 2、…")', () => {
    const { result } = read(facts);
    expect(body(result)).not.toMatch(/^#/mu);
    expect(paragraphs(result)[0]).toMatch(/^1、白皮书是.*的别称。作为一种官方文件/u);
    expect(paragraphs(result)[1]).toMatch(/^2、白皮书已经成为国际上公认的正式官方文书。各国文件/u);
  });

  test('guard: a report’s run-in headings, short, with half their run paragraphs, stay headings', () => {
    const page = [
      '政府工作报告',
      '各位代表：',
      '1、加快发展现代农业。全年粮食产量稳定在100万吨以上，新建高标准农田10万亩，农业综合生产能力进一步提升。',
      '2、推进新型工业化。实施工业强县战略，规模以上工业增加值增长8%，新增规模以上工业企业20家。',
      '3、今年全县将继续抓好民生实事，新建改建农村公路200公里，改造农村危房1000户，城乡居民收入同步增长。',
      '4、全年一般公共预算收入完成10亿元，增长6%，财政保障能力持续增强，重点支出得到有力保障。',
    ].join('\n');
    const { result } = read(page);
    expect(body(result)).toMatch(/^#+ 1、加快发展现代农业/mu);
    expect(body(result)).toMatch(/^#+ 2、推进新型工业化/mu);
  });
});

describe('stop 59: the body — a forum editor’s BBCode, a writing site’s stamp row', () => {
  // http://bsmz.net/gongwen/343428.html (a writing site's copy of a gazetteer note on the 兵团's cities: its stamp row with the
  // site's name and the mobile page's, and a "[/color]" left from the forum post it was copied from)
  const page = [
    '荟聚奇文、博采众长、见贤思齐',
    '当前位置:公文素材库 > 公文素材 > 范文素材 > 新疆兵团民情日记',
    '',
    '新疆兵团民情日记',
    '',
    '网站:公文素材库 | 时间:2019-05-22 01:48:37 | 移动端:新疆兵团民情日记',
    '',
    '二、五家渠(市)(兵团农六师所在地):汉语,因解放军开垦荒地前,这里有五户人家围住一条渠而得名。',
    '三、北屯(市)(兵团农十师所在地):[/color]汉语,解放军屯垦的最北之地。',
  ].join('\n');

  test('a closing BBCode tag in a sentence is taken out and said at its column (was: "\\[/color\\]" kept in zh.md, unsaid)', () => {
    const { result } = read(page);
    expect(body(result)).not.toContain('color');
    expect(body(result)).toContain('（兵团农十师所在地）：汉语，解放军屯垦的最北之地');
    expect(at(result, 'printed-markup')).toEqual([expect.stringMatching(/^9:19 Removed 1 BBCode tag\(s\) printed in the text \(“\[\/color\]”/u)]);
  });

  test('the stamp row with the site’s name and its mobile page’s is the page’s, said (was: a paragraph)', () => {
    const { result } = read(page);
    expect(body(result)).not.toContain('移动端');
    expect(at(result, 'page-info')).toEqual([expect.stringMatching(/^6:1 .*“网站:公文素材库 \| 时间:2019-05-22/u)]);
  });

  test('guard: brackets with a figure or a word, "[b]" alone, and "网站:" opening a line with no dated stamp stay', () => {
    const kept = [
      '政府工作报告',
      '各位代表：',
      '全年完成投资100亿元[1]，详见附表[注]，分为[a]、[b]两类。',
      '网站：www.example.gov.cn | 电话：12345',
    ].join('\n');
    const { result } = read(kept);
    // (Markdown escapes the brackets)
    expect(body(result)).toContain('\\[1\\]，详见附表\\[注\\]，分为\\[a\\]、\\[b\\]两类');
    expect(body(result)).toContain('www.example.gov.cn');
    expect(at(result, 'printed-markup')).toEqual([]);
  });
});

describe('stop 59: heads — a document’s number and day on one line under its name', () => {
  // http://hbhonghui.com/22892C7E15D07AA1751C282B1FB9656C.html (a copy of 甘肃's 实施意见 on the 农垦)
  const page = [
    '中共甘肃省委甘肃省人民政府关于进一步 推进甘肃农垦改革发展的实施意见',
    '甘发〔2016〕26号 2016年8月30日',
    '为贯彻落实中共中央、国务院《关于进一步推进农垦改革发展的意见》,进一步激发甘肃农垦改革发展活力,切实做大做强农垦经济,特制定本实施意见。',
    '一、深刻认识新时期农垦的特殊地位和重要作用',
  ].join('\n');

  test('the number is its 文号 and the day its date, the line said moved (was: the paragraph "甘发〔2016〕26号2016年8月30日", undated)', () => {
    const { result } = read(page);
    expect((result.frontMatter.disclosure as Record<string, string> | undefined)?.['文号']).toBe('甘发〔2016〕26号');
    expect(result.frontMatter.date).toBe('2016-08-30');
    expect(body(result)).not.toContain('甘发');
    expect(at(result, 'metadata')).toContain('2:1 Moved to front matter: “甘发〔2016〕26号 2016年8月30日”');
  });

  test('guard: a sentence naming a number and a day stays the text', () => {
    const kept = ['关于进一步推进农垦改革发展的实施意见', '根据甘发〔2016〕26号文件精神，2016年8月30日起施行本意见，特制定本实施意见。'].join('\n');
    const { result } = read(kept);
    expect(body(result)).toContain('甘发〔2016〕26号');
  });
});

describe('stop 59: not the report, not said — a story on the state-assets report', () => {
  // http://www.qjhmcz.com/exponews/4939.html (a copy, pinyin glosses left out here, of the story on the State Council's first
  // report on state assets to the NPC Standing Committee)
  const story = [
    '24日,國務院向全國人大常委會首次報告了國有資產管理情況,這份全口徑的國有資產綜合報告彰顯公開決心:',
    '——2017年,全國國有企業資產總額183.5萬億元,負債總額118.5萬億元,國有資本及權益總額50.3萬億元;',
    '——2017年,全國行政事業單位資產總額30萬億元,負債總額9.5萬億元,淨資產20.5萬億元。',
    '據介紹,這份綜合報告是在國務院各部門、地方各級政府、國有企業提供的2017年度國有資產管理情況報告和財務決算的基礎上起草而成的。',
  ].join('\n');

  test('the report told as delivered and a reporter’s source say a story (was: nothing said, the five fields asked)', () => {
    const said = at(read(story).result, 'news-story');
    expect(said).toEqual([expect.stringMatching(/^1:1 .*國務院向全國人大常委會首次報告了.*據介紹/u)]);
  });

  test('guard: a report’s own "向市人大常委会报告工作" and one "据介绍" say nothing', () => {
    const page = [
      '市人民政府工作报告',
      '各位代表：',
      '过去一年，市政府主动向市人大常委会报告工作12次，办理代表建议356件。',
      '据介绍，全市新增就业3.2万人。',
      '我们将坚持依法行政，自觉接受人大监督。',
    ].join('\n');
    expect(at(read(page).result, 'news-story')).toEqual([]);
  });
});
