/**
 * Held-out round 48 (2026-12-04): twelve pages from twelve hosts new to the fixtures (test/fixtures/ingest-corpus/*-heldout48,
 * scored there; test/fixtures/ingest-not-the-report/*-heldout48). Listed in test/fixtures/ingest-corpus/README.md under
 * "Held-out pages, round 48". Each reduced test is a page's shape in a few lines; its name says what ingest did before
 * ("was: …"). Guards are named as such.
 */
import { describe, expect, test } from 'vitest';
import { ingest } from '../pipeline/ingest/index.ts';
import { parseTitle } from '../pipeline/ingest/document-title.ts';
import { speakerOf } from '../pipeline/ingest/speaker.ts';

const read = (lines: string[]) => ingest(Buffer.from(lines.join('\n')), { fileName: 'page.txt', slug: 'page' });
const body = (markdown: string) => markdown.split('\n---\n')[1];
const rules = (result: ReturnType<typeof read>) => result.file.messages.map((m) => m.ruleId);
const said = (result: ReturnType<typeof read>, rule: string, line: number) => result.file.messages.some((m) => m.ruleId === rule && m.line === line);

describe('held-out round 48: an ASP page\'s directive printed as the page\'s first line (hd.smeqh.com)', () => {
  const page = (first: string) => [
    first,
    '政府工作报告',
    '各位代表:',
    '现在,我代表市人民政府向大会报告工作,请予审议。',
    '过去一年,全市地区生产总值同比增长7%,居民消费价格指数控制在3%以内。',
  ];
  test('the directive is removed and said at its line, no blank figures told of it (was: a paragraph, and "%" said a blank figure)', () => {
    const result = read(page('%@LANGUAGE="VBSCRIPT" CODEPAGE="65001"%>'));
    expect(body(result.markdown)).not.toContain('VBSCRIPT');
    expect(said(result, 'page-info', 1)).toBe(true);
    expect(rules(result)).not.toContain('blank-figures');
  });
  test('guard: the same with its "<" kept, and PHP\'s, go too', () => {
    expect(body(read(page('<%@ Page Language="C#" %>')).markdown)).not.toContain('Language');
    expect(body(read(page('<?php echo $title; ?>')).markdown)).not.toContain('php');
  });
  test('guard: a line of the text with percentages and an equals sign stays', () => {
    const result = read([...page('%@LANGUAGE="VBSCRIPT" CODEPAGE="65001"%>'), '全年增速=预期目标,增长8%。']);
    expect(body(result.markdown)).toContain('全年增速=预期目标');
  });
});

describe('held-out round 48: a writing site\'s contributor line and preview label over the piece (e.wenmi.ren)', () => {
  const page = [
    '2010年市第十四届人大四次会议代表建议处理情况汇报',
    '投稿人:佚名 发布时间:2010/8/3 投稿交换  会员申请 全文2592字',
    '内容预览:',
    '2010年市第十四届人大四次会议代表建议处理情况汇报主任、各位副主任,各位委员:',
    '受市长委托,我代表市政府就市十四届人大四次会议代表建议处理情况向市人大常委会作汇报,请予审议。',
    '市十四届人大四次会议共收到代表10人以上联名的议案61件,收到建议、批评和意见72件,经大会审议表决,133件均作为建议处理。',
  ];
  test('the contributor\'s line is the site\'s stamp, removed and said (was: a paragraph)', () => {
    const result = read(page);
    expect(body(result.markdown)).not.toContain('投稿人');
    expect(said(result, 'page-info', 2)).toBe(true);
  });
  test('its 发布时间 is an upload\'s, no date of the report (was: none; a stamp naming its contributor is a writing site\'s)', () => {
    const result = read(page);
    expect(result.frontMatter.date).toBeUndefined();
    expect(said(result, 'repost-date', 2)).toBe(true);
  });
  test('"内容预览:" alone is the site\'s label, removed and said (was: a paragraph)', () => {
    const result = read(page);
    expect(body(result.markdown)).not.toContain('内容预览');
    expect(said(result, 'document-site', 3)).toBe(true);
  });
  test('the name printed again glued to the committee\'s salutation is split off; the text opens at the salutation (was: one paragraph)', () => {
    const result = read(page);
    expect(body(result.markdown).trim()).toMatch(/^主任、各位副主任，各位委员： \{#p-/u);
    expect(result.frontMatter.title).toBe('2010年市第十四届人大四次会议代表建议处理情况汇报');
  });
  test('guard: a portal\'s stamp with no contributor still dates the report by its publication', () => {
    const result = read(['关于市八届人大三次会议代表建议批评和意见的办理情况', '时间:2023-11-23 来源:政府办', '2023年,市政府共办理市八届人大三次会议代表意见建议57件,已经解决或基本解决的43件。']);
    expect(result.frontMatter.date).toBe('2023-11-23');
    expect(result.frontMatter.date_source).toBe('published');
  });
  test('guard: a sentence on a preview feature, and a committee\'s salutation after no name, stay text', () => {
    const result = read([
      '关于代表建议办理情况的报告',
      '主任、各位副主任,各位委员:',
      '内容预览功能已在政务平台上线,代表可随时查看办理进度。',
    ]);
    expect(body(result.markdown)).toContain('内容预览功能已在政务平台上线');
    expect(body(result.markdown)).toContain('主任、各位副主任，各位委员：');
  });
});

describe('held-out round 48: a place with its outskirts after it names a neighbour, not the unit (e.wenmi.ren)', () => {
  const page = (place: string) => [
    '关于代表建议处理情况的报告',
    '主任、各位副主任,各位委员:',
    '受市人民政府委托,我代表市政府向市人大常委会作汇报,请予审议。',
    `办理好这些建议,对我市全面贯彻落实科学发展观,真抓实干,奋力突破,实现${place}现代化生态市建设的新跨越,具有十分重要的意义。`,
  ];
  test('"杭州西郊…生态市" does not make the issuer 杭州市人民政府 (was: the issuer 杭州市人民政府)', () => {
    expect(read(page('杭州西郊')).frontMatter.issuer).toBeUndefined();
  });
  test('guard: the place itself in a sentence on the whole 市 still places the unit', () => {
    expect(read(page('杭州')).frontMatter.issuer).toBe('杭州市人民政府');
  });
});

describe('held-out round 48: a law-inspection group\'s report and its two-office speaker (cqrd.gov.cn)', () => {
  const page = [
    '重庆市人大常委会执法检查组',
    '关于检查《重庆市预算审查监督条例》',
    '实施情况的报告',
    '——2019年7月29日在市五届人大常委会第十一次会议上',
    '市人大常委会副主任、执法检查组组长 刘学普',
    '主任、各位副主任、秘书长、各位委员:',
    '受检查组委托,现将执法检查情况报告如下。',
  ];
  test('the group before 关于 is the issuer, the rest the title (was: the title "重庆市人大常委会执法检查组关于…", no issuer)', () => {
    const result = read(page);
    expect(result.frontMatter.title).toBe('关于检查《重庆市预算审查监督条例》实施情况的报告');
    expect(result.frontMatter.issuer).toBe('重庆市人大常委会执法检查组');
  });
  test('"…副主任、执法检查组组长 刘学普" is the speaker (was: a paragraph, no speaker)', () => {
    const result = read(page);
    expect(result.frontMatter.speaker).toBe('市人大常委会副主任、执法检查组组长 刘学普');
    expect(body(result.markdown)).not.toContain('刘学普');
    expect(speakerOf('调研组组长张明')).toBe('调研组组长 张明');
  });
  test('guard: a line quoting a name in book-title marks over a title is the page\'s head, no first half of it', () => {
    const result = read(['专题《两会进行时》', '2019年政府工作报告', '——2019年1月8日在市第十五届人民代表大会第三次会议上', '市长 王明', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议。']);
    expect(result.frontMatter.title).toBe('2019年政府工作报告');
  });
  test('guard: a bureau before 关于 as before, and a title with no office before 关于 keeps its name whole', () => {
    expect(parseTitle('重庆市长寿区财政局关于2022年预算执行情况的报告')).toMatchObject({ issuer: '重庆市长寿区财政局', title: '关于2022年预算执行情况的报告' });
    expect(parseTitle('关于检查《重庆市预算审查监督条例》实施情况的报告').issuer).toBeUndefined();
    expect(speakerOf('县人大常委会主任 王志刚')).toBe('县人大常委会主任 王志刚');
  });
});

describe('held-out round 48: a report\'s motto and its name after "——" on one line (hd.smeqh.com)', () => {
  const page = (headline: string) => [
    headline,
    '2019年,在市委的坚强领导下,在市人大和市政协的监督支持下,市人民政府圆满完成了市二届人大六次会议确定的主要目标任务,全市经济社会呈现出稳中有进、进中向好的良好态势。',
  ];
  test('the name after the dash is the title; the motto\'s place names the issuer (was: the whole line the title)', () => {
    const result = read(page('坚决打赢疫情防控阻击战 决战决胜脱贫攻坚战为加快建设城乡统筹新海东而努力奋斗 ——政府工作报告摘登 |'));
    expect(result.frontMatter.title).toBe('政府工作报告摘登');
    expect(result.frontMatter.issuer).toBe('海东市人民政府');
  });
  test('guard: a name before the dash and an occasion after it are the title and the occasion, as before', () => {
    expect(parseTitle('政府工作报告——2019年1月8日在市第十五届人民代表大会第三次会议上').title).not.toBe('2019年1月8日在市第十五届人民代表大会第三次会议上');
    expect(parseTitle('奋力谱写新时代发展新篇章——在县第十八届人民代表大会第一次会议上的报告').title).toBe('奋力谱写新时代发展新篇章——在县第十八届人民代表大会第一次会议上的报告');
  });
});

describe('held-out round 48: a page heading naming the full text it carries, in two wordings (www.fanwen112.com)', () => {
  const page = (heading: string) => [
    heading,
    '——2015年1月8日在南京市鼓楼区第一届人民代表大会第三次会议上',
    '区长曹路宝',
    '各位代表:',
    '现在我代表区人民政府,向大会作工作报告,请予审议,并请区政协各位委员和列席会议的同志提出意见。',
  ];
  test('the fullest name is the title (was: no title, the heading removed as the page\'s head)', () => {
    const result = read(page('2015年政府工作报告全文|2015年南京市鼓楼区政府工作报告全文'));
    expect(result.frontMatter.title).toBe('2015年南京市鼓楼区政府工作报告');
    expect(said(result, 'metadata', 1)).toBe(true);
  });
  test('guard: a heading naming no full text (a paraphrase, stop 39\'s design) is still no title', () => {
    const result = read(page('区长在代表会上工作汇报|论文 合同 演讲'));
    expect(result.frontMatter.title ?? '').toBe('');
  });
});
