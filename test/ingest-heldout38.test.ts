/**
 * Held-out round 38 (2026-12-02): pages a search for a report finds that are NOT the report — a county court's news of
 * its report (on its county's portal, on a legal-news site with the report's parts as its subheads, on a traditional
 * mirror), a congress's resolution on a court's and on a standing committee's report, a district procuratorate's news,
 * a county paper's keyword digest, a district paper's commentary, two pages listing a 街道办事处's duties — kept as found
 * in test/fixtures/ingest-not-the-report/<case>/ (input.txt, the search tool's excerpt; expected.yaml, written by hand
 * before ingesting); and one report text, a 开发区's (test/fixtures/ingest-corpus/, scored there). Listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 38". Each reduced test is the page's shape in a few
 * lines; its name says what ingest did before ("was: …"). Guards are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, story } from './ingest-helpers.ts';

describe('held-out round 38: a court\'s news of its report', () => {
  test('"院长陈广军在会上作法院工作报告" and "《报告》从…六个方面回顾了…": who delivered it, what it said (rmfzw.org.cn; was: a report, no message)', () => {
    const page = [
      '1月7日上午,华池县第十九届人民代表大会第四次会议举行第二次全体会议,华池县人民法院党组书记、院长陈广军在会上作法院工作报告,回顾总结2024年法院工作。',
      '2024年工作回顾',
      '《报告》从培根铸魂,在政治忠诚上见行见效;心怀大局,在护航发展上见行见效;明纪守规,在廉洁司法上见行见效六个方面回顾了华池法院2024年的工作。',
    ].join('\n');
    expect(story(page)[0]?.reason).toContain('“院长陈广军在会上作法院工作报告” (line 1: who delivered the report), “报告》从培根铸魂');
  });

  test('a news dateline with the reporters in brackets and the day ("中新河南網(江松 董媛媛)1月23日,"), "與會代表一致認為", "代表們充分肯定" (pl4xbd.cn, traditional; was: no message)', () => {
    const dateline = ['中新河南網(江松 董媛媛)1月23日,在寶豐縣第十六屆人民代表大會第四次會議上,寶豐縣人民法院院長李明所作的法院工作報告獲全票通過。', '2023年,寶豐法院堅持以習近平新時代中國特色社會主義思想為指導,不斷推動法院工作取得新進展。'].join('\n');
    // (the dateline opening the page is enough alone, also when its paragraph is quoted for what else it tells)
    expect(story(dateline).map((m) => m.line)).toEqual([1]);
    expect(story(dateline)[0].reason).toContain('“院長李明所作的法院工作報告” (line 1: who delivered the report), and nowhere');
    const deputies = ['2023年,寶豐法院堅持以習近平新時代中國特色社會主義思想為指導,不斷推動法院工作取得新進展。', '與會代表一致認為,寶豐法院工作報告政治站位高、內容豐富、重點突出。', '會議審議期間,代表們充分肯定寶豐法院工作。'].join('\n');
    expect(story(deputies)[0]?.reason).toContain('“與會代表一致認為” (line 2: the deputies discussing it), “代表們充分肯定” (line 3: the deputies discussing it)');
  });

  test('guard: a report naming the county paper and a deputy\'s words in its own sentence is no story', () => {
    const page = ['2024年,全县新闻宣传工作成效明显,在河南日报(头版)1月23日刊发我县经验。', '本院广泛听取与会代表意见建议,逐条研究落实。'].join('\n');
    expect(story(page)).toEqual([]);
  });
});

describe('held-out round 38: a paper\'s commentary and digest of the report', () => {
  test('a commentator\'s byline and "细读…政府工作报告" (qjszb.cqqjnews.cn; was: a report titled by the page row, no message)', () => {
    const page = ['——数读政府工作报告中的民生情怀(上)', '版次:01 来源: 2025年01月22日', '特约评论员 马各驰', '家事国事天下事,让人民过上幸福生活是政府的头等大事。', '细读2025年的綦江区人民政府工作报告,区政府竭尽全力,让綦江老百姓过上幸福生活的民生情怀,暖了百姓的心。'].join('\n');
    expect(story(page)[0]?.reason).toContain('“特约评论员马各驰” (line 3: commentary on it), “细读2025年的綦江区人民政府工作报告” (line 5: commentary on it)');
  });

  test('a digest "为你来解读" with its keywords in 【】 (xyxww.com; was: no message)', () => {
    const page = [
      '12月24日,县十八届人大五次会议开幕。备受关注的政府工作报告都有什么内容?今报为你来解读……',
      '【和】社会和谐治理有效 完成18个乡镇综治中心规范化建设;',
      '【美】生态优美绿色发展 获评国家级生态文明建设示范区;',
    ].join('\n');
    expect(story(page)[0]?.reason).toContain('“为你来解读” (line 1: commentary on it), “【和】” (line 2: commentary on it)');
  });

  test('guard: a report\'s own 评论员 in a sentence and its boxes\' labels in 【】 (【专栏】, 【图表】) tell nothing', () => {
    expect(story(['聘请特约评论员12名,开展网络评论引导。', '【专栏】2025年十件民生实事,全部按期完成,群众满意度达到98%。', '【图表】主要指标完成情况:地区生产总值增长5.2%。'].join('\n'))).toEqual([]);
  });

  test('guard: 细读 of a report\'s own papers across a comma, and 通读 of the Party congress\'s report, tell nothing', () => {
    expect(story(['组织干部细读文件,撰写学习体会和调研报告12篇。', '组织全体干部通读党的二十大报告,撰写心得体会。', '细读政策,形成工作报告3份。'].join('\n'))).toEqual([]);
  });
});

describe('held-out round 38: a page listing an office\'s duties', () => {
  test('"…是市政府的派出机构…主要工作职责是:" and "承办上级…交办的其它工作" (121.41.188.88; was: a report with only missing-field warnings)', () => {
    const page = [
      '街道办事处是市政府的派出机构,市政府直接领导,负责辖区内社会服务、治安保卫等行政管理工作。主要工作职责是:',
      '一、贯彻上级党委、人民政府的决议、决定,对居民进行思想、政治教育和社会主义法制教育;',
      '二、负责辖区内社会治安综合治理工作和计划生育工作;',
      '三、承办上级市委、市政府交办的其它工作。',
    ].join('\n');
    expect(story(page)[0]?.reason).toContain('(line 1: an office\'s duties), “承办上级市委、市政府交办的其它工作” (line 4: an office\'s duties)');
  });

  test('"…受区人民政府领导;" and "…的主要职能是:" (m.phb7.com; was: no message)', () => {
    const page = ['街道办事处是由区人民政府管理,受区人民政府领导;', '街道办事处的主要职能是:', '1、贯彻执行党和国家的路线方针、政策以及市、区关于街道工作方面的指示,制订具体的管理办法并组织实施;'].join('\n');
    expect(story(page)[0]?.reason).toContain('“受区人民政府领导；” (line 1: an office\'s duties), “主要职能是：” (line 2: an office\'s duties)');
  });

  test('guard: a report that names its office\'s duties in a sentence and what it did is no list of duties', () => {
    const page = ['街道办事处认真履行主要职责,全年完成上级交办的各项工作任务。', '认真承办区委、区政府交办的各项任务38件,街道办事处是区政府的派出机关的作用充分发挥。', '在区委、区政府的坚强领导下,街道各项工作取得新成效。'].join('\n');
    expect(story(page)).toEqual([]);
  });
});

describe('held-out round 38: a writing site\'s label with its page number', () => {
  const page = (label: string) =>
    [label, '', '时间:2021-08-31', '', '二、2018年工作总体要求和目标任务', '', '  2018年,是全面深化改革的开局之年,也是深化开发区整合提升、加快转型升级的关键之年。'].join('\n');

  test('"开发区管委会年度工作总结范文(2)" is the site\'s label of a paged copy, no title (m.010zaixian.com; was: the title)', () => {
    const { front } = readIngested(page('开发区管委会年度工作总结范文(2)'));
    expect(front.title || undefined).toBeUndefined();
  });

  test('guard: a document\'s own name with a number in brackets and no 范文 stays the title', () => {
    const { front } = readIngested(page('开发区管委会2018年工作报告(2)'));
    expect(front.title).toBe('开发区管委会2018年工作报告');
  });
});
