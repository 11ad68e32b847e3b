/**
 * Known gaps of ingest closed as general rules (the closing note of 2026-12-01's new-user round 4,
 * BENCHMARKS.md "Known ingest gaps closed"). Each test was seen red before its rule; the guards
 * (named so) keep what the corpus has the other way.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readIngested as read } from './ingest-helpers.ts';

const opening = '现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。';
const body = (...lines: string[]) => read(['各位代表:', opening, ...lines].join('\n')).blocks.slice(2);

describe('the space between the phrases of a quoted slogan or title', () => {
  test('the wm114 page: “贯彻二十大 锚定新目标 奋力闯创干” keeps its phrases apart, set with an ideographic space', () => {
    const input = readFileSync(path.join(import.meta.dirname, 'fixtures/ingest/wm114-2023-omission/input.txt'), 'utf8');
    const { blocks } = read(input);
    expect(blocks.some((b) => b.includes('三季度“贯彻二十大　锚定新目标　奋力闯创干”活动综合评比排名全市第二。'))).toBe(true);
  });

  test('a document title in 《》 and a slogan in 「」, with a half-width, several or an ideographic space', () => {
    expect(body('认真贯彻《中共中央 国务院关于全面推进乡村振兴加快农业农村现代化的意见》，全力抓好粮食生产。')).toEqual([
      '认真贯彻《中共中央　国务院关于全面推进乡村振兴加快农业农村现代化的意见》，全力抓好粮食生产。',
    ]);
    expect(body('开展「不忘初心  牢记使命」主题教育。')).toEqual(['开展「不忘初心　牢记使命」主题教育。']);
    expect(body('开展“不忘初心　牢记使命”主题教育。')).toEqual(['开展“不忘初心　牢记使命”主题教育。']);
  });

  test('guard: a hard-wrap space in a word inside quotes goes (a one-character piece: “六 个打造”)', () => {
    expect(body('紧紧围绕市第十四次党代会确定的“六 个打造”目标，全力做好九个方面重点工作。')).toEqual([
      '紧紧围绕市第十四次党代会确定的“六个打造”目标，全力做好九个方面重点工作。',
    ]);
  });

  test('guard: a paragraph of a PDF dump (hard-wrap spaces outside the quotes too) loses them inside the quotes as well', () => {
    expect(body('稳 妥有序实施新冠病毒感染“乙类 乙管”，科 学高效配置资源。')).toEqual(['稳妥有序实施新冠病毒感染“乙类乙管”，科学高效配置资源。']);
  });

  test('guard: a quoted sentence (a clause mark inside) or a space beside a mark, a figure or Latin is no phrase boundary', () => {
    expect(body('总书记强调“坚持稳中求进，推动 高质量发展”，我们牢记嘱托。')).toEqual(['总书记强调“坚持稳中求进，推动高质量发展”，我们牢记嘱托。']);
    expect(body('实施“ 十四五 ”规划和“5G 基站”建设工程。')).toEqual(['实施“十四五”规划和“5G基站”建设工程。']);
    expect(body('经济社 会发展取得新成效，列席人 员提出意见。')).toEqual(['经济社会发展取得新成效，列席人员提出意见。']);
  });
});

describe('the space between a box or table label and its title (专栏1　…, 表1　…)', () => {
  // New user, round 5 (2026-12-01): the Hebei page's box, <caption>专栏1　过去五年主要经济指标</caption>, came out
  // as “专栏1过去五年主要经济指标” in zh.md and every edition — the label run into its title.
  test('the round-5 page: its caption keeps the label apart, with an ideographic space', () => {
    const page = readFileSync(path.join(import.meta.dirname, 'fixtures/newuser-round5/content/reports/hebei-2023/source.html'), 'utf8');
    expect(read(page, 'page.html', { clean: false }).result.markdown).toContain(':::box[专栏1　过去五年主要经济指标]');
  });

  test('a 专栏 line or a table caption line with a half-width, several or an ideographic space', () => {
    expect(body('专栏1 过去五年主要经济指标', '| 指标 | 2022年 |')[0]).toBe('专栏1　过去五年主要经济指标');
    expect(body('专栏2　　“十四五”时期主要指标', '| 指标 | 2022年 |')[0]).toBe('专栏2　“十四五”时期主要指标');
    expect(body('表1 2023年主要经济指标预计完成情况')[0]).toBe('表1　2023年主要经济指标预计完成情况');
  });

  test('guards: a label with nothing after it, a space inside the title, running text that starts with 表 or 图', () => {
    expect(body('专栏1', '| 指标 | 2022年 |')[0]).toBe('专栏1');
    expect(body('表示 衷心的感谢！')).toEqual(['表示衷心的感谢！']);
    expect(body('图1显示，全市经济 稳中向好。')).toEqual(['图1显示，全市经济稳中向好。']);
  });
});

const cutOff = (result: ReturnType<typeof read>['result']) => result.file.messages.filter((m) => m.ruleId === 'cut-off');
const closing = '我们要更加紧密地团结在以习近平同志为核心的党中央周围，锐意进取、奋发有为，为谱写中国式现代化新篇章而不懈奋斗！';

describe('a page cut in the middle, not only at its end (ingest/cut-off)', () => {
  test('the new user’s page (round 4): its last paragraph, cut mid-word before the notes section, is reported there', () => {
    const page = readFileSync(path.join(import.meta.dirname, 'fixtures/newuser-round4/content/reports/xx-county-2023/source.html'), 'utf8');
    const { result } = read(page, 'page.html');
    expect(cutOff(result).map((m) => [m.line, m.column, m.fatal])).toEqual([[26, 4, false]]);
    expect(cutOff(result)[0].reason).toContain('高铁索道项目加快推');
    expect(cutOff(result)[0].reason).toContain('the notes');
    expect(cutOff(result)[0].reason).toContain('scope: excerpt');
  });

  test('a paragraph cut mid-word before the next part’s heading (two pages joined, an abridged copy)', () => {
    const cut = '坚持稳中求进工作总基调，扎实推进城市更新，实施城建六大攻坚行动和房';
    const { result } = read(['各位代表:', opening, '一、2025年工作回顾', cut, '二、2026年工作安排', closing].join('\n'));
    expect(cutOff(result).map((m) => m.line)).toEqual([4]);
    expect(cutOff(result)[0].reason).toContain('行动和房');
    expect(cutOff(result)[0].reason).toContain('a heading');
  });

  test('a Chinese paragraph cut mid-word where the page goes on in English (a periodical’s part of a bilingual paper)', () => {
    const cut = '一九八六年，我市认真贯彻执行党中央、国务院一系列的方针、政策，全市形势很好，政治上安定团结，经济稳定';
    const { result } = read(['各位代表:', opening, cut, 'Distinguished Delegates: I am entrusted by the Municipal People’s Government to submit a report on the work of the government.'].join('\n'));
    expect(cutOff(result).map((m) => m.line)).toEqual([3]);
  });

  test('a page cut inside a table: its last row has fewer cells than the table', () => {
    const table = (last: string) =>
      `<html><body><p>各位代表:</p><p>${opening}</p><p>${closing}</p><table><tr><th>指标</th><th>总量（亿元）</th><th>增长（%）</th></tr><tr><td>地区生产总值</td><td>226.85</td><td>6.5</td></tr>${last}</table></body></html>`;
    const { result } = read(table('<tr><td>规模工业增加值</td><td>8</td></tr>'), 'page.html');
    expect(cutOff(result)).toHaveLength(1);
    expect(cutOff(result)[0].reason).toContain('table');
    // guards: a whole last row, or one the row above spans, is no cut
    expect(cutOff(read(table('<tr><td>规模工业增加值</td><td>80.1</td><td>10.5</td></tr>'), 'page.html').result)).toEqual([]);
    const spanned = `<html><body><p>各位代表:</p><p>${opening}</p><p>${closing}</p><table><tr><th>指标</th><th>总量（亿元）</th><th>增长（%）</th></tr><tr><td>地区生产总值</td><td>226.85</td><td rowspan="2">6.5</td></tr><tr><td>规模工业增加值</td><td>80.1</td></tr></table></body></html>`;
    expect(cutOff(read(spanned, 'page.html').result)).toEqual([]);
  });

  test('a paragraph stopping at a comma, however short, before the notes section or at the end (the round-5 page: “这五年，”)', () => {
    // New user, round 5 (2026-12-01): the Hebei page breaks off after “这五年,”, three characters, too short to be read as running
    // text — ingest said nothing and every edition printed “这五年，” as the report's last paragraph.
    const page = readFileSync(path.join(import.meta.dirname, 'fixtures/newuser-round5/content/reports/hebei-2023/source.html'), 'utf8');
    const { result } = read(page, 'page.html', { clean: false });
    expect(cutOff(result).map((m) => [m.line, m.column, m.fatal])).toEqual([[32, 4, false]]);
    expect(cutOff(result)[0].reason).toContain('stopping mid-sentence (“…这五年，”)');
    expect(cutOff(result)[0].reason).toContain('the notes');
    expect(cutOff(read(['各位代表:', opening, closing, '这五年，'].join('\n')).result).map((m) => m.line)).toEqual([4]);
    expect(cutOff(read(['各位代表:', opening, '一、2025年工作回顾', '过去一年，我们坚持稳中求进、', '二、2026年工作安排', closing].join('\n')).result).map((m) => m.line)).toEqual([4]);
    // guards: a salutation with a comma; a clause before its English twin (below) stays quiet
    expect(cutOff(read(['各位代表，', '一、2025年工作回顾', opening, closing].join('\n')).result)).toEqual([]);
  });

  test('guards: an announcement before a heading (…汇报如下, …如下：), a clause before its English twin, a paragraph another continues', () => {
    for (const lines of [
      ['现将城区2020年上半年全口径预算执行的情况汇报如下', '一、全口径财政预算执行情况', closing],
      ['现将城区2020年上半年全口径预算执行的情况报告如下：', '一、全口径财政预算执行情况', closing],
      ['坚持以习近平新时代中国特色社会主义思想为指导，', 'follow the guidance of Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era,', closing],
      // a site's error line in Latin letters is no English text the Chinese runs into (cn-spc-2010-cntv-live-mojibake-heldout14)
      ['瀵逛笉璧凤紝鍙兘鏄綉缁滃師鍥犳垨鏃犳椤甸潰锛岃绋嶅悗灏濊瘯銆傚鏋滄偍鐨勬祻瑙堝櫒', '', 'CCTV.com - ERROR', '', closing],
      // a document site's chunks or a PDF's wrap: the next paragraph goes on with the sentence (no gap to tell)
      ['我们坚持稳中求进工作总基调，扎实推进各项工作，并请各位政协委员和其他', '列席人员提出意见。', closing],
    ]) {
      expect(cutOff(read(['各位代表:', opening, ...lines].join('\n')).result), lines[0]).toEqual([]);
    }
  });
});

describe('the issuer named by a news lede or a source note in the text (not in a title block)', () => {
  test('a re-post’s lede among the opening paragraphs: “区长…代表章贡区人民政府向大会报告工作” (jx-zhanggong-district-2019-news-html)', () => {
    const { front } = read(
      [
        '2月26日上午9时，章贡区第五届人民代表大会第四次会议在区行政中心隆重开幕。',
        '区委副书记、区长连天浪代表章贡区人民政府向大会报告工作。让我们一起来看看新鲜出炉的政府工作报告吧。',
        '2018年工作回顾',
        '在市委、市政府和区委的坚强领导下，全区上下深入贯彻党的十九大精神，圆满完成区五届人大三次会议确定的目标任务。',
      ].join('\n'),
      'page.txt',
      { clean: false },
    );
    expect(front.issuer).toBe('章贡区人民政府');
  });

  test('a source note: “(摘自…同志代表市人民政府在天水市七届人大一次会议上向大会作的工作报告。)” — the bare unit completed with the congress’s place', () => {
    const { front } = read(
      [
        '干的漂亮！天水市政府奋力拼搏五年，结果让人大吃一惊！',
        '(摘自2016年11月1日上午杨维俊同志代表市人民政府在天水市七届人大一次会议上向大会作的工作报告。)',
        '一、市六届政府工作回顾',
        '市六届人大一次会议以来的五年，是天水发展历程中很不平凡的五年。五年来，在省委、省政府和市委的正确领导下，我们团结拼搏。',
      ].join('\n'),
      'page.txt',
      { clean: false },
    );
    expect(front.issuer).toBe('天水市人民政府');
  });

  test('guard: a lede naming no place (“代表市人民政府向大会报告工作”) gives no issuer, and ingest warns', () => {
    const { front, result } = read(
      ['市长王某某代表市人民政府向大会报告工作。', '各位代表：', '现在，我代表市人民政府向大会报告工作，请予审议。', '一年来，我们坚持稳中求进工作总基调，经济社会发展取得新成效。'].join('\n'),
      'page.txt',
      { clean: false },
    );
    expect(front.issuer).toBeUndefined();
    expect(result.file.messages.some((m) => m.ruleId === 'missing-issuer')).toBe(true);
  });
});

describe('an excerpt’s source note under its headline (gs-tianshui-2016-clickbait-mirror-tc)', () => {
  const headline = '干的漂亮!天水市政府奋力拼搏五年,结果让人大吃一惊!'; // as the page prints it
  const text = ['一、市六届政府工作回顾', '市六届人大一次会议以来的五年，是天水发展历程中很不平凡的五年。五年来，在省委、省政府和市委的正确领导下，我们团结拼搏。'];
  test('“(摘自…日上午杨维俊同志代表市人民政府在天水市七届人大一次会议上向大会作的工作报告。)” gives the date, the speaker and the issuer, and leaves the text', () => {
    const { front, blocks } = read([headline, '(摘自2016年11月1日上午杨维俊同志代表市人民政府在天水市七届人大一次会议上向大会作的工作报告。)', ...text].join('\n'), 'page.txt', { clean: false });
    expect([front.date, front.date_source, front.speaker, front.issuer]).toEqual(['2016-11-01', 'occasion', '杨维俊', '天水市人民政府']);
    expect(blocks.some((b) => b.includes('摘自'))).toBe(false);
  });

  test('guard: a bracketed sentence under the headline that names no speaker and session stays text', () => {
    const { front, blocks } = read([headline, '（2016年11月1日上午，全市召开动员大会，部署今后五年工作。）', ...text].join('\n'), 'page.txt', { clean: false });
    expect(front.speaker).toBeUndefined();
    expect(blocks.some((b) => b.includes('全市召开动员大会'))).toBe(true);
  });
});

describe('a bare 省人民政府 completed with the one province the text names', () => {
  const page = (...text: string[]) =>
    read(['政府工作报告', '省长 吴晓军', '各位代表：', '现在，我代表省人民政府向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。', ...text].join('\n'), 'page.txt', { clean: false }).front;
  test('青海 named twice and no other province: 青海省人民政府 (qh-qinghai-2023-news-column-heldout10)', () => {
    expect(page('过去一年，青海经济运行稳中向好，青海人民生活持续改善。').issuer).toBe('青海省人民政府');
  });
  test('guards: a province named once, or two provinces (a neighbour, a compilation), give none', () => {
    expect(page('过去一年，青海经济运行稳中向好。').issuer).toBeUndefined();
    expect(page('过去一年，青海经济运行稳中向好，青海与甘肃、西藏合作不断深化。').issuer).toBeUndefined();
  });
});
