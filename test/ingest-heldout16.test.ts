/**
 * Ingest defects found on the sixteenth round of held-out texts (2026-12-01):
 * WHOLE report texts, not a page's first 2 KB — the middle and the end of a
 * report (notes, annexes, the page's furniture after the text), listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 16 (whole
 * texts)". Each test is the text's shape reduced to a few lines; its name says
 * what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

/** The notes of an ingested text: label → the text before its call (the paragraph's end at the call). */
function calls(text: string) {
  const { result, front } = readIngested(text);
  const notes = result.blocks.filter((b) => b.kind === 'note').map((b) => b.label);
  const at: Record<string, string> = {};
  for (const b of result.blocks) for (const c of b.calls ?? []) at[c.label] = b.text.slice(Math.max(0, c.at - 12), c.at);
  return { notes, at, front, result };
}

describe('held-out round 16: a term-keyed notes section whose terms the text prints a little differently', () => {
  const page = (body: string, entries: string) =>
    `各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n一、2025年工作回顾\n${body}\n各位代表！让我们团结奋斗！\n名词解释\n${entries}`;

  test('稳增长“21”条 is called at 稳增长“21条” (the quotes moved), 稳增长“18”条 right after it at “18条” (the shared head printed once), “六横六纵”现代化水网体系 at “六横六纵”现代水网体系 (its quoted name): every note linked (was: three entries unlinked, so the whole section was kept as a numbered list and none of the 20 notes printed)', () => {
    const { notes, at, front } = calls(
      page(
        '用好国家“两重”政策资金，出台稳增长“21条”“18条”等政策，加强激发消费。“六横六纵”现代水网体系更趋完善，毗河供水一期建成通水。',
        '1.“两重”：是指国家重大战略实施和重点领域安全能力建设。\n2.稳增长“21”条：2025年4月1日，省政府办公厅印发若干政策措施。\n3.稳增长“18”条：2025年10月31日，省政府办公厅印发若干政策措施。\n4.“六横六纵”现代化水网体系：“六横”指六个横向输水大动脉。',
      ),
    );
    expect(front.notes_heading).toBe('名词解释');
    expect(notes).toEqual(['1', '2', '3', '4']);
    expect(at['1']).toMatch(/“两重”$/);
    expect(at['2']).toMatch(/稳增长“21条”$/);
    expect(at['3']).toMatch(/“18条”$/);
    expect(at['4']).toMatch(/“六横六纵”$/);
  });

  test('guard: the term as written wins over its quoted name, wherever it first occurs', () => {
    const { at } = calls(page('“六横六纵”格局基本形成。今年建设“六横六纵”现代化水网体系，加快引水工程。', '1.“六横六纵”现代化水网体系：“六横”指六个横向输水大动脉。'));
    expect(at['1']).toMatch(/现代化水网体系$/);
  });

  test('guard: a sibling term (稳增长“18”条) is called after its sibling\'s call only when its name follows right there, not anywhere later', () => {
    const { result } = readIngested(
      page('出台稳增长“21条”等政策，加强激发消费，另有“18条”措施落地。', '1.稳增长“21”条：2025年4月1日，省政府办公厅印发若干政策措施。\n2.稳增长“18”条：2025年10月31日，省政府办公厅印发若干政策措施。'),
    );
    expect(result.blocks.filter((b) => b.kind === 'note')).toEqual([]);
    expect(result.file.messages.filter((m) => m.ruleId === 'note-unlinked').map((m) => m.line)).toEqual([8]);
  });

  test('guard: a quoted name without two Han characters (“21”) is no term of its own: an entry whose term the text lacks stays unlinked', () => {
    const { result } = readIngested(page('出台“21”项措施，加强激发消费。', '1.稳增长“21”条：2025年4月1日，省政府办公厅印发若干政策措施。'));
    expect(result.blocks.filter((b) => b.kind === 'note')).toEqual([]);
    expect(result.file.messages.some((m) => m.ruleId === 'note-unlinked')).toBe(true);
  });
});

describe('held-out round 16: the page after the text (related links, the editor, the share summary)', () => {
  const report = (end: string) =>
    `各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。\n一、2025年工作回顾\n过去一年，面对复杂严峻形势和多重超预期因素冲击，全省各族人民迎难而上、拼搏实干，全力以赴拼经济搞建设，扎实推动高质量发展，经济运行稳中有进，民生事业持续改善，社会大局保持稳定，较好完成全年主要目标任务。出台稳增长“21条”等政策，用好国家“两重”政策资金，加强激发消费、产业升级、降本减负、助企成长等支持，着力强信心、稳预期、添活力。\n二、2026年工作安排\n今年是“十五五”开局之年，我们要坚持稳中求进工作总基调，全力以赴拼经济搞建设，坚定不移推动高质量发展，推动经济量质齐升、民生持续改善、社会和谐稳定，实现“十五五”良好开局。\n各位代表！骐骥迎春至，万象启新程。我们要更加紧密地团结在以习近平同志为核心的党中央周围，为谱写中国式现代化四川新篇章不懈奋斗！\n${end}`;

  test('after the notes: 责任编辑： / 李莎莎, 相关附件>>, 相关链接>> and its linked titles under hex ids, 打印本页, 关闭窗口, the title and the opening again — all removed and reported, none glued to the last note (was: the editor\'s name, the titles and the share summary read as the last note\'s continuation)', () => {
    const { result, blocks } = readIngested(
      report(
        '名词解释\n1.“两重”：是指国家重大战略实施和重点领域安全能力建设。\n2.稳增长“21”条：2025年4月1日，省政府办公厅印发若干政策措施，推进系统治理、源头治理、综合治理。\n责任编辑：\n李莎莎\n扫一扫在手机打开当前页\n相关附件>>\n相关链接>>\nabcd39f1fb7f426d9dfb6bd0fa1f2146:\n四川省第十四届人民代表大会第五次会议关于政府工作报告的决议\ne4c29f31c6964493a14c4ddf6b160169:\n解读省政府工作报告：在服务大局中担难担重前行 在识变应变中向新向优发展\n打印本页\n关闭窗口\n2026年四川省人民政府工作报告\n各位代表：现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。',
      ),
    );
    const notes = result.blocks.filter((b) => b.kind === 'note').map((b) => b.text);
    expect(notes.at(-1)).toMatch(/综合治理。$/);
    expect(blocks.join('\n')).not.toMatch(/李莎莎|决议|担难担重|关闭窗口|2026年四川省人民政府工作报告/);
    const removed = result.file.messages.filter((m) => /Removed/.test(m.reason)).map((m) => m.line);
    for (const line of [11, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22, 23]) expect(removed, `line ${line} reported`).toContain(line);
  });

  test('a library database\'s "相关报道：" after the slogan goes: the text ends with its last paragraph (was: "相关报道：" the last paragraph)', () => {
    const { blocks } = readIngested(report('相关报道：'));
    expect(blocks.at(-1)).toMatch(/^各位代表！骐骥迎春至/);
  });

  test('guard: a "相关链接" box before the report\'s text removes only its own line, the report after it stays', () => {
    const { blocks } = readIngested(`相关链接\n${report('')}`);
    expect(blocks[0]).toBe('各位代表：');
    expect(blocks.at(-1)).toMatch(/^各位代表！骐骥迎春至/);
  });

  test('guard: a label alone takes a short value from the next line, never a sentence', () => {
    const { blocks } = readIngested(report('来源：\n本报告中部分数据为预计数，最终以统计部门公布的数据为准。'), 'page.txt', { clean: false });
    expect(blocks.at(-1)).toBe('本报告中部分数据为预计数，最终以统计部门公布的数据为准。');
  });
});

describe('held-out round 16: a sentence the page\'s markup broke over lines', () => {
  const part = (lines: string) =>
    `各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。\n二、“十五五”时期的主要目标和重点任务\n${lines}\n三、2026年工作安排\n重点抓好以下14个方面的工作。`;

  test('"…发展的" / "主要目标" / "是：…": an inline bold phrase on a line of its own is one sentence again (was: "主要目标" a heading, the sentence in three paragraphs and the outline one level off)', () => {
    const { blocks } = readIngested(part('“十五五”时期经济社会发展的\n主要目标\n是：地区生产总值年均增长5%左右，高质量发展取得显著成效，科技自立自强水平大幅提高。'));
    expect(blocks).toContain('“十五五”时期经济社会发展的主要目标是：地区生产总值年均增长5%左右，高质量发展取得显著成效，科技自立自强水平大幅提高。');
    expect(blocks.filter((b) => b.startsWith('#'))).toEqual(['## 二、“十五五”时期的主要目标和重点任务', '## 三、2026年工作安排']);
  });

  test('"…成效，PM" / "2.5" / "年平均浓度…": a subscript on a line of its own is one sentence again (was: three paragraphs, "2.5" alone)', () => {
    const { blocks } = readIngested(part('污染防治攻坚战连续5年获国家考核优秀等次，中央生态环境保护督察整改取得明显成效，PM\n2.5\n年平均浓度保持在20微克/立方米左右，国考断面水质优良率提高到94.6%。'));
    expect(blocks).toContain('污染防治攻坚战连续5年获国家考核优秀等次，中央生态环境保护督察整改取得明显成效，PM2.5年平均浓度保持在20微克/立方米左右，国考断面水质优良率提高到94.6%。');
  });

  test('guard: a heading without a full stop over its paragraph, a short label over a title, and a paragraph ending in 现在 stay apart', () => {
    const { blocks } = readIngested(
      part('（一）深入落实城市总体规划，推动京津冀协同发展走深走实\n坚持首都城市战略定位，发挥辐射带动作用，加快建设现代化首都都市圈。\n我们要正视困难，把握规律，立足现在\n展望未来\n全省上下要团结一心，奋力开创新局面。'),
      'page.txt',
      { clean: false },
    );
    expect(blocks).toContain('### （一）深入落实城市总体规划，推动京津冀协同发展走深走实');
    expect(blocks).toContain('坚持首都城市战略定位，发挥辐射带动作用，加快建设现代化首都都市圈。');
    expect(blocks.join('\n')).not.toContain('立足现在展望未来');
  });
});

describe('held-out round 16: annexes after the report (附件1 …, 附件2 名词解释)', () => {
  const report = `各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。\n一、2025年工作回顾\n2025年是中国式现代化进程中具有重要意义的一年，全省经济运行稳中有进、稳中向好，覆盖21万家“四上”企业的联系机制建立。\n二、2026年工作安排\n（一）久久为功推动粤港澳大湾区建设，打造一流湾区和世界级城市群。\n服务“一国两制”大局，发挥好主力军和火车头作用，着力深化粤港澳合作，携手建设世界级的大湾区、发展最好的湾区。\n各位代表！奋进正当其时，实干成就未来。让我们更加紧密地团结在以习近平同志为核心的党中央周围，为强国建设、民族复兴伟业作出新的更大贡献！\n`;
  const annex1 = `附件1\n2026年省十件民生实事\n坚持民生为大，以更大力度投资于人，加强普惠性、基础性、兜底性民生建设，扎扎实实办好十件民生实事。\n一、提高低保、特困人员、孤儿基本生活与残疾人两项补贴和重点群体救助保障水平。\n农村低保标准占城镇低保标准的最低比例从77%提高到80%以上，城乡低保补差水平不低于当地上年度城乡低保补差水平。\n二、加快建立长期护理保险制度和提升养老服务供给水平。\n加快建立长期护理保险制度，为重度失能人员提供基本生活照料和与之密切相关的医疗护理保障。\n`;
  const annex2 = `附件2\n名词解释\n1.“四上”企业：\n现阶段统计工作实践中对达到一定规模、资质或限额的法人单位的一种习惯称谓。`;

  test('"附件1" over its title is one top-level heading, its 一、 items one level under it; "附件2" goes with the notes heading it stands over (was: "附件1" a paragraph, the title a third-level heading, the annex\'s 一、 at the report\'s top level, "附件2" the text\'s last paragraph)', () => {
    const { blocks, front, result } = readIngested(report + annex1 + annex2);
    expect(blocks.filter((b) => b.startsWith('#'))).toEqual([
      '## 一、2025年工作回顾',
      '## 二、2026年工作安排',
      '### （一）久久为功推动粤港澳大湾区建设，打造一流湾区和世界级城市群',
      '## 附件1　2026年省十件民生实事',
      '### 一、提高低保、特困人员、孤儿基本生活与残疾人两项补贴和重点群体救助保障水平',
      '### 二、加快建立长期护理保险制度和提升养老服务供给水平',
    ]);
    expect(front.notes_heading).toBe('附件2　名词解释');
    expect(result.blocks.filter((b) => b.kind === 'paragraph').at(-1)?.text).toMatch(/^加快建立长期护理保险制度/);
    expect(result.blocks.filter((b) => b.kind === 'note').map((b) => b.label)).toEqual(['1']);
  });

  test('guard: "附件" in running text, and an attachment line "附件：…docx", are no annex heading', () => {
    const { blocks } = readIngested(report.replace('各位代表！奋进', '附件材料已印发各位代表。各位代表！奋进') + '附件：2026年政府工作报告.docx', 'page.txt', { clean: false });
    expect(blocks.filter((b) => b.startsWith('## 附件'))).toEqual([]);
  });
});

describe('held-out round 16: a portal head over lines (buttons, a breadcrumb one item a line, the block printed twice)', () => {
  test('title, date and time, 来源: / 四川日报, 【字体：/ 大 / 中 / 小 / 】, 分享： one a line, then the occasion: the title is read, all the furniture goes (was: no title — more than three lines of furniture between it and the occasion)', () => {
    const { front, blocks } = readIngested(
      '2026年四川省人民政府工作报告\n2026年02月10日 07时41分\n来源:\n四川日报\n【字体：\n大\n中\n小\n】\n分享：\n2026年2月3日在四川省第十四届人民代表大会第五次会议上\n四川省人民政府省长 施小琳\n各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。\n一、2025年工作回顾\n过去一年，面对复杂严峻形势和多重超预期因素冲击，全省各族人民迎难而上、拼搏实干。',
    );
    expect(front).toMatchObject({ title: '2026年四川省人民政府工作报告', occasion: '2026年2月3日在四川省第十四届人民代表大会第五次会议上', speaker: '四川省人民政府省长 施小琳' });
    expect(blocks[0]).toBe('各位代表：');
  });

  test('a breadcrumb one item a line ("首页" / ">" / "政府信息公开" / ">" …), the title and the occasion-and-speaker line printed again, 时间： / 来源： over their values, 分享: — all go, the body starts at 各位代表 (was: the breadcrumb, the repeated line, the source and 分享： the first six paragraphs)', () => {
    const { front, blocks } = readIngested(
      '分享:\n陕西省2026年政府工作报告\n2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚\n首页\n>\n政府信息公开\n>\n政府工作报告\n>\n省政府工作报告\n陕西省2026年政府工作报告\n2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚\n时间：\n2026-02-02 09:20\n来源：\n陕西省人民政府\n分享:\n省长赵刚作政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议，并请省政协委员提出意见。\n一、2025年工作回顾\n刚刚过去的一年，是“十四五”收官之年，全省高质量发展和现代化建设迈出坚实步伐。',
    );
    expect(front).toMatchObject({ title: '陕西省2026年政府工作报告', speaker: '陕西省省长 赵刚', date: '2026-01-27' });
    expect(blocks[0]).toBe('各位代表：');
  });

  test('guard: lines of running text between ">" lines are no breadcrumb, and a line alone saying 分享 a sentence stays', () => {
    const { blocks } = readIngested(
      '各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议，并请省政协委员提出意见。\n一、2025年工作回顾\n全省经济稳中有进，主要指标好于预期，发展质量稳步提升。\n>\n分享经验做法，推广典型案例，形成了一批可复制可推广的改革成果。\n>\n全省上下团结一心，奋力开创新局面，各项事业取得新进展。',
      'page.txt',
      { clean: false },
    );
    expect(blocks).toContain('分享经验做法，推广典型案例，形成了一批可复制可推广的改革成果。');
    expect(blocks).toContain('全省上下团结一心，奋力开创新局面，各项事业取得新进展。');
  });
});

describe('held-out round 16: "一是…，…。" leads', () => {
  const page = (paragraphs: string) => `各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n一、2018年工作回顾\n一年来，我们深入贯彻党中央决策部署，主要做了以下工作。\n${paragraphs}`;

  test('an enumerated topic sentence with a comma opening its paragraph is a lead (was: not marked; only "一是…。" without a comma was)', () => {
    const { leads } = readIngested(
      page('一是创新和完善宏观调控，经济保持平稳运行。面对新情况新变化，我们坚持不搞“大水漫灌”式强刺激，保持宏观政策连续性稳定性。\n七是坚持在发展中保障和改善民生，改革发展成果更多更公平惠及人民群众。针对外部环境变化给就业带来的影响，及时出台稳就业举措。'),
    );
    expect(leads).toEqual(['一是创新和完善宏观调控，经济保持平稳运行。', '七是坚持在发展中保障和改善民生，改革发展成果更多更公平惠及人民群众。']);
  });

  test('guard: a paragraph that is one enumerated sentence, an enumeration inside one sentence (…；二是…), a statement of figures and a long first sentence are no leads', () => {
    const { leads } = readIngested(
      page(
        '二是一般性转移支付收入266266万元，同比增长13.29%。主要是均衡性转移支付增加。\n一是落实落细各项减税降费政策，确保政策红利直达市场主体。\n一是加强组织领导，强化责任落实；二是加强督查考核，确保任务完成。全省上下形成合力。\n一是持续推进简政放权、放管结合、优化服务改革，在更大范围内推行“证照分离”和“多证合一”改革，企业开办时间大幅压缩。各地探索推广一批有特色的改革举措。',
      ),
    );
    expect(leads).toEqual([]);
  });
});

describe('held-out round 16: guard for a stamp label alone over its value', () => {
  test('guard: a label alone with no value, over the report\'s title, leaves the title (it names a document: no value)', () => {
    const { front } = readIngested(
      '来源：\n政府工作报告\n——2026年1月26日在广东省第十四届人民代表大会第五次会议上\n广东省省长 孟凡利\n各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n一、2025年工作回顾\n2025年是中国式现代化进程中具有重要意义的一年，全省经济运行稳中有进。',
    );
    expect(front.title).toBe('政府工作报告');
  });
});

describe('held-out round 16: leads a portal set as paragraphs of their own', () => {
  const review = (a: string, b: string, c: string) =>
    `各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n一、2025年工作回顾\n一年来，我们真抓实干、埋头苦干，主要做了以下工作：\n${a}\n认真落实“绿色、共享、开放、廉洁”的办赛理念和“简约、安全、精彩”的办赛要求，向全国人民奉献了一场体育盛会。\n${b}\n地区生产总值增长3.9%、总量连续37年居全国首位。地方一般公共预算收入增长3%，货物进出口总额9.5万亿元。\n${c}\n地区生产总值从11.37万亿元提高到14.58万亿元，人均地区生产总值从9万元提高到11万元，数字经济规模稳居全国首位。\n这是人民生活品质不断提高的五年。\n实施“民生十大工程”，民生类支出占一般公共预算支出7成以上，居民人均可支配收入五年增长30.8%。`;

  test('"一是…。" and "这是…的五年。" each alone over its text, in a parallel run: each the lead of the paragraph under it, as the printed report runs them in (was: no lead, and the next paragraph\'s first short sentence read as one)', () => {
    const { leads, blocks } = readIngested(review('一是联合港澳承办十五运会和残特奥会。', '二是推动全省经济运行稳中有进、稳中向好。', '这是经济实力持续提升的五年。'));
    expect(leads).toEqual(['一是联合港澳承办十五运会和残特奥会。', '二是推动全省经济运行稳中有进、稳中向好。', '这是经济实力持续提升的五年。', '这是人民生活品质不断提高的五年。']);
    expect(blocks).toContain('一是联合港澳承办十五运会和残特奥会。认真落实“绿色、共享、开放、廉洁”的办赛理念和“简约、安全、精彩”的办赛要求，向全国人民奉献了一场体育盛会。');
  });

  test('guard: a lone "一是…。" paragraph, and a list of one-sentence items ("一是…。" / "二是…。" / "三是…。") over a paragraph, stay as the page has them', () => {
    const lone = readIngested(review('一是联合港澳承办十五运会和残特奥会。', '加强宣传推介。', '这是极不平凡的一年。'), 'page.txt', { clean: false });
    expect(lone.blocks).toContain('一是联合港澳承办十五运会和残特奥会。');
    const list = readIngested(
      `各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n一、2025年工作回顾\n主要做了三件事：\n一是稳定经济运行。\n二是推进科技创新。\n三是保障改善民生。\n全省上下团结一心，奋力拼搏，各项事业取得新进展，人民群众获得感、幸福感、安全感不断提升。`,
      'page.txt',
      { clean: false },
    );
    expect(list.blocks).toContain('三是保障改善民生。');
  });

  test('guard: a bilingual edition\'s paragraphs, each with its English twin, are not joined (the twins stay with their Chinese)', () => {
    const { blocks, result } = readIngested(
      `各位代表：\nFellow Deputies,\n现在，我代表省人民政府，向大会报告工作，请予审议。\nOn behalf of the Provincial People's Government, I will now report to you on the work of the government for your deliberation.\n一、过去一年工作回顾\nI. Review of Our Work in the Past Year\n一是联合港澳承办全国运动会。\nFirst, we co-hosted the National Games with Hong Kong and Macao.\n认真落实“绿色、共享、开放、廉洁”的办赛理念和“简约、安全、精彩”的办赛要求，向全国人民奉献了一场体育盛会。\nWe fully implemented the principles of green, shared, open and clean Games, and presented a fine sporting event to the people of the whole country.\n二是推动全省经济运行稳中有进。\nSecond, we kept the economy of the province stable and improving.\n全省经济运行稳中有进、稳中向好，地方一般公共预算收入稳步增长，货物进出口总额再创新高，服务贸易总额较快增长。\nThe economy of the province remained stable and improved, local general public budget revenue grew steadily, and total imports and exports of goods reached a record high.`,
      'page.txt',
      { clean: false },
    );
    expect(blocks).toContain('一是联合港澳承办全国运动会。');
    expect(result.blocks.find((b) => b.text === '一是联合港澳承办全国运动会。')?.english?.text).toMatch(/^First, we co-hosted/);
  });
});
