/**
 * Known ingest gaps of stop 56 closed in stop 57 (helper mends57): losses and text run together first (two issuers on one line, an
 * aggregator's source label run into the text, a lost indent's "??" joined to the paragraph over it), then titles and heads, then
 * what a page is, then the body. Each test is the page's shape reduced to a few lines, with its URL; its name says what ingest did
 * before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const at = (result: ReturnType<typeof read>['result'], ruleId: string) =>
  result.file.messages.filter((m) => m.ruleId === ruleId).map((m) => `${m.line}:${m.column} ${m.reason}`);
const body = (result: ReturnType<typeof read>['result']) => result.markdown.split('\n---\n').slice(1).join('\n---\n');
const paragraphs = (result: ReturnType<typeof read>['result']) => body(result).split(/\n{2,}/u).map((p) => p.trim().replace(/\s*\{#[^}]+\}$/u, '')).filter(Boolean);

describe('stop 57: losses and text run together — two issuers on one line, a source label, a lost indent', () => {
  // https://stats.hainan.gov.cn/tjj/tjgb/fzgb/n2/201102/t20110225_1628772.html (海南 2010's statistical communiqué: the two issuers
  // on one line under the title, a space apart)
  const communique = [
    '2010年海南省经济和社会发展统计公报',
    '海南省统计局 国家统计局海南调查总队',
    '2010年,全省各族人民在省委、省政府的正确领导下,深入贯彻落实科学发展观,认真贯彻执行国家的各项宏观调控政策措施,开创了科学发展新局面。',
    '一、综合',
    '经济保持快速增长,经济总量跨上新台阶。2010年全省生产总值突破2000亿元大关,达到2052.12亿元,比上年增长15.8%。',
  ].join('\n');

  test('two issuers a space apart stay two (was: "海南省统计局国家统计局海南调查总队", one)', () => {
    const { front } = read(communique);
    expect(front.issuer).toBe('海南省统计局 国家统计局海南调查总队');
  });

  test('guard: a sentence whose spaces are wraps between organ-like words ("省统计局 会同 国家统计局…") is closed up as before', () => {
    const page = communique.replace('经济保持快速增长,', '海南省统计局 会同国家统计局海南调查总队 发布公报,经济保持快速增长,');
    expect(paragraphs(read(page).result).some((p) => p.includes('海南省统计局会同国家统计局海南调查总队发布公报'))).toBe(true);
  });

  // https://www.cititic.com/news/mm/1573932-20210309.htm (an aggregator's copy of the procuratorate's report summary: "消息来源:上海证券报"
  // before the story's dateline on one line, the parts a space apart)
  const aggregated = [
    '城市镜像.新闻汇总 2021-03-09',
    '',
    '消息来源:上海证券报 新华社北京3月8日电 最高人民检察院检察长张军8日下午向十三届全国人大四次会议作最高人民检察院工作报告 摘要如下:2020年工作回顾过去一年极不平凡 在以习近平同志为核心的党中央坚强领导下,各项工作取得新进展。',
  ].join('\n');

  test('an aggregator\'s "消息来源:上海证券报" before the text is out and said (was: run into it, "消息来源:上海证券报新华社北京…")', () => {
    const { result } = read(aggregated);
    expect(paragraphs(result).some((p) => p.includes('上海证券报'))).toBe(false);
    expect(paragraphs(result).some((p) => p.startsWith('新华社北京3月8日电'))).toBe(true);
    expect(at(result, 'page-info')).toEqual([expect.stringMatching(/^3:1 .*“消息来源:上海证券报”/u)]);
  });

  test('guard: a stamp row "来源:新华网 发布时间:2021-03-09" is no source label before a text (not this rule)', () => {
    const { result } = read(aggregated.replace('消息来源:上海证券报 新华社北京', '来源:新华网 作者:张三\n新华社北京'));
    expect(at(result, 'page-info').some((m) => /aggregator's source label/u.test(m))).toBe(false);
  });

  test('guard: a sentence opening "来源:" on a table note ("资料来源:国家统计局 单位:亿元") stays', () => {
    const page = [communique, '资料来源:海南省统计局 单位:亿元'].join('\n');
    expect(paragraphs(read(page).result).some((p) => p.includes('资料来源'))).toBe(true);
  });

  // http://bilew.cn/lnews/722.html (a spun copy of 绵阳's 2008 yearbook: each paragraph opens with "??", its lost indent, and a line of
  // "??" alone stands between paragraphs, the first one right under a paragraph)
  const spun = [
    '1-概 述',
    '??【各縣市區經濟成長減速,繁重災區縣均為負增長】 2008年縣市區別離實現地域出產總值環境為:涪城區274.1億元,比上年增長10.5%;北川10.2億元,下降29.1%。',
    '??',
    '??【縣域經濟處于一種不服衡成長狀態】 綿陽市縣域地域縣與縣之間成長狀況東倒西歪,平原地域成長較快,丘陵山區成長相對落伍。',
    '??',
    '??【農村經濟低位運行】 受汶川特大地動影響,農業出產本領遭到粉碎,農田水利設施損毀嚴重。',
  ].join('\n');

  test('a "??" line right under a paragraph is dropped and said (was: joined to it, "…下降29.1%。？?")', () => {
    const { result } = read(spun);
    expect(paragraphs(result).some((p) => /[?？]/u.test(p))).toBe(false);
    expect(at(result, 'lost-indent').map((m) => m.split(' ')[0])).toEqual(['2:1', '3:1', '4:1', '5:1', '6:1']);
  });

  test('guard: a question ending "??" in a sentence stays ("…怎么办??")', () => {
    const page = spun.replace('下降29.1%。', '下降29.1%,怎么办??');
    expect(paragraphs(read(page).result).some((p) => /怎么办[?？]{2}/u.test(p))).toBe(true);
  });
});
