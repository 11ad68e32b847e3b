/**
 * Ingest defects found on the thirtieth round of held-out pages (2026-12-02): reports of
 * 2022–2025 from nine hosts the corpus had not seen — a city's and a county-level city's
 * procuratorate, a district court, two audit work reports (one a results notice, one masked by a
 * tender site), a district's mid-year plan execution report, a city congress standing committee,
 * a city CPPCC standing committee and a traditional fragment of 西藏's 2025 report — listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 30". Each test is the page's
 * shape reduced to a few lines; its name says what ingest did before ("was: …"). Guards
 * (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

describe('held-out round 30: an image\'s file name alone on its line is the page\'s, not the report\'s', () => {
  // 绍兴's congress portal: the title block, the stamp row, then the photo's file name and its caption over the salutation.
  const page = (line: string) =>
    [
      '绍兴市人民代表大会常务委员会工作报告',
      '2025年1月21日在绍兴市第九届人民代表大会第五次会议上',
      '信息来源:绍兴市人大 日期:2025-02-08 11:48 浏览次数: 字号:[ ]',
      line,
      '  谭志桂作工作报告。 记者 梁永锋 摄',
      '各位代表:',
      '受绍兴市人民代表大会常务委员会的委托,现在,我向大会报告工作,请予审议。',
      '一、2024年主要工作',
      '2024年是中华人民共和国成立75周年,是人民代表大会制度建立70周年。',
    ].join('\n');

  test('"2 (1).jpg" over the caption is removed and reported (was: the first paragraph of the text, before the salutation)', () => {
    const { blocks, result } = readIngested(page('2 (1).jpg'));
    expect(blocks[0]).toBe('各位代表：');
    expect(blocks.join('\n')).not.toContain('jpg');
    expect(result.file.messages.find((m) => m.ruleId === 'image-name')?.reason).toContain('2 (1).jpg');
  });

  test('the same for a camera\'s or a chat app\'s name ("微信图片_20240701084817.jpg", "IMG_2301.JPEG", "图1.png")', () => {
    for (const name of ['微信图片_20240701084817.jpg', 'IMG_2301.JPEG', '图1.png']) {
      expect(readIngested(page(name)).blocks.join('\n')).not.toContain(name);
    }
  });

  test('guard: a sentence that names an image file (a clause, a stop) stays text', () => {
    const sentence = '会议审议了城市风貌规划效果图,详见附图1.jpg。';
    const { blocks } = readIngested(`${page('')}\n${sentence}`);
    expect(blocks).toContain(sentence.replace(/,/g, '，'));
  });
});

describe('held-out round 30: a speaker whose role carries a bracketed qualifier', () => {
  // 官渡区's mid-year plan report to the standing committee: the deputy district head reports as a NOMINEE.
  const page = (speaker: string) =>
    [
      '昆明市官渡区人民政府关于官渡区2023年上半年国民经济和社会发展计划执行情况的报告',
      '——2023年8月31日在区第十七届人大常委会第十五次会议上',
      speaker,
      '尊敬的赵主任、各位副主任、各位委员:',
      '受李德鸿区长委托,我代表区人民政府,向本次会议报告官渡区2023年上半年国民经济和社会发展计划执行情况,请予审议。',
      '一、2023年上半年国民经济和社会发展计划执行情况',
      '2023年以来,区政府认真贯彻落实党中央、省委、省政府、市委、市政府及区委各项决策部署,全区经济社会发展取得积极成效。',
    ].join('\n');

  test('"官渡区人民政府副区长(提名人选) 吴小军" is the speaker, the text starts at the salutation (was: no speaker, the line the first paragraph)', () => {
    const { front, blocks } = readIngested(page('官渡区人民政府副区长(提名人选) 吴小军'));
    expect(front.speaker).toBe('官渡区人民政府副区长(提名人选) 吴小军');
    expect(blocks[0]).toBe('尊敬的赵主任、各位副主任、各位委员：');
  });

  test('the same with full-width brackets and the name glued ("副区长（提名人选）吴小军")', () => {
    expect(readIngested(page('官渡区人民政府副区长（提名人选）吴小军')).front.speaker).toBe('官渡区人民政府副区长（提名人选） 吴小军');
  });

  test('guard: a bracket that is no qualifier of the role (a sentence in it, or more than a few characters) makes no speaker', () => {
    const { front, blocks } = readIngested(page('官渡区人民政府副区长(受区长委托向会议作报告) 吴小军'));
    expect(front.speaker).toBeUndefined();
    expect(blocks[0]).toBe('官渡区人民政府副区长（受区长委托向会议作报告）吴小军');
  });
});

describe('held-out round 30: a title block a site masked with asterisks', () => {
  // A tender site's copy of a county audit work report: "*" runs over the place ("2025年9月26****人大常委会…",
  // "****审计局局长 熊武"), the excerpt starting at the occasion.
  const page = (occasion: string, speaker = '****审计局局长 熊武') =>
    [
      occasion,
      speaker,
      '县人大常委会:',
      '按照有****人大常委会安排,受县政府委托,现就我县2024年度县级预算执行和其他财政支出的审计情况报告如下,请审议。',
      '2024年8月以来,以推动经济高质量发展为目标,县审计局重点对28个单位开展了立项审计,并延伸审计调查单位88个。',
    ].join('\n');

  test('"2025年9月26****人大常委会第十三次会议上" is the occasion and dates the report, the masked role and name the speaker (was: the title; no date, occasion or speaker; the speaker line the first paragraph)', () => {
    const { front, blocks } = readIngested(page('2025年9月26****人大常委会第十三次会议上'));
    expect(front.title ?? '').toBe('');
    expect(front.occasion).toBe('2025年9月26****人大常委会第十三次会议上');
    expect(front.date).toBe('2025-09-26');
    expect(front.date_source).toBe('occasion');
    expect(front.speaker).toBe('****审计局局长 熊武');
    expect(blocks[0]).toBe('县人大常委会：');
  });

  test('the same with the subtitle dash and the day\'s 日 printed ("——2025年9月26日**县第**届人大常委会第十三次会议上")', () => {
    const { front } = readIngested(page('——2025年9月26日**县第**届人大常委会第十三次会议上'));
    expect(front.occasion).toBe('2025年9月26日**县第**届人大常委会第十三次会议上');
    expect(front.date).toBe('2025-09-26');
  });

  test('guard: a date and a mask that end in no session (a sentence, a stamp) are no occasion', () => {
    const { front } = readIngested(page('2025年9月26****发布', '县审计局'));
    expect(front.occasion).toBeUndefined();
    expect(front.date_source).not.toBe('occasion');
  });
});

describe('held-out round 30: a masked role names no issuer', () => {
  const page = (speaker: string) =>
    ['2025年9月26****人大常委会第十三次会议上', speaker, '县人大常委会:', '按照有****人大常委会安排,受县政府委托,现就我县2024年度县级预算执行和其他财政支出的审计情况报告如下,请审议。'].join('\n');

  test('"****审计局局长 熊武": no issuer, and the warning says how to give one (was: issuer "****审计局")', () => {
    const { front, result } = readIngested(page('****审计局局长 熊武'));
    expect(front.issuer).toBeUndefined();
    expect(result.file.messages.some((m) => m.ruleId === 'missing-issuer')).toBe(true);
  });

  test('guard: the role printed whole names its bureau as before ("某某县审计局局长 熊武" → 某某县审计局)', () => {
    expect(readIngested(page('宁蒗县审计局局长 熊武')).front.issuer).toBe('宁蒗县审计局');
  });
});

describe('held-out round 30: a page cut in the first words of the next topic says so', () => {
  // 凌海's procuratorate: the excerpt stops seven characters into the next topic paragraph, after a paragraph opening
  // with its lead sentence.
  const page = (last: string) =>
    [
      '市人民检察院工作报告',
      '——2025年12月31日在凌海市第七届人民代表大会第六次会议上',
      '凌海市人民检察院检察长 马量',
      '各位代表:',
      '现在,我代表市人民检察院向大会报告工作,请予审议,并请市政协委员提出意见。',
      '一、忠诚履职,在服务大局中彰显检察担当',
      '维护国家安全和社会稳定。坚持总体国家安全观,把捍卫国家安全摆在更加突出位置,全年批准逮捕各类刑事犯罪嫌疑人146人,提起公诉287人。',
      '用心用情化解矛盾风险。充分发挥矛盾化解治理前哨作用,全年受理群众来信来访241件次,连续五年“群众信访件件有回复”保持100%。',
      last,
    ].join('\n');
  const cut = (text: string) => readIngested(text).result.file.messages.filter((m) => m.ruleId === 'cut-off').map((m) => m.reason);

  test('"助力营造一流营" after a lead paragraph: the page looks cut off, said at its line (was: nothing said — a cut page read as the whole report)', () => {
    expect(cut(page('助力营造一流营'))).toEqual([expect.stringMatching(/^Unexpected end of the report mid-sentence \(“…助力营造一流营”\)/)]);
  });

  test('guard: a closing line under the text (a formula, the organ\'s signature, a date) says nothing of a cut', () => {
    for (const closing of ['特此报告', '凌海市人民检察院', '2025年12月31日']) expect(cut(page(closing))).toEqual([]);
  });
});

describe('held-out round 30: a report on a year\'s accounts is published the year after, or later', () => {
  // 鹤山区's portal: an audit work report on 2024 posted as a results notice in January 2026, no other date on the page.
  const page = (title: string) =>
    [
      '当前位置: 首页 > 新闻动态 > 公示公告',
      title,
      '发布时间:2026年01月15日 15:08 来源:鹤山区人民政府 浏览次数:',
      '受区人民政府委托,区审计局局长于慧敏向十二届人大常委会第二十四次会议作《关于2024年度区级预算执行和其他财政收支审计的审计工作报告》,现将有关审计结果公告如下。',
      '按照《中华人民共和国审计法》及相关法律法规规定,区审计局依法审计了2024年度区级预算执行和其他财政收支情况。',
      '一、区级财政预算执行审计情况',
      '重点对区本级财政预算执行情况进行了审计。从审计情况看,区级预算执行情况总体较好。',
    ].join('\n');

  test('"关于2024年度区级预算执行和其他财政收支的审计工作报告" under a stamp of 2026-01-15: the publication date (was: refused as "years after the report", no date)', () => {
    const { front } = readIngested(page('关于2024年度区级预算执行和其他财政收支的审计工作报告'));
    expect(front.date).toBe('2026-01-15');
    expect(front.date_source).toBe('published');
  });

  test('guard: a stamp three years after the year of account, or two after a work report\'s year, is still a copy\'s posting time', () => {
    const later = readIngested(page('关于2023年度区级预算执行和其他财政收支的审计工作报告').replace(/2024年度/g, '2023年度'));
    expect(later.front.date).toBeUndefined();
    const work = readIngested(page('2024年政府工作报告').replace(/2024年度/g, '2024年'));
    expect(work.front.date).toBeUndefined();
  });
});

describe('held-out round 30: an account of what was done to what opens no lead', () => {
  const page = (paragraph: string) =>
    ['关于2024年度区级预算执行和其他财政收支的审计工作报告', '按照《中华人民共和国审计法》及相关法律法规规定,区审计局依法审计了2024年度区级预算执行和其他财政收支情况。', '一、区级财政预算执行审计情况', paragraph].join('\n');

  test('"重点对区本级财政预算执行情况进行了审计。从审计情况看,…" is a paragraph without a lead (was: its first sentence marked a lead)', () => {
    expect(readIngested(page('重点对区本级财政预算执行情况进行了审计。从审计情况看,区财政部门贯彻落实区委、区政府决策部署,有效发挥财政调控保障职能,区级预算执行情况总体较好。')).leads).toEqual([]);
  });

  test('guard: a topic sentence there is a lead as before ("预算执行总体平稳。…", "农村综合改革进行了有益探索。…", "一是加强了对重大决策实施情况的监督。…")', () => {
    expect(readIngested(page('预算执行总体平稳。区财政部门贯彻落实区委、区政府决策部署,有效发挥财政调控保障职能,区级预算执行情况总体较好。')).leads).toEqual(['预算执行总体平稳。']);
    expect(readIngested(page('农村综合改革进行了有益探索。全区推进农村集体产权制度改革,完成清产核资和成员身份确认,村级集体经济收入稳步增长。')).leads).toEqual(['农村综合改革进行了有益探索。']);
    expect(readIngested(page('一是加强了对重大决策实施情况的监督。常委会听取审议区政府关于重大项目推进情况的报告,开展专题询问,推动问题整改落实。')).leads).toEqual(['一是加强了对重大决策实施情况的监督。']);
  });
});

describe('held-out round 30: a part numbered 一、 whose first section is numbered 一、 again', () => {
  // 绍兴's congress standing committee: "一、2024年主要工作" (the part), a paragraph, then "一、坚持…" (its first section).
  const head = ['绍兴市人民代表大会常务委员会工作报告', '2025年1月21日在绍兴市第九届人民代表大会第五次会议上', '各位代表:', '受绍兴市人民代表大会常务委员会的委托,现在,我向大会报告工作,请予审议。'];
  const para = '2024年是中华人民共和国成立75周年,是人民代表大会制度建立70周年,市人大常委会切实履行宪法和法律赋予的各项职责。';
  const section = '推动创新理论学习入脑入心。坚持不懈以习近平新时代中国特色社会主义思想凝心铸魂,严格落实“第一议题”制度,组织集中学习36次。';
  const headings = (lines: string[]) => readIngested([...head, ...lines].join('\n')).blocks.filter((b) => b.startsWith('#'));

  test('"一、2024年主要工作" / "一、坚持…" / "二、…" / "二、2025年工作建议": the sections one level under the part, the next part at the top (was: all four at one level)', () => {
    expect(headings(['一、2024年主要工作', para, '一、坚持思想与行动一致,强化根本政治制度自信', section, '二、坚持立法与改革衔接,提升地方立法质量', section, '二、2025年工作建议', para])).toEqual([
      '## 一、2024年主要工作',
      '### 一、坚持思想与行动一致，强化根本政治制度自信',
      '### 二、坚持立法与改革衔接，提升地方立法质量',
      '## 二、2025年工作建议',
    ]);
  });

  test('guard: a 一、 printed again after a 一、 that names no part of the report keeps its level (a page printing a section twice)', () => {
    expect(headings(['一、坚持思想与行动一致,强化根本政治制度自信', section, '一、坚持立法与改革衔接,提升地方立法质量', section])).toEqual([
      '## 一、坚持思想与行动一致，强化根本政治制度自信',
      '## 一、坚持立法与改革衔接，提升地方立法质量',
    ]);
  });
});
