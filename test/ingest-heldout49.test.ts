/**
 * Held-out round 49 (2026-12-04): twelve pages from twelve hosts new to the fixtures (test/fixtures/ingest-corpus/*-heldout49,
 * scored there; test/fixtures/ingest-not-the-report/*-heldout49). Listed in test/fixtures/ingest-corpus/README.md under
 * "Held-out pages, round 49". Each reduced test is a page's shape in a few lines; its name says what ingest did before
 * ("was: …"). Guards are named as such.
 */
import { describe, expect, test } from 'vitest';
import { ingest } from '../pipeline/ingest/index.ts';
import { story } from './ingest-helpers.ts';

const read = (lines: string[]) => ingest(Buffer.from(lines.join('\n')), { fileName: 'page.txt', slug: 'page' });
const body = (markdown: string) => markdown.split('\n---\n')[1];
const said = (result: ReturnType<typeof read>, rule: string, line: number) => result.file.messages.some((m) => m.ruleId === rule && m.line === line);

describe('held-out round 49: a link to more reports in brackets over a text with no title (m.2021vvv.com, 广东 2003)', () => {
  const page = [
    '(點擊查閱更多2003年地方政府工作報告)',
    '(2003年1月13日 盧瑞華)',
    '各位代表,我代表省人民政府向大會作政府工作報告,請予審議,并請政協委員和其他列席人員提出意見。',
    '過去五年工作回顧',
    '本屆政府任期是跨世紀的五年。五年來,省政府在中共廣東省委的正確領導下,國民經濟實現大跨越,順利完成了省九屆人大一次會議確定的各項任務。',
  ];
  test('the link is the site\'s menu, removed and said, never the title (was: the title "（點擊查閱更多2003年地方政府工作報告）")', () => {
    const result = read(page);
    expect(result.frontMatter.title ?? '').toBe('');
    expect(said(result, 'navigation', 1)).toBe(true);
  });
  test('the day and the name in brackets are the date and the speaker (was: the date only, the name lost with the line)', () => {
    const result = read(page);
    expect(result.frontMatter.date).toBe('2003-01-13');
    expect(result.frontMatter.speaker).toBe('盧瑞華');
  });
  test('guard: a day and an act in brackets names nobody ("(2003年1月13日 通过)")', () => {
    const result = read(['政府工作报告', '(2003年1月13日 通过)', ...page.slice(2)]);
    expect(result.frontMatter.speaker).toBeUndefined();
    expect(result.frontMatter.date).toBe('2003-01-13');
  });
  test('guard: a link to a related article in brackets that is no "more" link stays where it was read ("(点击查看原文)")', () => {
    const result = read(['政府工作报告', '(点击查看原文)', ...page.slice(2)]);
    expect(said(result, 'navigation', 2)).toBe(false);
  });
});

describe('held-out round 49: a chronicle\'s name for the piece, the speaker and the occasion inside it (hljszw.org.cn, 嫩江 2001)', () => {
  const page = [
    '县长亢稚林在嫩江县第十三届人民代表大会第五次会议上所做的政府工作报告(摘要)',
    '',
    '   (2001年3月13日)',
    '',
    '  2000年,在县委的正确领导下,县政府认真贯彻中央和省、市一系列重大部署,基本完成了县十三届人民代表大会第四次会议确定的任务目标。',
    '  一、农业结构调整初见成效,农村经济稳定增长',
    '  种植业结构调整取得较大突破。根据市场供求关系的变化,全面调整了种植业结构。',
  ];
  test('title, speaker and occasion apart (was: the whole line the title, the issuer "县长亢稚林在嫩江县人民政府", no speaker or occasion)', () => {
    const result = read(page);
    expect(result.frontMatter.title).toBe('政府工作报告（摘要）');
    expect(result.frontMatter.speaker).toBe('县长 亢稚林');
    expect(result.frontMatter.occasion).toBe('在嫩江县第十三届人民代表大会第五次会议上');
    expect(result.frontMatter.issuer).toBe('嫩江县人民政府');
    expect(result.frontMatter.date).toBe('2001-03-13');
  });
  test('the same name set over two lines, the date under it (was: the first line the title, the issuer "县长亢稚林在嫩江县人民政府", the second line and the date paragraphs)', () => {
    const result = read(['县长亢稚林在嫩江县第十三届人民代表大会', '第五次会议上所做的政府工作报告(摘要)', ...page.slice(1)]);
    expect(result.frontMatter.title).toBe('政府工作报告（摘要）');
    expect(result.frontMatter.speaker).toBe('县长 亢稚林');
    expect(result.frontMatter.date).toBe('2001-03-13');
    expect(body(result.markdown)).not.toContain('第五次会议上所做');
  });
  test('guard: a document site\'s own name in brackets after such a title is no part of the title (its old reading kept)', () => {
    const result = read(['市长在X市人民代表大会第一次会议上的政府工作报告(2022年政府工作报告)', ...page.slice(3)]);
    expect(result.frontMatter.title).toBe('政府工作报告');
    expect(result.frontMatter.speaker).toBeUndefined();
  });
});

describe('held-out round 49: a masked town\'s report on a writing site, its title glued to the text (hlgyp.cn)', () => {
  const page = [
    'XX镇2022政府工作报告',
    '下面是小编为大家整理的XX镇2022政府工作报告,供大家参考。',
    'XX 镇 2022 政府工作报告 ….现在,我代表镇人民政府,向大会作政府工作报告,请予审议,并请与会人员提出意见。',
    '一、“十三 五”工作回顾 回顾 “十三 五”,是全镇经济快速平稳发展、农民收入稳步增长的五年。五年来,我们在市委、市政府和镇党委的正确领导下,圆满完成了本届政府的各项目标任务。',
    '五年来,全镇农民人均纯收入由 7484 元提高到 12760 元。综合实力位居全市前列。',
    '。',
    '过去的五年,是我镇基础设施建设不断加快的五年。',
  ];
  test('the title printed again and its dots apart from the opening words (was: one paragraph "XX镇2022政府工作报告….现在，我代表…")', () => {
    const result = read(page);
    expect(body(result.markdown)).not.toContain('….');
    expect(body(result.markdown)).toMatch(/\n现在，我代表镇人民政府/u);
    expect(said(result, 'separator', 3)).toBe(true);
  });
  test('the town of the title completes "我代表镇人民政府" (was: no issuer; "XX镇2022" has no 年 before 政府)', () => {
    expect(read(page).frontMatter.issuer).toBe('XX镇人民政府');
  });
  test('a part heading with hard-wrapped spaces inside its quotes is split from its text (was: one paragraph "一、“十三五”工作回顾回顾…")', () => {
    const result = read(page);
    expect(result.blocks.find((b) => b.kind === 'heading')?.text).toBe('一、“十三五”工作回顾');
  });
  test('a full stop alone under a sentence\'s end is a stray mark, removed and said (was: a paragraph "。")', () => {
    const result = read(page);
    expect(result.blocks.some((b) => b.text === '。')).toBe(false);
    expect(said(result, 'separator', 6)).toBe(true);
  });
  test('guard: a full stop alone under a line that ends no sentence is that sentence\'s end, kept', () => {
    const result = read(['政府工作报告', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议,并请各位代表提出', '意见', '。', '过去一年,全市经济稳中有进。']);
    expect(said(result, 'separator', 5)).toBe(false);
    expect(result.blocks.some((b) => b.text.includes('。') && !b.text.includes('稳中有进'))).toBe(true);
  });
  test('guard: a heading with no quoted term before spaces in its text stays as it was ("一、加快发展 改善民生 促进和谐,…")', () => {
    const line = '一、加快发展 改善民生 促进和谐,全面完成了年初确定的各项目标任务,人民群众的获得感持续增强。';
    const result = read(['政府工作报告', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议。', line]);
    expect(result.blocks.some((b) => b.kind === 'heading' && b.text === '一、加快发展')).toBe(false);
  });
  test('guard: an ellipsis alone, a story\'s elision ("……"), stays', () => {
    const result = read(['政府工作报告', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议。', '……', '过去一年,全市经济稳中有进。']);
    expect(result.blocks.some((b) => b.text === '……')).toBe(true);
  });
});

describe('held-out round 49: a town congress\'s session told in traditional characters, commas doubled (cxwy88.com)', () => {
  const page = [
    '城關(guān)鎮(zhèn)第十三屆人民代表大會(huì)于2015年5月19日順利召開(kāi),。65名鎮(zhèn)代表和30名列席代表出席會(huì)議,。',
    '大會(huì)嚴(yán)格按照會(huì)議議程進(jìn)行。代表們?cè)诼?tīng)取了政府,、財(cái)政及人大工作報(bào)告后,,積極討論,踴躍發(fā)言,,一致認(rèn)為,,鎮(zhèn)政府在2014年的工作中取得了顯著成績(jī)。',
    '本次大會(huì)是勝利的大會(huì)、是團(tuán)結(jié)的大會(huì),,城關(guān)鎮(zhèn)人大,、政府將在鎮(zhèn)黨委的領(lǐng)導(dǎo)下,為建設(shè)富裕美麗和諧新城關(guān)而努力奮斗,。',
  ];
  test('a news story about the report, said once (was: nothing said)', () => {
    const [warning, ...more] = story(page.join('\n'));
    expect(more).toEqual([]);
    expect(warning.reason).toContain('“本次大會是勝利的大會、是團結的大會” (line 3: the session as news)');
  });
  test('guard: a report\'s own "代表们" and "大会" sentences tell nothing', () => {
    expect(story(['政府工作报告', '各位代表:', '现在,我代表县人民政府向大会报告工作,请予审议。', '一年来,我们认真办理人大代表建议,代表们提出的意见全部办结。大会确定的目标任务全面完成。'].join('\n'))).toEqual([]);
  });
});
