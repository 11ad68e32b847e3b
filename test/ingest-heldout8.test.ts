/**
 * Ingest defects found on the eighth round of held-out real pages
 * (2026-12-01: 12 report beginnings of other kinds — budget, final-accounts
 * and audit reports, a procuratorate's, standing committees' (人大, 政协),
 * a policy address, a 兵团 city's, mid-year reports, a development zone's and
 * a new area's — never seen by ingest, listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 8").
 * Each test is the page shape reduced to a few lines; its name says what
 * ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested as read } from './ingest-helpers.ts';

const opening = '现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。';

describe('held-out round 8: portal furniture above the title', () => {
  test('a portal\'s accessibility row and a "您当前的位置:" breadcrumb are boilerplate, not the title (was: "无障碍版长者助手登录您当前的位置：> >政府工作报告" as title and issuer)', () => {
    const { front, blocks } = read(
      [
        '无障碍版 长者助手 登录',
        '您当前的位置: > >政府工作报告',
        '',
        '翠亨新区2022年工作总结及2023年工作部署',
        '',
        '信息来源:本网 发布日期:2023-02-21 分享:',
        '',
        '2022年工作总结',
        '',
        '    2022年，面对百年变局和世纪疫情交织叠加的复杂局面，在市委市政府的坚强领导下，翠亨新区坚持以习近平新时代中国特色社会主义思想为指导，高效统筹疫情防控和经济社会发展，较好完成年度工作目标任务。全年实现地区生产总值220.71亿元，同比增长16.3%。',
      ].join('\n'),
    );
    expect(front.title).toBe('翠亨新区2022年工作总结及2023年工作部署');
    expect(front.issuer).toBeUndefined();
    expect(blocks[0]).toMatch(/^(## )?2022年工作总结$/);
  });

  test('"当前页面: 首页 > …" is a breadcrumb (was: taken as the title)', () => {
    const { front, result } = read(['当前页面: 首页  > 政务公开 > 专题专栏 > 两会专题 > 重要报告', '', '各位委员：', opening].join('\n'));
    expect(front.title ?? '').toBe('');
    expect(result.file.messages.some((m) => m.ruleId === 'breadcrumb')).toBe(true);
  });

  test('a skip link "跳过导航" is boilerplate, not the title (was: title "跳过导航")', () => {
    const { front, result } = read(['跳过导航', '', '各位代表：', opening].join('\n'));
    expect(front.title ?? '').toBe('');
    expect(result.file.messages.some((m) => m.ruleId === 'navigation')).toBe(true);
  });

  test('"label: value" stamp rows and "[字体: ]" between the title and its occasion (was: no title, the title line removed as page head)', () => {
    const { front, blocks } = read(
      [
        '安徽省人民代表大会常务委员会工作报告',
        '',
        '访问次数: 2538        作者: ahjgbzw                发布时间:2020-01-23',
        '',
        '[字体: ]',
        '',
        '——2020年1月14日在安徽省第十三届人民代表大会第三次会议上',
        '省人大常委会副主任 沈素琍',
        '',
        '各位代表:',
        '  我受省人大常委会委托,向大会报告工作,请予审议。',
      ].join('\n'),
    );
    expect(front).toMatchObject({ title: '安徽省人民代表大会常务委员会工作报告', issuer: '安徽省人民代表大会常务委员会', date: '2020-01-14', speaker: '省人大常委会副主任 沈素琍' });
    expect(blocks[0]).toBe('各位代表：');
  });

  test('guard: a sentence that names a source and a time is text, not a stamp row', () => {
    const { blocks } = read(['各位代表：', opening, '来源：统计局 时间：全年，全市地区生产总值增长6%。'].join('\n'));
    expect(blocks.at(-1)).toMatch(/^来源：统计局\s*时间：全年，全市地区生产总值增长6%。$/);
  });
});

describe('held-out round 8: titles that are not 政府工作报告', () => {
  test('a new area\'s "…工作总结及…工作部署" is a title, and the area\'s name above it is the site\'s (was: the site name "中山翠亨新区" as title)', () => {
    const { front, result } = read(
      [
        '中山翠亨新区',
        '翠亨新区2022年工作总结及2023年工作部署',
        '信息来源:本网 发布日期:2023-02-21 分享:',
        '2022年工作总结',
        '    2022年，面对百年变局和世纪疫情交织叠加的复杂局面，翠亨新区较好完成年度工作目标任务。',
      ].join('\n'),
    );
    expect(front.title).toBe('翠亨新区2022年工作总结及2023年工作部署');
    expect(result.markdown).not.toMatch(/^中山翠亨新区/m);
  });

  test('a policy address named "…施政报告—前言" (the section after a dash) and "我谨代表澳门特别行政区政府" (was: title with "—前言", no issuer)', () => {
    const { front, blocks } = read(
      ['二〇二四年财政年度施政报告—前言', '', '主席阁下,', '', '各位议员:', '', '现在,我谨代表澳门特别行政区政府,向立法会全体会议作2024年财政年度施政报告。'].join('\n'),
    );
    expect(front).toMatchObject({ title: '二〇二四年财政年度施政报告', issuer: '澳门特别行政区政府' });
    expect(blocks[0]).toBe('主席阁下，');
  });

  test('guard: a dash inside a title that is not a section name stays ("…报告—全文" keeps its label as before)', () => {
    const { front } = read(['2023年十堰市张湾区政府工作报告—全文', '各位代表：', opening].join('\n'));
    expect(front.title).toBe('2023年十堰市张湾区政府工作报告—全文');
  });

  test('a site heading that is the document name plus the site\'s words ("…述职报告范文大全") over the name (was: both glued as the title)', () => {
    const { front } = read(['开发区年度述职报告述职报告范文大全', '开发区年度述职报告', '2003 年,在市委、市政府的正确领导下,开发区工委、管委坚持以“二次创业”为中心。'].join('\n'));
    expect(front.title).toBe('开发区年度述职报告');
  });

  test('the title printed again between two paragraphs of the text (an essay site\'s insert) is removed and reported (was: a level-2 heading)', () => {
    const title = '2021年县政府上半年重点工作情况报告';
    const { blocks, result } = read(
      [title, '', '  一、上半年工作情况', '', '  今年是极不寻常、极为特殊的一年，经济社会发展总体保持平稳态势。上半年，重点抓了以下几个方面的工作：', '', title, '', '  1抗疫防汛共克时艰。今年年初，我县迅速启动疫情防控Ⅰ级响应。'].join('\n'),
    );
    expect(blocks.filter((b) => b.includes(title))).toEqual([]);
    expect(result.file.messages.filter((m) => m.reason.includes(title)).length).toBe(2);
  });

  test('an essay site\'s "来源:…范文网 | 时间:…" is when the copy was posted, not the report\'s publication date (was: date 2021-08-28, published)', () => {
    const { front } = read(['2021年县政府上半年重点工作情况报告', '来源:蚂蚁范文网 | 时间:2021-08-28 08:55:37 | 移动端:2021年县政府上半年重点工作情况报告', '一、上半年工作情况', '今年是极不寻常的一年。'].join('\n'));
    expect(front.date).toBeUndefined();
  });

  test('guard: a government portal\'s "来源:…人民政府 时间:…" still dates the page (published)', () => {
    const { front } = read(['2021年县政府上半年重点工作情况报告', '来源:淳安县人民政府 | 时间:2021-08-28 08:55:37', '一、上半年工作情况', '今年是极不寻常的一年。'].join('\n'));
    expect(front).toMatchObject({ date: '2021-08-28', date_source: 'published' });
  });
});

test('guard: a place alone over "政 府 工 作 报 告" is the first line of the title ("海淀区" + "政府工作报告")', () => {
  const { front } = read(['北京市海淀区', '政 府 工 作 报 告', '各位代表：', opening].join('\n'));
  expect(front.title).toBe('北京市海淀区政府工作报告');
});

test('an unnumbered part heading that is the first block once the page head is gone, numbered headings after it (was: a paragraph)', () => {
  const text = '2022年，面对百年变局和世纪疫情交织叠加的复杂局面，在市委市政府的坚强领导下，翠亨新区较好完成年度工作目标任务，全年实现地区生产总值220.71亿元。';
  const { blocks } = read(['翠亨新区2022年工作总结及2023年工作部署', '2022年工作总结', text, '一、湾区一体化发展跃上新水平', '(一)规划引领支撑功能显著增强。规划编制出台。'].join('\n'));
  expect(blocks.slice(0, 3)).toEqual(['## 2022年工作总结', text, '### 一、湾区一体化发展跃上新水平']);
});

test('guard: a first short line over a paragraph with no numbered heading after it stays a paragraph', () => {
  const text = '2022年，面对百年变局和世纪疫情交织叠加的复杂局面，在市委市政府的坚强领导下，翠亨新区较好完成年度工作目标任务，全年实现地区生产总值220.71亿元。';
  const { blocks } = read(['翠亨新区2022年工作总结及2023年工作部署', '2022年工作总结', text].join('\n'));
  expect(blocks[0]).toBe('2022年工作总结');
});

describe('held-out round 8: title blocks of other reports', () => {
  test('the occasion and speaker printed twice under the title take the first copy; the second is removed (was: the second copy read, the title lost as page head)', () => {
    const { front, blocks, result } = read(
      [
        '甘肃省人民检察院工作报告',
        '稿件来源:甘肃人大网 发布时间:2022-11-02 20:14:37',
        '甘肃省人民检察院工作报告',
        '——2022年1月18日在甘肃省第十三届人民代表大会第六次会议上',
        '甘肃省人民检察院检察长朱玉',
        '——2022年1月18日在甘肃省第十三届人民代表大会第六次会议上',
        '甘肃省人民检察院检察长朱玉',
        '各位代表:',
        '现在,我代表省人民检察院向大会报告工作,请予审议,并请省政协各位委员提出意见。',
      ].join('\n'),
    );
    expect(front).toMatchObject({ title: '甘肃省人民检察院工作报告', issuer: '甘肃省人民检察院', date: '2022-01-18', speaker: '甘肃省人民检察院检察长 朱玉' });
    expect(blocks[0]).toBe('各位代表：');
    // Every line of the head is reported, each once.
    const lines = result.file.messages.filter((m) => ['metadata', 'page-head', 'page-info'].includes(String(m.ruleId))).map((m) => m.line);
    expect(lines.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  test('guard: a different occasion above the real block still gives way to the block (the last clean occasion, only a repeat goes back)', () => {
    const { front } = read(
      [
        '——2023年1月10日在省第十四届人民代表大会第一次会议上',
        '省长 李明',
        '政府工作报告',
        '——2024年1月23日在省第十四届人民代表大会第二次会议上',
        '省长 王浩',
        '各位代表：',
        opening,
      ].join('\n'),
    );
    expect(front).toMatchObject({ title: '政府工作报告', speaker: '省长 王浩', date: '2024-01-23' });
  });
});

describe('held-out round 8: a committee\'s title block over several lines, an occasion without year', () => {
  const page = [
    '中国人民政治协商会议常宁市第十一届委员会常务委员会工作报告',
    '来源:中国人民政治协商会议常宁市委员会     时间:2025-03-05 10:02:28',
    '中国人民政治协商会议',
    '常宁市第十一届委员会常务委员会',
    '工 作 报 告',
    '—在3月2日政协常宁市第十一届委员会第五次会议上',
    '段  鸣',
    '各位委员、同志们:',
    '我代表政协常宁市第十一届委员会常务委员会,向大会报告工作,请予审议,并请列席会议的同志提出意见。',
  ];

  test('a title over three lines that the page also prints whole as its heading; a dash-led occasion without a date under it; a bare letter-spaced name (was: no occasion or speaker, the whole block removed as page head)', () => {
    const { front, blocks } = read(page.join('\n'));
    expect(front).toMatchObject({
      title: '中国人民政治协商会议常宁市第十一届委员会常务委员会工作报告',
      occasion: '在3月2日政协常宁市第十一届委员会第五次会议上',
      speaker: '段鸣',
    });
    expect(blocks[0]).toBe('各位委员、同志们：');
  });

  test('a committee named by the title is the issuer without its term, as in 我代表… (was: "…第十一届委员会常务委员会")', () => {
    const { front } = read(page.join('\n'));
    expect(front.issuer).toBe('中国人民政治协商会议常宁市委员会常务委员会');
  });

  test('an occasion\'s month and day without a year take the year of the page\'s stamp a few days later (was: the stamp\'s own date, published)', () => {
    const { front } = read(page.join('\n'));
    expect(front).toMatchObject({ date: '2025-03-02', date_source: 'occasion' });
  });

  test('guard: a stamp long after the occasion\'s day gives no year to it (the stamp\'s date stays, published)', () => {
    const { front } = read(page.map((l) => l.replace('2025-03-05', '2025-11-20')).join('\n'));
    expect(front).toMatchObject({ date: '2025-11-20', date_source: 'published' });
  });

});

describe('held-out round 8: issuers and disclosure fields', () => {
  test('a traditional-character audit bureau\'s director ("市審計局局長") names the city\'s bureau, placed by the occasion (was: "市審計局")', () => {
    const { front } = read(
      ['——2018年7月26日在上海市第十五屆人民代表大會常務委員會第五次會議上', '市審計局局長 王建平', '主任、各位副主任、秘書長、各位委員:', '我受市人民政府委托,報告2017年度市級預算執行和其他財政收支的審計情況,請予審議。'].join('\n'),
    );
    expect(front).toMatchObject({ issuer: '上海市審計局', speaker: '市審計局局長 王建平' });
  });

  test('"我代表xx镇人民政府" (an anonymised place) names the issuer (was: none)', () => {
    const { front } = read(['2022年上半年政府工作报告(镇乡)', '各位代表:', '现在,我代表xx镇人民政府,向大会报告政府工作,请予审议,并请列席会议的同志提出意见。'].join('\n'));
    expect(front.issuer).toBe('xx镇人民政府');
  });

  test('disclosure rows whose empty value runs into the next label ("文 号: 所属主题: 政府信息公开年报", "废止日期:") (was: 文号 = "所属主题: …")', () => {
    const { front } = read(
      [
        '索引号: 3070211020000013000000/2025022800000014 发布机构:',
        '生效日期: 2025-02-28 废止日期:',
        '文 号: 所属主题: 政府信息公开年报',
        '政府工作报告',
        '——2025年2月19日在胡杨河市第一届人民代表大会第四次会议上',
        '胡杨河市人民政府市长  宋学华',
        '各位代表:',
        opening,
      ].join('\n'),
    );
    expect(front.disclosure).toEqual({ 索引号: '3070211020000013000000/2025022800000014', 生效日期: '2025-02-28', 所属主题: '政府信息公开年报' });
  });

  test('a writing site\'s "作者原创,不允许二次传播,一经发现收回" under its 版权声明 is boilerplate (was: left in the body)', () => {
    const { blocks } = read(['各位代表：', opening, '版权声明', '作者原创,不允许二次传播,一经发现收回'].join('\n'));
    expect(blocks.join('')).not.toMatch(/二次传播/);
  });
});

test('guard: a short report sentence about copyright stays ("坚持侵权必究，加强知识产权保护。")', () => {
  const { blocks } = read(['各位代表：', opening, '坚持侵权必究，加强知识产权保护。'].join('\n'));
  expect(blocks.at(-1)).toBe('坚持侵权必究，加强知识产权保护。');
});

describe('held-out round 8: a dash-led sub-heading', () => {
  const para = '现代农业质效双增，实现一产增加值增长4.6%，种植粮食64.8万亩，总产29.1万吨，种植棉花170.9万亩，皮棉总产30.8万吨，主要质量指标位居兵团前列。';
  test('"——这一年,我们…,…" with no sentence end, alone over a paragraph under 一、: a level-2 heading (was: a paragraph)', () => {
    const { blocks } = read(['各位代表：', opening, '一、2024年工作回顾', '2024年是实现十四五规划目标任务的关键一年，我们承压而上、逆势而进，经济社会呈现稳中有进的良好态势。', '——这一年,我们以发展眼光持续优化产业结构,基础支撑更加牢固', para].join('\n\n'));
    expect(blocks).toContain('### ——这一年，我们以发展眼光持续优化产业结构，基础支撑更加牢固');
  });

  test('guard: "——…。" (a statement with its full stop) stays a paragraph, and a "——…" line that ends the page (cut off) stays text', () => {
    const { blocks } = read(['各位代表：', opening, '一、2024年工作回顾', '——经济综合实力大幅跃升。', para, '——改革开放迈出重'].join('\n\n'));
    expect(blocks.filter((b) => b.startsWith('#'))).toEqual(['## 一、2024年工作回顾']);
  });
});

test('a PDF line that starts with a decimal split by a space ("24. 3 亿元,比上年…") continues the sentence above (was: a new paragraph, read as item 24)', () => {
  const { blocks } = read(
    [
      '各位代表：',
      '全年实现国内生产总值 42 亿元,工业销售收入 62 亿元,财政收入 6 亿元,实际利用外资 8426 万美元,固定资产投资',
      '24. 3 亿元,比上年分别增长 36. 8%、25%、33. 3%,其中市委、市政府重新调整预算确定的我区财政收入目标圆满完成。',
    ].join('\n'),
  );
  expect(blocks).toHaveLength(2);
  expect(blocks[1]).toMatch(/固定资产投资24\. ?3亿元/);
});

test('guard: a numbered line "24. 加强…" still starts its own paragraph', () => {
  const { blocks } = read(['各位代表：', '全年实现国内生产总值 42 亿元,工业销售收入 62 亿元,财政收入 6 亿元,实际利用外资 8426 万美元,固定资产投资', '24. 加强财政管理，提高资金使用效益。一是严格预算执行。'].join('\n'));
  expect(blocks.length).toBeGreaterThan(2);
});
