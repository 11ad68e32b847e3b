/**
 * Held-out round 43 (2026-12-03): report texts of kinds the corpus had few of — a 2026 district report of 甘肃 on its
 * disclosure portal, 内蒙古's 2025 report in traditional characters, a township's own 2026 budget report, a masked town report
 * flattened behind a writing site's anti-copy stamp, a 开发区's staff-meeting speech, an old county review, a township's year
 * summary (test/fixtures/ingest-corpus/, scored there) — and pages that are not the report (test/fixtures/ingest-not-the-report/).
 * Listed in test/fixtures/ingest-corpus/README.md under "Held-out pages, round 43". Each reduced test is the page's shape in a
 * few lines; its name says what ingest did before ("was: …"). Guards are named as such.
 */
import { describe, expect, test } from 'vitest';
import { ingest } from '../pipeline/ingest/index.ts';
import { story } from './ingest-helpers.ts';

const read = (lines: string[]) => ingest(Buffer.from(lines.join('\n')), { fileName: 'page.txt', slug: 'page' });
const paragraphs = (lines: string[]) => read(lines).blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);

describe("held-out round 43: a label and a web address glued to the text are no address alone", () => {
  test('"…库:https://…/。…各位代表:现在,我代表…" is kept: the line is more than its address (xinyuwenchuang.cn; was: removed whole as a URL, the title, salutation and opening with it)', () => {
    const page = ['素材库:https://www.example.cn/。XX镇政府工作报告各位代表现在我代表镇人民政府向大会报告政府工作请予审议', '', '一、2022年工作回顾', '', '刚刚过去的一年,镇政府在县委县政府和镇党委的坚强领导下,较好的完成了年初确定的各项目标任务。'];
    expect(read(page).markdown).toContain('我代表镇人民政府向大会报告政府工作请予审议');
  });

  test('guard: a label and an address alone are still the page\'s ("Original URL: http://…", "本文地址:…")', () => {
    const page = ['Original URL: https://www.example.cn/a/1.html', '政府工作报告', '', '各位代表:', '', '现在,我代表县人民政府向大会报告工作,请予审议。'];
    const result = read(page);
    expect(result.blocks.map((b) => b.text).join('\n')).not.toContain('example.cn');
    expect(result.frontMatter.source).toBe('https://www.example.cn/a/1.html');
  });

  test('guard: an address with a note in brackets after it is still the site\'s ("网址:www.bangongwenku.com(电脑浏览器打开更方便)", he-hebei-2023-compilation)', () => {
    const page = ['政府工作报告', '', '各位代表:', '', '现在,我代表省人民政府向大会报告工作,请予审议。', '', '壹号秘书办公文库网址:www.example.com(电脑浏览器打开更方便)', '', '一、过去一年工作回顾', '', '过去一年,我们坚持稳中求进工作总基调,全省经济社会发展取得新成绩。'];
    expect(read(page).blocks.map((b) => b.text).join('\n')).not.toContain('电脑浏览器打开更方便');
  });
});

describe("held-out round 43: a writing site's anti-copy stamp glued before a flattened page's title", () => {
  const page = [
    '二心语文}创%素材[库:https://www.xinyuwenchuang.cn/。公众@号:笔杆子星域。整理汇总。XX镇2023年政府工作报告各位代表:现在,我代表镇人民政府,向大会报告政府工作,请予审议,并请各位列席人员提出意见和建议。一、2022年工作回顾刚刚过去的一年,面对经济下行压力加大、新冠疫情影响反复、社会形势复杂严峻等诸多挑战,镇政府在县委县政府和镇党委的坚强领导下,坚持以习近平新时代中国特色社会主义思想为指导,较好的完成了年初确定的各项目标任务,实现了“十四五”的良好起步。',
  ];
  test('the stamp is the site\'s, the title after it the title, the text from "各位代表:" (was: no title, the stamp opening the first paragraph)', () => {
    const result = read(page);
    expect(result.frontMatter.title).toBe('XX镇2023年政府工作报告');
    expect(result.blocks.map((b) => b.text).join('\n')).not.toMatch(/xinyuwenchuang|笔杆子星域|整理汇总/);
    expect(paragraphs(page)[0]).toMatch(/^各位代表：现在，我代表镇人民政府/);
  });

  test('guard: a sentence of the text that names a web address stays ("详见县政府网站:http://…。联系电话:…" has no stamp\'s label)', () => {
    const text = ['政府工作报告', '', '各位代表:', '', '现在,我代表县人民政府向大会报告工作,请予审议。', '', '详见县政府网(http://www.example.gov.cn/)。全县群众可以通过网站留言,对政府工作提出意见和建议,我们将认真研究办理。'];
    expect(read(text).markdown).toContain('详见县政府网');
  });
});

describe('held-out round 43: the place of a town or a masked place in the title', () => {
  test('"XX镇2023年政府工作报告" over "我代表镇人民政府": XX镇人民政府 (xinyuwenchuang.cn; was: no issuer)', () => {
    const page = ['XX镇2023年政府工作报告', '', '各位代表:', '', '现在,我代表镇人民政府,向大会报告政府工作,请予审议,并请各位列席人员提出意见和建议。'];
    expect(read(page).frontMatter.issuer).toBe('XX镇人民政府');
  });

  test('"桥头镇2023年政府工作报告" the same with its name (was: no issuer)', () => {
    const page = ['桥头镇2023年政府工作报告', '', '各位代表:', '', '现在,我代表镇人民政府,向大会报告政府工作,请予审议,并请各位列席人员提出意见和建议。'];
    expect(read(page).frontMatter.issuer).toBe('桥头镇人民政府');
  });

  test('guard: "2023年镇政府工作报告" names no place (the bare unit): no issuer, not "镇人民政府"', () => {
    const page = ['2023年镇政府工作报告', '', '各位代表:', '', '现在,我代表镇人民政府,向大会报告政府工作,请予审议,并请各位列席人员提出意见和建议。'];
    expect(read(page).frontMatter.issuer).toBeUndefined();
  });
});

describe("held-out round 43: a disclosure table's 是否有效", () => {
  test('"| 生成日期 | 2026-02-04 09:30:48 | 是否有效 | 是 |": both fields (www.gsgz.gov.cn; was: 是否有效 lost)', () => {
    const page = [
      '| 索引号 | 620702001/2026-00010 | 发文字号 | |',
      '| 关键词 | 发布机构 | 政府办 | |',
      '| 生成日期 | 2026-02-04 09:30:48 | 是否有效 | 是 |',
      '政 府 工 作 报 告',
      '——2026年1月27日在张掖市甘州区第十九届',
      '人民代表大会第五次会议上',
      '甘州区人民政府代理区长 张勇',
      '各位代表:',
      '现在,我代表区人民政府,向大会报告工作,请予审议,并请各位政协委员和列席人员提出意见。',
    ];
    expect(read(page).frontMatter.disclosure).toMatchObject({ 生成日期: '2026-02-04 09:30:48', 是否有效: '是' });
  });
});

describe("held-out round 43: a court portal's story of a county court's report", () => {
  const page = [
    '【基层两会】蒋军平在灵台县第十七届人民代表大会第四次会议上作法院工作报告',
    '',
    '1月6日,灵台县第十七届人大五次会议召开,灵台县法院蒋军平院长作了《灵台县人民法院工作报告》,受到与会人大代表的高度评价,报告获全票通过。',
    '',
    '2019年,灵台县人民法院在县委的正确领导和上级法院的有力指导下,忠实履行宪法法律赋予的职责,各项工作取得了新成效。全年共受理各类案件2904件,同比增加961件。',
  ];
  test('the name before the role ("蒋军平院长作了《…报告》") and "报告获全票通过" tell of the report: a story (pingliang.chinagscourt.gov.cn; was: read as the report)', () => {
    const [warning, ...more] = story(page.join('\n'));
    expect(more).toEqual([]);
    expect(warning?.reason).toContain('“蒋军平院长作了《灵台县人民法院工作报告” (line 3: who delivered the report)');
  });

  test('guard: an office before its head is no name ("县法院院长作了…"), and one telling is not enough', () => {
    const one = ['灵台县法院院长作了《灵台县人民法院工作报告》。', '', page[4]];
    expect(story(one.join('\n'))).toEqual([]);
  });
});

describe("held-out round 43: a notice dividing a report's tasks", () => {
  const page = [
    '重庆市万盛经开区管委会办公室关于印发2025年管委会工作报告目标任务分解方案的通知',
    '各镇人民政府,各街道办事处,管委会各部门,区属国有重点企业,驻经开区有关单位:',
    '《2025年管委会工作报告目标任务分解方案》已经管委会同意,现印发给你们,并提出以下工作要求,请认真贯彻执行。',
    '一、强化政治担当,切实抓好任务落地',
    '今年是“十四五”规划的收官之年,做好各项工作意义重大。全区各级各部门要坚持以习近平新时代中国特色社会主义思想为指导,推动万盛高质量发展迈出坚实步伐。',
  ];
  test('its title and "…分解方案》…现印发给你们" say it is a notice about the report (ws.cq.gov.cn; was: read as the report, titled by the notice)', () => {
    const [warning] = story(page.join('\n'));
    expect(warning?.reason).toMatch(/a notice dividing its tasks/);
  });

  test('guard: a cover notice over the report\'s text (its speaker\'s voice) is the report', () => {
    const cover = ['各乡镇人民政府,县政府各部门:', '《政府工作报告》已经县十八届人民代表大会第五次会议审议通过,现印发给你们,请结合实际,认真抓好落实。', '政府工作报告', '各位代表:', '现在,我代表县人民政府向大会报告工作,请予审议。'];
    expect(story(cover.join('\n'))).toEqual([]);
  });
});

describe('held-out round 43: the period anaphora in traditional characters', () => {
  test('"一年來，我們大力興產業、提效益，循環經濟加快發展。" opens with its lead, as "一年来，我们…" does (sn-pingli-county-2016-mirror-tc, a known gap closed; was: no lead)', () => {
    const page = ['政府工作報告', '', '各位代表:', '', '現在,我代表縣人民政府向大會報告工作,請予審議。', '', '一年來,我們大力興產業、提效益,循環經濟加快發展。全縣規模以上工業企業達到45戶,完成工業增加值32億元,增長15%。'];
    const lead = read(page).blocks.find((b) => b.lead);
    expect(lead?.text.slice(0, lead.lead)).toBe('一年來，我們大力興產業、提效益，循環經濟加快發展。');
  });

  // (stop 42: a known gap when written; closed by structure.ts anaphoraLength — the leader named with his title counts as the title,
  // 34 — so the guard now expects the lead; a sentence still over the limit so counted is guarded in test/ingest-mends42.test.ts)
  test('内蒙古\'s "一年來,我們牢記習近平總書記…取得新成效。" (37 Han characters printed) is a lead, the name counted with its title alone', () => {
    const page = ['政府工作報告', '', '各位代表:', '', '現在,我代表自治區人民政府向大會報告工作,請予審議。', '', '一年來,我們牢記習近平總書記殷殷囑托,推動全方位建設模范自治區和“五大任務”取得新成效。緊緊圍繞鑄牢中華民族共同體意識工作主線,深入落實自治區黨委全方位部署。'];
    expect(read(page).blocks.filter((b) => b.lead).map((b) => b.text.slice(0, b.lead))).toEqual(['一年來，我們牢記習近平總書記殷殷囑托，推動全方位建設模范自治區和“五大任務”取得新成效。']);
  });
});
