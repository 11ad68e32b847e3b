/**
 * Ingest defects found on the twenty-sixth round of held-out pages (2026-12-01):
 * the commonest case — a county's, prefecture's, city's or province's report (and
 * a congress standing committee's) on an official portal, a disclosure table, a
 * news or document site, from hosts the corpus had never seen — listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 26". Each
 * test is the page's shape reduced to a few lines; its name says what ingest did
 * before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { mentionsIn } from '../pipeline/model/places.ts';
import { readIngested } from './ingest-helpers.ts';

const opening = '现在,我代表县人民政府向大会报告工作,请予审议,并请县政协各位委员提出意见。';

describe('held-out round 26: the place of a bare unit read from the text', () => {
  test('"城镇居民和农村居民" names no 民和 (民和回族土族自治县): 永泰, named twice, is the county (was: no issuer, "several places")', () => {
    const { front } = readIngested(
      `政府工作报告\n\n各位代表:\n\n${opening}\n\n一、2023年工作回顾\n\n2023年,预计全县地区生产总值384.4亿元,增长4.1%;城镇居民和农村居民人均可支配收入分别增长7%和8%。\n\n举办首届永泰细茶节、“则徐杯”斗茶赛,打响“永泰细茶”品牌。`,
    );
    expect(front.issuer).toBe('永泰县人民政府');
  });

  test('guard: 民和 runs across words (居民和, 人民和, 农民和), the county is named by its full name only', () => {
    expect(mentionsIn('城镇居民和农村居民人均可支配收入,全县人民和社会各界').map((m) => m.text)).toEqual([]);
    expect(mentionsIn('在民和回族土族自治县第十八届人民代表大会第三次会议上').map((m) => m.text)).toEqual(['民和回族土族自治县']);
  });
});

describe('held-out round 26: titles', () => {
  test('a portal\'s article title with the session\'s year label, "政府工作报告(2024年)", is the title without the label (was: "政府工作报告（2024年）")', () => {
    const { front, blocks } = readIngested(`政府工作报告(2024年)\n来源:永泰县 时间:2024-01-04 09:32 浏览量:\n\n  各位代表:\n\n  ${opening}\n\n  一、2023年工作回顾\n\n  2023年,在市委、市政府和县委的领导下,各项工作取得新的成绩。`);
    expect(front.title).toBe('政府工作报告');
    expect(front.date).toBe('2024-01-04');
    expect(blocks[0]).toBe('各位代表：');
  });

  test('guard: a bracketed range of years stays in the title ("…规划纲要(2021—2025年)"), a bracketed day is still the date', () => {
    expect(readIngested(`某市国民经济和社会发展第十四个五年规划纲要(2021—2025年)\n\n各位代表:\n\n${opening}\n\n一、发展环境\n\n“十三五”时期,全市经济社会发展取得新的成绩。`).front.title).toBe('某市国民经济和社会发展第十四个五年规划纲要（2021—2025年）');
    const dated = readIngested(`政府工作报告(2024年1月15日)\n\n各位代表:\n\n${opening}\n\n一、2023年工作回顾\n\n2023年,各项工作取得新的成绩。`).front;
    expect(dated.title).toBe('政府工作报告');
    expect(dated.date).toBe('2024-01-15');
  });

  test('a document site\'s name for the page with a paywall label ("…政府工作报告VIP专享"), its outline, then the document\'s name over the salutation: that name is the title (was: none)', () => {
    const outline = '提纲:\n\n一、2025年工作及“十四五”回顾\n\n二、“十五五”时期奋斗目标和主要任务\n\n三、2026年工作安排\n\n  (一)坚定不移围绕向海图强真抓实干\n\n  (二)坚定不移围绕深化改革真抓实干';
    const { front, blocks } = readIngested(
      `电脑桌面\n添加公寻网到电脑桌面\n安装后可以在桌面快捷访问\n\n2026年横州市政府工作报告VIP专享\n\n${outline}\n\n\n2026年横州市政府工作报告\n\n\n各位代表:\n\n现在,我代表市人民政府,向大会报告政府工作,请予审议。\n\n一、2025年工作及“十四五”回顾\n\n2025年是很不平凡的一年。全市上下坚持稳中求进,推动全市经济稳中向好。`,
    );
    expect(front.title).toBe('2026年横州市政府工作报告');
    expect(front.issuer).toBe('横州市人民政府');
    expect(blocks.filter((b) => b.startsWith('#'))).toEqual(['## 一、2025年工作及“十四五”回顾']);
  });
});

describe('held-out round 26: furniture between the title block and the text', () => {
  const block = '政 府 工 作 报 告\n\n——2024年1月30日在内蒙古自治区第十四届人民代表大会第二次会议上\n\n自治区主席 王莉霞\n\n';
  const text = '各位代表:\n\n现在,我代表自治区人民政府,向大会报告工作,请予审议。\n\n一、过去一年工作回顾\n\n2023年,是内蒙古发展史上具有里程碑意义的一年。';

  test('a photo caption with the speaker\'s role before the name ("自治区主席王莉霞作政府工作报告。") under the speaker line is removed (was: the first paragraph)', () => {
    const { front, blocks, rules } = readIngested(`${block}自治区主席王莉霞作政府工作报告。\n\n${text}`);
    expect(front.speaker).toBe('自治区主席 王莉霞');
    expect(blocks[0]).toBe('各位代表：');
    expect(rules).toContain('caption');
  });

  test('guard: a sentence that goes on after the role, name and 作…报告 ("…作政府工作报告时指出,…") is text', () => {
    const { blocks } = readIngested(`${text}\n\n自治区主席王莉霞作政府工作报告时指出,要坚持稳中求进工作总基调。`);
    expect(blocks.at(-1)).toBe('自治区主席王莉霞作政府工作报告时指出，要坚持稳中求进工作总基调。');
  });

  test('an e-paper\'s masthead ("国内统一刊号:CN51-0018 中共甘孜州委机关报…") over a continued report is removed; the issue date is the posting\'s (was: the masthead the first paragraph, the date the title\'s)', () => {
    const { front, blocks, rules } = readIngested(
      '国内统一刊号:CN51-0018 中共甘孜州委机关报·甘孜日报社出版凝聚正能量·传播好声音\n\n\n\n\n\n\n2025年01月22日\n\n政府工作报告\n\n(上接第一版)建成道孚、新龙、色达等5个总装机180万千瓦的光伏项目,加快乡城、理塘、德格等10个县光伏项目建设。建设数字甘孜AI中台,完善平安甘孜系统集成平台。\n\n强基提质农特产业。围绕“错过一季·念想一年”,建设有机产业集群,建立甘孜标准,树立甘孜品牌。',
    );
    expect(blocks[0]).toMatch(/^建成道孚/);
    expect(rules).toContain('masthead');
    expect(front.date).toBe('2025-01-22');
    expect(front.date_source).toBe('published');
  });

  const continued = (text: string) => `2025年01月22日\n\n政府工作报告\n\n(上接第一版)${text}\n\n强基提质农特产业。围绕“错过一季·念想一年”,建设有机产业集群,建立甘孜标准,树立甘孜品牌。`;

  test('a continued copy with no unit and no leadership phrase: the one unit its 全… words speak of ("完成全州风能规划编制"), the place the text names (甘孜, often) (was: no issuer)', () => {
    expect(readIngested(continued('建设数字甘孜AI中台,完善平安甘孜系统集成平台。完成全州风能规划编制。')).front.issuer).toBe('甘孜藏族自治州人民政府');
  });

  test('guard: 全… words of two units ("全县…居全市第一") give no level, no issuer; nor does 全市场 (a word)', () => {
    expect(readIngested(continued('建设数字甘孜AI中台,完善平安甘孜系统集成平台。全县光伏装机居全市第一。')).front.issuer).toBeUndefined();
    expect(readIngested(continued('建设数字甘孜AI中台,完善平安甘孜系统集成平台。培育全市场主体。')).front.issuer).toBeUndefined();
  });

  test('guard: a date written in words under the title ("2024年3月12日") is the report\'s own (title), not the page\'s', () => {
    const { front } = readIngested(`政府工作报告\n\n2024年3月12日\n\n各位代表:\n\n${opening}\n\n一、2023年工作回顾\n\n2023年,各项工作取得新的成绩。`);
    expect(front.date).toBe('2024-03-12');
    expect(front.date_source).toBe('title');
  });

  test('guard: a sentence naming a registration (刊号) without a CN number is text', () => {
    const { blocks } = readIngested(`${text}\n\n新创办刊物3种,取得国内统一刊号。`);
    expect(blocks.at(-1)).toBe('新创办刊物3种，取得国内统一刊号。');
  });
});

describe('held-out round 26: a disclosure table without colons, its labels letter-spaced', () => {
  const table =
    '1. 当前位置:\n  2. 首页 > 政务公开 > 乌恰县人民政府 > 政府工作报告\n  3. > 正文\n\n2022年乌恰县政府工作报告\n\n索  引  号 K45899617/2023-00501 主题分类\n发布机构 乌恰县人民政府 发布日期 2023-01-31 18:42\n名        称 2022年乌恰县政府工作报告\n文        号 〔〕号 有  效  性\n来        源 乌恰县人民政府办公室\n\n';
  const report = '(2023年1月10日在乌恰县第十七届人民代表大会第三次会议上\n\n县长 木塔力甫·塞衣皮\n\n各位代表:\n\n现在,我代表乌恰县人民政府向大会作工作报告,请予审议。\n\n一、2022年工作回顾\n\n2022年,全县经济健康有序发展。';

  test('"索  引  号 K4…/2023-00501 主题分类", "名        称 …", "文        号 〔〕号 有  效  性", "来        源 …": the fields read, the empty 文号 template and empty labels not (was: no field, the table removed as the page\'s head)', () => {
    const { front } = readIngested(table + report);
    expect(front.disclosure).toEqual({ 索引号: 'K45899617/2023-00501', 发布机构: '乌恰县人民政府', 发布日期: '2023-01-31 18:42', 名称: '2022年乌恰县政府工作报告', 来源: '乌恰县人民政府办公室' });
    expect(front.title).toBe('2022年乌恰县政府工作报告');
    expect(front.occasion).toBe('2023年1月10日在乌恰县第十七届人民代表大会第三次会议上');
  });

  test('guard: a portal\'s source line with a colon ("来源:永泰县 时间:…") is still the page\'s stamp row, no disclosure field', () => {
    const { front } = readIngested(`政府工作报告\n来源:永泰县 时间:2024-01-04 09:32 浏览量:\n\n各位代表:\n\n${opening}\n\n一、2023年工作回顾\n\n2023年,各项工作取得新的成绩。`);
    expect(front.disclosure).toBeUndefined();
  });
});
