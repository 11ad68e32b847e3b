/**
 * Ingest defects found on the eleventh round of held-out pages (2026-12-01):
 * REAL HTML MARKUP as browsers saved and crawlers stored it in public
 * repositories — the Jiangxi 政府网站集约化平台 disclosure and article templates
 * (statistical communiqués of a county and a city), a school CMS reprinting
 * the 2023 State Council report, a gov.cn article block — listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 11 (real
 * HTML markup)". Each test is the page's shape reduced to a few lines of its
 * markup; its name says what ingest did before ("was: …"). Guards (precision)
 * are named as such.
 */
import { describe, expect, test } from 'vitest';
import { bylineOf } from '../pipeline/ingest/byline.ts';
import { parseTitle } from '../pipeline/ingest/document-title.ts';
import { readIngested } from './ingest-helpers.ts';

const html = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
const read = (body: string) => readIngested(html(body), 'page.html');
const para = '2022年，全县上下坚持以习近平新时代中国特色社会主义思想为指导，高效统筹疫情防控和经济社会发展，全县经济运行呈现稳中向好的良好态势。';
const dd = (label: string, value: string) => `<dd><label><font>${label}</font></label><div class="display-block">\n  ${value}\n</div></dd>`;

describe('held-out round 11: the disclosure <dl> of the 集约化 platform', () => {
  test('公开时限, 责任部门 and 发文日期 are disclosure labels (was: "公开时限：" left as the first paragraph, "万载县统计局" glued before the title)', () => {
    const { front, blocks } = read(
      `<div class="meta-data"><dl>${dd('索 引 号：', '014742224A/2023-0043406')}${dd('发文日期：', '2023-04-18')}${dd('公开时限：', '常年公开')}${dd('责任部门：', '万载县统计局')}</dl></div>` +
        `<h1 class="article-title"><ucaptitle>万载县2022年国民经济和社会发展统计公报</ucaptitle></h1><div><p>${para}</p><p>一、综合</p><p>${para}</p></div>`,
    );
    expect(front.title).toBe('万载县2022年国民经济和社会发展统计公报');
    expect(front.disclosure).toMatchObject({ 公开时限: '常年公开', 责任部门: '万载县统计局', 发文日期: '2023-04-18' });
    expect(blocks[0]).toBe(para);
  });

  test('生成日期 and 发文日期 date the document itself, like 成文日期 (was: date_source published)', () => {
    const { front } = read(`<dl>${dd('索 引 号：', '014742224A/2023-0043406')}${dd('生成日期：', '2023-05-11')}</dl><h1>万载县2022年国民经济和社会发展统计公报</h1><p>${para}</p>`);
    expect(front.date).toBe('2023-05-11');
    expect(front.date_source).toBe('written');
  });

  test('guard: 公开日期 stays the publication date', () => {
    const { front } = read(`<dl>${dd('索 引 号：', '014742224A/2023-0043406')}${dd('公开日期：', '2023-05-16')}</dl><h1>万载县2022年国民经济和社会发展统计公报</h1><p>${para}</p>`);
    expect(front.date_source).toBe('published');
  });
});

describe('held-out round 11: what a communiqué prints under its title', () => {
  test('the issuers\' byline under the title is the issuer (was: no issuer, the byline the first paragraph)', () => {
    const { front, blocks } = read(`<h1>宜春市2022年国民经济和社会发展统计公报</h1><p><font>宜春市统计局</font> <font> 国家统计局宜春调查队</font></p><p><font>（</font><font>2023年4月12日）</font></p><p>${para}</p>`);
    expect(String(front.issuer).replace(/\s+/g, '')).toBe('宜春市统计局国家统计局宜春调查队');
    expect(front.date).toBe('2023-04-12');
    expect(front.date_source).toBe('title');
    expect(blocks[0]).toBe(para);
  });

  test('a month-only date in brackets under the byline belongs to the title block (was: "（2023年5月）" glued to the byline as the first paragraph)', () => {
    const { front, blocks } = read(`<h1>万载县2022年国民经济和社会发展统计公报</h1><p>万载县统计局    国家统计局万载调查队<br>\n（2023年5月）</p><p>${para}</p>`);
    expect(String(front.issuer).replace(/\s+/g, '')).toBe('万载县统计局国家统计局万载调查队');
    expect(blocks[0]).toBe(para);
  });

  test('a bracketed note under the title gives the day, the speaker and whom he spoke for (was: the page\'s stamp as the date, the note in the body)', () => {
    const { front, blocks } = read(
      `<div class="property"><span>发布时间：2023年03月13日</span></div><p style="text-align:center"><strong><span>2023</span></strong><strong><span>年国务院政府工作报告</span></strong></p>` +
        `<p style="text-align:center"><span>（2023年3月5日国务院总理李克强代表国务院向十四届全国人大一次会议作的政府工作报告）</span></p><p>${para}</p>`,
    );
    expect(front).toMatchObject({ title: '2023年国务院政府工作报告', issuer: '国务院', date: '2023-03-05', date_source: 'occasion', speaker: '国务院总理 李克强' });
    expect(blocks[0]).toBe(para);
  });

  test('guard: a sentence or a heading under the title is no byline', () => {
    expect(bylineOf('一、综合')).toBeUndefined();
    expect(bylineOf('全县经济运行呈现稳中向好的良好态势。')).toBeUndefined();
    expect(bylineOf('各位代表：')).toBeUndefined();
    expect(bylineOf('（2023年3月5日在第十四届全国人民代表大会第一次会议上）')).toBeUndefined();
  });

  test('"国务院政府工作报告": the State Council is the issuer (was: "国务院政府")', () => {
    expect(parseTitle('2023年国务院政府工作报告').issuer).toBe('国务院');
  });
});

describe('held-out round 11: titles and headings in real markup', () => {
  test('a title centred over three lines is joined (was: only the last two, the first left as the first paragraph)', () => {
    const { front, blocks } = read(
      '<p style="text-align:center"><span>国务院关于在海南博鳌乐城国际医疗旅游先行区</span></p> <p style="text-align:center"><span>暂时调整实施《中华人民共和国药品管理法</span></p> <p style="text-align:center"><span>实施条例》有关规定的决定</span></p> ' +
        '<p>国发〔2018〕43号</p><p><br> </p><p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p><p>为进一步支持海南省试点发展国际医疗旅游相关产业，国务院决定在海南博鳌乐城国际医疗旅游先行区暂时调整实施有关规定。</p>',
    );
    expect(front.title).toBe('国务院关于在海南博鳌乐城国际医疗旅游先行区暂时调整实施《中华人民共和国药品管理法实施条例》有关规定的决定');
    expect(blocks[0]).toBe('各省、自治区、直辖市人民政府，国务院各部委、各直属机构：');
  });

  test('guard: a title over two lines is joined as before', () => {
    const { front } = read(`<p>北京市海淀区2021年</p><p>政府工作报告</p><p>各位代表：</p><p>${para}</p>`);
    expect(front.title).toBe('北京市海淀区2021年政府工作报告');
  });

  test('a dated post heading over the document\'s own title is the page\'s (was: glued before the title)', () => {
    const { front, blocks } = read(`<h2 class="title">每周一学（2023年3月13日-3月19日）</h2><p><strong>2023年国务院政府工作报告</strong></p><p>各位代表：</p><p>${para}</p>`);
    expect(front.title).toBe('2023年国务院政府工作报告');
    expect(blocks.join('\n')).not.toContain('每周一学');
  });

  test('a table row\'s label with an empty cell keeps no value (was: the title\'s first line read as 主题词)', () => {
    const { front, blocks } = read(
      '<table><tr><td><b>索 引 号：</b></td><td>000014349/2018-00222</td><td><b>发文机关：</b></td><td>国务院</td></tr></table>' +
        '<table><tr><td><b>主 题 词：</b></td><td></td><td></td><td></td></tr></table>' +
        `<table><tr><td><p>国务院关于加强政务公开工作的意见</p><p>${para}</p></td></tr></table>`,
    );
    expect(front.title).toBe('国务院关于加强政务公开工作的意见');
    expect((front.disclosure as Record<string, string>)['主题词'] ?? '').toBe('');
    expect(blocks[0]).toBe(para);
  });

  test('the 文号 line under the title is not a second field when 发文字号 holds it (was: 文号 beside 发文字号)', () => {
    const { front } = read('<table><tr><td>发文字号：</td><td>国发〔2018〕43号</td></tr></table><p>国务院关于加强政务公开工作的意见</p><p>国发〔2018〕43号</p>' + `<p>${para}</p>`);
    expect(front.disclosure).toMatchObject({ 发文字号: '国发〔2018〕43号' });
    expect((front.disclosure as Record<string, string>)['文号']).toBeUndefined();
  });
});

describe('held-out round 11: page furniture in real markup', () => {
  test('a script inside a line is no line break (was: "次" of "点击数：<script>次" alone as a paragraph)', () => {
    const { blocks } = read(`<h2>每周一学</h2><div class="property"><span>发布时间：2023年03月13日</span> <span>点击数：\n<script src="/Common/GetHits.aspx?id=17445"></script>\n次</span></div><p>政府工作报告</p><p>各位代表：</p><p>${para}</p>`);
    expect(blocks).not.toContain('次');
  });

  test('a related-documents block and a leave-site alert are page chrome (was: "关联稿件：" in the body, the alert glued to the last paragraph)', () => {
    const { blocks } = read(
      `<h1>万载县2022年国民经济和社会发展统计公报</h1><div class="article-reldocuments"><h3><span>关联稿件：</span></h3><ul><li><a>图文解读：《万载县2022年国民经济和社会发展统计公报》</a><span>2023-07-12</span></li></ul></div>` +
        `<div class="article-content"><p>${para}</p></div><div class="alert-warning"><div class="alert-delete"><span>X</span></div><div class="alert-wzsm"><p>您访问的链接即将离开'万载县人民政府网站'是否继续？</p></div></div><div class="alert-mengban"></div>`,
    );
    expect(blocks).toEqual([para]);
  });

  test('"【打印正文】" is a print link (was: a paragraph)', () => {
    const { blocks } = read(`<p>政府工作报告</p><p>各位代表：</p><p>${para}</p><div class="userControl"><a href="javascript:doPrint()">【打印正文】</a></div>`);
    expect(blocks).not.toContain('【打印正文】');
  });
});

describe('held-out round 11, the sixth page (after the first fixes): a province communiqué on a city portal', () => {
  test('the title printed again with a note\'s call ("…统计公报[1]") is the title\'s copy (was: the copy as the first paragraph, byline and date after it in the body)', () => {
    const { front, blocks } = read(
      `<h1>江西省2022年国民经济和社会发展统计公报</h1><div><p><font>江西省</font><font>2022年国民经济和社会发展统计公报[1]</font></p><p> </p>` +
        `<p><font>江西省统计局</font> <font> 国家统计局江西调查总队</font></p><p>2023年3月28日</p><p>${para}</p></div>`,
    );
    expect(front).toMatchObject({ title: '江西省2022年国民经济和社会发展统计公报', date: '2023-03-28', date_source: 'title' });
    expect(String(front.issuer).replace(/\s+/g, '')).toBe('江西省统计局国家统计局江西调查总队');
    expect(blocks[0]).toBe(para);
  });

  test('"01综合", "02农业": two-digit section numbers glued to a short name are headings (was: paragraphs, only the long "03工业和建筑业" a heading)', () => {
    const { blocks } = read(`<h1>江西省2022年国民经济和社会发展统计公报</h1><p>${para}</p><p>01综合</p><p>${para}</p><p>02农业</p><p>${para}</p><p>03工业和建筑业</p><p>${para}</p>`);
    expect(blocks.filter((b) => b.startsWith('#'))).toEqual(['## 01综合', '## 02农业', '## 03工业和建筑业']);
  });

  test('guard: a figure with a unit alone on a line ("12项") is no section number', () => {
    const { blocks } = read(`<h1>江西省2022年国民经济和社会发展统计公报</h1><p>${para}</p><p>12万人</p><p>${para}</p>`);
    expect(blocks.filter((b) => b.startsWith('#'))).toEqual([]);
  });
});

describe('held-out round 11: nothing lost in a notes section kept as a list', () => {
  test('a note entry of two sentences keeps the 。 between them (was: "…为准部分数据…": the run-in split took the 。 and the list never gave it back)', () => {
    const { result } = readIngested(
      ['统计公报', '', '一、综合', '', `${para}`, '', '注释：', '', '1.本公报中数据均为初步统计数，最后以年报核定数据为准。部分数据因四舍五入的原因，存在总项与分项合计不等的情况。', '', '2.地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。'].join('\n'),
    );
    expect(result.markdown).toContain('最后以年报核定数据为准。部分数据因四舍五入的原因');
  });
});

describe('held-out round 11: bold in the markup', () => {
  test('a paragraph set all in <strong> with a clause and no sentence end is a heading (was: "李克强在政府工作报告中指出，过去一年是…的一年" a paragraph, the body starting there)', () => {
    const { blocks } = read(
      `<p style="text-align:center"><strong>2023年国务院政府工作报告</strong></p><p><strong><span>李克强在政府工作报告中指出，过去一年是党和国家历史上极为重要的一年</span></strong></p><p><span>${para}</span></p>` +
        `<p><strong><span>李克强在政府工作报告中指出，过去五年极不寻常、极不平凡</span></strong></p><p><span>${para}</span></p>`,
    );
    expect(blocks.filter((b) => b.startsWith('#'))).toEqual(['## 李克强在政府工作报告中指出，过去一年是党和国家历史上极为重要的一年', '## 李克强在政府工作报告中指出，过去五年极不寻常、极不平凡']);
  });

  test('guard: a bold sentence that ends (a lead set as its own paragraph) and a partly bold line stay paragraphs', () => {
    const { blocks } = read(
      `<p><strong>政府工作报告</strong></p><p>各位代表：</p><p>${para}</p><p><strong>经济运行稳中向好，发展质量稳步提升。</strong></p><p>${para}</p><p><strong>过去一年</strong>，我们坚持稳中求进工作总基调</p><p>${para}</p>`,
    );
    expect(blocks.filter((b) => b.startsWith('#'))).toEqual([]);
  });
});
