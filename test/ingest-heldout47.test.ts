/**
 * Held-out round 47 (2026-12-04): twelve pages from twelve hosts new to the fixtures (test/fixtures/ingest-corpus/*-heldout47,
 * scored there; test/fixtures/ingest-not-the-report/*-heldout47). Listed in test/fixtures/ingest-corpus/README.md under
 * "Held-out pages, round 47". Each reduced test is a page's shape in a few lines; its name says what ingest did before
 * ("was: …"). Guards are named as such.
 */
import { describe, expect, test } from 'vitest';
import { ingest } from '../pipeline/ingest/index.ts';
import { isPartName } from '../pipeline/ingest/head-lines.ts';
import { speakerOf } from '../pipeline/ingest/speaker.ts';

const read = (lines: string[]) => ingest(Buffer.from(lines.join('\n')), { fileName: 'page.txt', slug: 'page' });
const body = (markdown: string) => markdown.split('\n---\n')[1];
const rules = (result: ReturnType<typeof read>) => result.file.messages.map((m) => m.ruleId);

describe('held-out round 47: a standing committee\'s report opening at its part "主要工作" (szb.rmdbw.cn)', () => {
  const page = [
    '主要工作',
    '2024年是中华人民共和国成立75周年。在省委的坚强领导下,省人大常委会坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大和二十届二中、三中全会精神,深入学习贯彻习近平总书记对山西工作的重要讲话重要指示精神,坚持党的领导、人民当家作主、依法治国有机统一,发展全过程人民民主,紧紧围绕全省工作大局,认真履行宪法法律赋予的职责,为奋力谱写中国式现代化山西篇章贡献了人大力量。',
    '一年来,常委会突出重点、注重实效、稳中求进推动各项工作,共审议法规草案31件,通过其中28件,审查批准设区的市法规47件,听取审议工作报告19个,作出决议决定4项,开展执法检查5项,审查报备的规范性文件45件,任免国家机关工作人员245人次,组织宪法宣誓11批。践行全过程人民民主、推进特色立法、代表联系群众等多项工作在全国交流推介。',
  ];
  test('the part\'s name is the text\'s first heading, no title (was: the title "主要工作")', () => {
    const result = read(page);
    expect(result.frontMatter.title ?? '').toBe('');
    expect(body(result.markdown)).toMatch(/^## 主要工作 \{#h-/mu);
  });
  test('"听取审议工作报告19个", the committee\'s tally of its year, is no session hearing a report (was: said a news story)', () => {
    expect(rules(read(page))).not.toContain('news-story');
  });
  test('guard: a session hearing a report ("会议听取和审议了…所作的政府工作报告") still tells a story', () => {
    const story = read([
      '3月5日,县第十八届人民代表大会第三次会议开幕。会议听取和审议了县长王明所作的政府工作报告。',
      '会议要求,全县上下要坚定信心,真抓实干。',
    ]);
    expect(rules(story)).toContain('news-story');
  });
  test('guard: isPartName is a part\'s name alone — "主要工作任务", "主要工作职责" and a document\'s name are none', () => {
    for (const part of ['主要工作', '2024年主要工作', '过去一年的主要工作', '2023年工作回顾']) expect(isPartName(part), part).toBe(true);
    for (const other of ['主要工作任务分工', '主要工作职责', '政府工作报告', '常务委员会工作报告']) expect(isPartName(other), other).toBe(false);
  });
});

describe('held-out round 47: a list\'s bullet alone between the title and the speaker (epaper.scdaily.cn)', () => {
  const page = [
    '• 四川省人民代表大会常务委员会工作报告',
    '    ——2024年1月23日在四川省第十四届人民代表大会第二次会议上',
    '  •     ',
    '    四川省人大常委会副主任 王雁飞',
    '    各位代表:',
    '      受省人大常委会委托,我向大会报告工作,请予审议。',
  ];
  test('the bullet alone is removed and said at its line (was: a paragraph "•")', () => {
    const result = read(page);
    expect(body(result.markdown)).not.toMatch(/^•/mu);
    expect(result.file.messages.some((m) => m.ruleId === 'separator' && m.line === 3)).toBe(true);
    expect(result.frontMatter.speaker).toBe('四川省人大常委会副主任 王雁飞');
  });
  test('guard: a bullet with its item behind it is no separator (the title behind one is still read)', () => {
    const result = read(page);
    expect(result.frontMatter.title).toBe('四川省人民代表大会常务委员会工作报告');
    expect(result.file.messages.some((m) => m.ruleId === 'separator' && m.line === 1)).toBe(false);
  });
});

describe('held-out round 47: the occasion over two lines, the second letter-spaced, no dash (jxcourt.gov.cn)', () => {
  const head = ['嘉兴市中级人民法院工作报告', '2016年3月27日在嘉兴市第七届人民代表大会'];
  const tail = ['嘉兴市中级人民法院院长 许惠春', '各位代表:', '现在,我代表市中级人民法院向大会报告工作,请予审议。'];
  test('the occasion and its date are read, the title is the document\'s (was: no occasion, no date)', () => {
    const result = read([...head, '第 七 次 会 议 上', ...tail]);
    expect(result.frontMatter.occasion).toBe('2016年3月27日在嘉兴市第七届人民代表大会第七次会议上');
    expect(result.frontMatter.date).toBe('2016-03-27');
    expect(result.frontMatter.title).toBe('嘉兴市中级人民法院工作报告');
  });
  test('guard: the second line unspaced reads as it did', () => {
    expect(read([...head, '第七次会议上', ...tail]).frontMatter.occasion).toBe('2016年3月27日在嘉兴市第七届人民代表大会第七次会议上');
  });
  test('guard: a letter-spaced line that ends no session is no part of an occasion', () => {
    const result = read([...head, '各 位 代 表 好', ...tail]);
    expect(result.frontMatter.occasion ?? '').not.toContain('各位代表');
  });
});

describe('held-out round 47: a page opening inside its title block, the occasion\'s tail glued to the speaker (ezrd.gov.cn)', () => {
  const text = [
    '大会主席团:',
    '鄂州市第八届人民代表大会第二次会议审查了市发展和改革委员会受市人民政府委托提出的计划报告。现将审查结果报告如下。',
  ];
  test('the speaker is read after 会议上, the tail is no title (was: title "第二次会议主席团第三次会议上市人大…方明", no speaker)', () => {
    const result = read(['第二次会议主席团第三次会议上市人大财政经济委员会主任委员方明', ...text]);
    expect(result.frontMatter.speaker).toBe('市人大财政经济委员会主任委员 方明');
    expect(result.frontMatter.title ?? '').toBe('');
    // (the tail alone names no session: no occasion is made of it; the line is said, moved to the front matter)
    expect(result.frontMatter.occasion).toBeUndefined();
    expect(result.file.messages.some((m) => m.ruleId === 'metadata' && m.line === 1)).toBe(true);
  });
  test('a special committee\'s chair, 主任委员, is the office (was: "…主任 委员方明")', () => {
    expect(speakerOf('市人大财政经济委员会主任委员 方明')).toBe('市人大财政经济委员会主任委员 方明');
    expect(speakerOf('市人大财政经济委员会主任委员方明')).toBe('市人大财政经济委员会主任委员 方明');
  });
  test('guard: a committee\'s chair, 主任, and a name are read as before', () => {
    expect(speakerOf('县人大常委会主任 王志刚')).toBe('县人大常委会主任 王志刚');
    expect(speakerOf('县人大常委会主任王志刚')).toBe('县人大常委会主任 王志刚');
  });
  test('guard: a session\'s tail followed by no speaker stays a line of text, no speaker read', () => {
    const result = read(['第三次会议上代表们踊跃发言提出建议', ...text]);
    expect(result.frontMatter.speaker).toBeUndefined();
  });
});

describe('held-out round 47: a template\'s blank for the town, "我代表_镇第六届人民政府" (taowenge.com)', () => {
  const page = (who: string) => ['镇人民政府2021年工作报告', '各位代表:', `现在,我代表${who}人民政府,向大会报告工作,请予审议,并请列席人员提出意见。`, '过去一年,全镇实现生产总值6.35亿元,同比增长18.3%。'];
  test('the issuer is the blank as printed, the term dropped (was: none)', () => {
    expect(read(page('_镇第六届')).frontMatter.issuer).toBe('_镇人民政府');
  });
  test('guard: a blank with no unit after it, "我代表_人民政府", names no issuer', () => {
    expect(read(page('_')).frontMatter.issuer).toBeUndefined();
  });
});
