/**
 * Ingest defects found on the twenty-ninth round of held-out pages (2026-12-02): reports of
 * 2019–2022 from places and carriers the corpus had not seen (Qinghai on a Big5 news gateway,
 * a Heilongjiang district's portal with its cover notice, Hainan's 三亚 and 儋州, two Xinjiang
 * pages, 四平, the SPP's and the NDRC's reports of 2021) — listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 29". Each test is the
 * page's shape reduced to a few lines; its name says what ingest did before ("was: …").
 * Guards (precision) are named as such.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ingest } from '../pipeline/ingest/index.ts';
import { readIngested } from './ingest-helpers.ts';

const twoColumns = (text: string) => ingest(Buffer.from(text), { fileName: 'page.txt', slug: 't' }).file.messages.filter((m) => m.ruleId === 'two-columns');

describe('held-out round 29: a web page with blank lines between its lines is no two-column PDF dump', () => {
  // 麦盖提's portal page as a page saves it: every line a block between blank lines, short lines (the heading, the stamp,
  // the title block) ending with no full stop, and the paragraphs one a line.
  const page = [
    '2020政府工作报告',
    '来源:麦盖提县人民政府网 发布日期:2021-02-07 11:44 浏览次数: 字体:【大 中 小】',
    '政府工作报告',
    '——2021年1月26日在麦盖提县第十六届人民代表大会第六次会议上',
    '代县长 阿迪力·哈斯木',
    '各位代表:',
    '现在,我代表县人民政府,向大会作工作报告,请予审议,并请政协委员和其他列席会议的同志提出意见。',
    '一、“十三五”时期及2020年工作回顾',
    '“十三五”的五年,是麦盖提极不平凡的五年,是经济社会发展最快、群众得实惠最多的五年。五年来,在地委、行署和县委的坚强领导下,县人民政府团结带领全县广大干部群众,坚决执行党的路线、方针、政策。',
    '经济保持稳定增长',
    '产业结构进一步优化',
  ].join('\n\n');

  test('麦盖提\'s page (and 7 of the round\'s 10 pages; 108 of the corpus\'s 327) says nothing of two columns (was: "Unexpected two columns interleaved in lines 1–21 … a plain pdftotext dump")', () => {
    expect(twoColumns(page)).toEqual([]);
  });

  test('guard: a plain dump alternating two columns\' lines (each a printed line, none longer than a page holds) still warns', () => {
    // (深圳's gazette, plain pdftotext: the left column's and the right column's lines one after the other)
    const dump = ['13.8%,2009年达到8201亿元,居内地', '现在,我代表市人民政府向大会作', '大中城市第四位;人均生产总值达到', '政府工作报告,请予审议,并请各位政协', '13581美元,提前两年实现“十一五”', '委员和其他列席人员提出意见。', '规划目标。工业增加值年均增长', '一、过去五年工作回顾', '14.3%,达到3598亿元。全社会固定资', '过去五年,全市人民在党中央国务'].join('\n\n');
    expect(twoColumns(dump).map((m) => m.reason)).toEqual([expect.stringMatching(/^Unexpected two columns interleaved in lines 1–19/)]);
  });
});

describe('held-out round 29: a cover notice\'s number printed on its title\'s line', () => {
  const report = '政府工作报告\n——2022年1月20日在东安区第十六届人民代表大会第二次会议上\n区长 林坤\n各位代表:\n现在,我代表区人民政府向大会报告工作,请予审议,并请列席人员提出意见。\n一、过去五年和2021年工作回顾\n过去的五年,是东安区面临各种形势不断变化和有效应对各类风险挑战的五年。';
  const notice = '兴隆镇政府、各街道办事处,区政府各直属单位:\n林坤区长在牡丹江市东安区第十六届人民代表大会第二次会议上所作的《政府工作报告》,已经区十六届人大二次会议审议批准,现印发给你们,请认真贯彻落实。\n东安区人民政府办公室\n2022年2月7日';

  test('"牡东政办发〔2022〕1号 牡丹江市东安区人民政府办公室 关于印发…的通知": the number is the 文号, the rest the cover notice (was: cover_notice "牡东政办发〔2022〕1号牡丹江市…", the number glued in)', () => {
    const { front } = readIngested(`牡东政办发〔2022〕1号 牡丹江市东安区人民政府办公室 关于印发林坤区长在牡丹江市东安区第十六届 人民代表大会第二次会议上所作的 政府工作报告的通知\n${notice}\n${report}`);
    expect(front.cover_notice).toBe('牡丹江市东安区人民政府办公室关于印发林坤区长在牡丹江市东安区第十六届人民代表大会第二次会议上所作的政府工作报告的通知');
    expect(front.disclosure).toEqual({ 文号: '牡东政办发〔2022〕1号' });
    expect(front.title).toBe('政府工作报告');
  });

  test('guard: a notice\'s title line with no number (its issuer and title spaced apart) is the cover notice whole, no 文号', () => {
    const { front } = readIngested(`牡丹江市东安区人民政府办公室 关于印发政府工作报告的通知\n${notice}\n${report}`);
    expect(front.cover_notice).toBe('牡丹江市东安区人民政府办公室关于印发政府工作报告的通知');
    expect(front.disclosure).toBeUndefined();
  });
});

describe('held-out round 29: a part of the report named right over its first numbered heading', () => {
  const head = '最高人民检察院工作报告\n——2021年3月8日在第十三届全国人民代表大会第四次会议上\n最高人民检察院检察长张军\n各位代表:\n现在,我代表最高人民检察院,向大会报告工作,请予审议,并请全国政协各位委员提出意见。';
  const section = '一、积极参与国家治理,以检察保障助推中国之治\n着力推进更高水平的平安中国、法治中国建设,自觉在提升国家治理效能中担当作为。批准逮捕各类犯罪嫌疑人770561人、提起公诉1572971人。';

  test('"2020年工作回顾" over "一、…" is the part heading, 一、 under it (was: a paragraph "2020年工作回顾", 一、 at the top level)', () => {
    const { blocks } = readIngested(`${head}\n2020年工作回顾\n${section}`);
    expect(blocks.slice(2, 4)).toEqual(['## 2020年工作回顾', '### 一、积极参与国家治理，以检察保障助推中国之治']);
  });

  test('the same on the page as found: the report flattened onto one line with spaces (the SPP\'s 2021 report on quanlv66.com)', () => {
    const { blocks } = readIngested(readFileSync('test/fixtures/ingest-corpus/cn-spp-2021-wechat-follow-mirror-heldout29/input.txt', 'utf8'), 'page.txt', { clean: false });
    expect(blocks).toContain('## 2020年工作回顾');
    expect(blocks).toContain('### 一、积极参与国家治理，以检察保障助推中国之治');
  });

  test('guard: a line of another shape over 一、 (a sentence without its stop, a label) stays text; over a paragraph the part heading is found as before', () => {
    const sentence = readIngested(`${head}\n下面我报告过去一年的工作\n${section}`, 'page.txt', { clean: false });
    expect(sentence.blocks).toContain('下面我报告过去一年的工作');
    const label = readIngested(`${head}\n主要工作情况\n${section}`, 'page.txt', { clean: false });
    expect(label.blocks).toContain('主要工作情况');
    const overText = readIngested(`${head}\n2020年工作回顾\n2020年是极不平凡的一年。面对严峻复杂的国际形势和新冠肺炎疫情的严重冲击,全国检察机关坚持以习近平新时代中国特色社会主义思想为指导。\n${section}`);
    expect(overText.blocks).toContain('## 2020年工作回顾');
  });
});

describe('held-out round 29: a topic set in a field of work, "在…中…。"', () => {
  const head = '最高人民检察院工作报告\n——2021年3月8日在第十三届全国人民代表大会第四次会议上\n最高人民检察院检察长 张军\n各位代表:\n现在,我代表最高人民检察院,向大会报告工作,请予审议。\n一、积极参与国家治理,以检察保障助推中国之治';

  test('"在依法履职战疫和促进经济恢复中弘扬伟大抗疫精神。" over its paragraph is a lead (was: not marked — "在…" opens no lead)', () => {
    const { leads } = readIngested(`${head}\n坚决维护国家安全和社会安定。坚持总体国家安全观,严厉打击境内外敌对势力渗透破坏活动。\n在依法履职战疫和促进经济恢复中弘扬伟大抗疫精神。及时出台系列司法政策,指导依法追诉妨害疫情防控犯罪,筑牢抗疫法治防线。`);
    expect(leads).toEqual(['坚决维护国家安全和社会安定。', '在依法履职战疫和促进经济恢复中弘扬伟大抗疫精神。']);
  });

  test('guard: "在…领导下，…", "在…中，…" (a comma), "在此…", a figure, and a long sentence open no lead', () => {
    for (const opening of [
      '在党中央的坚强领导下，全国检察机关忠实履行法律监督职责。',
      '在服务大局中，我们坚持依法履职。',
      '在此过程中发现问题线索。',
      '在全国3000个检察院中推广试点经验。',
      '在依法履职战疫和促进经济恢复发展和维护社会大局持续稳定长期稳定中弘扬伟大抗疫精神。',
    ]) {
      expect(readIngested(`${head}\n${opening}及时出台系列司法政策,指导依法追诉妨害疫情防控犯罪,筑牢抗疫法治防线。`, 'page.txt', { clean: false }).leads, opening).toEqual([]);
    }
  });
});

describe('held-out round 29: a news lede that gives the occasion, and the label naming the text under it', () => {
  const lede = '中商情報網訊:2021年1月30日在青海省第十三屆人民代表大會第六次會議上《青海省政府工作報告》,《報告》包括2020年和“十三五”工作回顧、“十四五”主要目標任務和二〇三五年遠景目標、2021年重點工作任務、加強政府自身建設等四個部分。';
  const body = '一、2020年和“十三五”工作回顧\n剛剛過去的一年,是青海發展史上極不平凡的一年。面對錯綜復雜的國內外形勢和諸多困難挑戰,我們堅持以習近平新時代中國特色社會主義思想為指導,在黨中央、國務院和省委的堅強領導下,克難奮進、勇毅前行。經過全省上下共同努力,1個月內實現確診患者全部治愈出院。';

  test('青海: the lede\'s rest is the page\'s, "《青海省政府工作報告》全文" the title, the province the issuer (was: both lines in the text, no title, no issuer)', () => {
    const { front, blocks, result } = readIngested(`2021年青海省《政府工作報告》(附全文) 發布時間:2021-02-22 10:16\n\n${lede}\n\n《青海省政府工作報告》全文\n\n${body}`);
    expect(front.title).toBe('青海省政府工作報告');
    expect(front.issuer).toBe('青海省人民政府');
    expect(front.occasion).toBe('2021年1月30日在青海省第十三屆人民代表大會第六次會議上');
    expect(blocks[0]).toBe('## 一、2020年和“十三五”工作回顧');
    // (nothing unsaid: the lede's rest is reported at its line as the page's head)
    expect(result.file.messages.filter((m) => m.ruleId === 'page-head').map((m) => m.line)).toContain(3);
  });

  test('guard: a flattened block\'s rest (no dateline before the occasion) goes back to the text as before; a label under a block with its title is the page\'s, the title stays', () => {
    const flat = readIngested('政府工作报告 ——2021年1月30日在青海省第十三届人民代表大会第六次会议上 省长 信长星 各位代表: 现在,我代表省人民政府,向大会报告工作,请予审议。\n一、2020年工作回顾\n刚刚过去的一年,是青海发展史上极不平凡的一年。', 'page.txt', { clean: false });
    expect(flat.blocks.some((b) => b.includes('现在，我代表省人民政府'))).toBe(true);
    const titled = readIngested(`政府工作报告\n——2021年1月30日在青海省第十三届人民代表大会第六次会议上\n省长 信长星\n《青海省政府工作报告》全文\n${body}`, 'page.txt', { clean: false });
    expect(titled.front.title).toBe('政府工作报告');
    expect(titled.blocks.some((b) => b.includes('全文'))).toBe(false);
  });
});

describe('held-out round 29: a company\'s news column carrying a report', () => {
  const body = '一、过去五年工作回顾\n过去五年,是儋州洋浦发展进程中极不平凡的五年。五年来,在省委、省政府和儋州市委、洋浦工委的坚强领导下,儋州洋浦上下坚持以习近平新时代中国特色社会主义思想为指导,经济社会发生了历史性的变化。';

  test('"儋州政府工作报告2022主要工作任务" is the company\'s headline, "2022-03-09 公司新闻" its date and column: no title, no date, the text from 一、, its government the issuer (was: the headline the title, the row the first paragraph)', () => {
    const { front, blocks } = readIngested(`儋州政府工作报告2022主要工作任务\n\n2022-03-09 公司新闻\n\n${body}`);
    expect(front.title || undefined).toBeUndefined();
    expect(front.date).toBeUndefined();
    expect(front.issuer).toBe('儋州市人民政府');
    expect(blocks[0]).toBe('## 一、过去五年工作回顾');
  });

  test('guard: a year-prefixed title with 全文 stays the title; a dated line of text stays text; a headline naming no government\'s report gives no issuer', () => {
    expect(readIngested(`2015年武汉市政府工作报告全文\n${body}`, 'page.txt', { clean: false }).front.title).toBe('2015年武汉市政府工作报告全文');
    expect(readIngested(`政府工作报告\n各位代表:\n${body}\n2022-03-09 召开全市经济工作会议。\n以上报告,请予审议。`, 'page.txt', { clean: false }).blocks).toContain('2022-03-09召开全市经济工作会议。');
    expect(readIngested(`儋州新闻2022主要工作任务\n\n2022-03-09 公司新闻\n\n${body}`, 'page.txt', { clean: false }).front.issuer).toBeUndefined();
  });
});

describe('held-out round 29: the leadership words of a page in traditional characters', () => {
  test('"在黨中央、國務院和省委的堅強領導下" under "《青海省政府工作報告》全文" gives the province\'s government (was: no issuer — toSimplified leaves "堅強領导", which the level rule did not read; 青海\'s page was placed only by its "全省")', () => {
    const { front } = readIngested('中商情報網訊:2021年1月30日在青海省第十三屆人民代表大會第六次會議上《青海省政府工作報告》,《報告》包括四個部分。\n\n《青海省政府工作報告》全文\n\n一、2020年和“十三五”工作回顧\n剛剛過去的一年,是青海發展史上極不平凡的一年。我們堅持以習近平新時代中國特色社會主義思想為指導,在黨中央、國務院和省委的堅強領導下,克難奮進、勇毅前行。');
    expect(front.issuer).toBe('青海省人民政府');
  });

  test('guard: the same words under the State Council\'s leadership alone ("在黨中央、國務院的堅強領導下") name no level', () => {
    const { front } = readIngested('2021年政府工作報告全文\n\n一、2020年工作回顧\n剛剛過去的一年,是極不平凡的一年。我們堅持以習近平新時代中國特色社會主義思想為指導,在黨中央、國務院的堅強領導下,克難奮進、勇毅前行。', 'page.txt', { clean: false });
    expect(front.issuer).toBeUndefined();
  });
});
