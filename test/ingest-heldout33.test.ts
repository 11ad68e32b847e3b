/**
 * Ingest defects found on the thirty-third round of held-out pages (2026-12-02): a county's and a town's BUDGET reports
 * on their portals' disclosure pages, a county's final accounts to its standing committee, and masked copies on writing
 * sites (a development zone's speech, a county CPPCC's report, a sub-district's speech and summary, 东丽区's report) —
 * listed in test/fixtures/ingest-corpus/README.md under "Held-out pages, round 33". Each test is the page's shape
 * reduced to a few lines; its name says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const budget = '2024年我镇的财政工作在区委、区政府和镇党委的坚强领导下,在镇人大的监督下,财政预算执行情况总体较好。';

describe('held-out round 33: an image\'s empty Markdown over a disclosure table ("![]() |", www.shangyu.gov.cn\'s town budget report)', () => {
  const page = (image: string) =>
    [image, '|', '索引号: | 002590139/2025-00800 | 公开方式: | 主动公开 |', '文号: | 公开日期: | 2025-03-05 13:54 | |', '发布单位: | 章镇镇 |', '章镇镇2024年财政预算执行情况及2025年财政预算草案的报告 | ||', '一、2024年财政预算执行情况', budget].join('\n');

  test('is the picture\'s place, not text: the table under it is read (was: the image and the table left in the text, no title, no date)', () => {
    const { front, blocks, rules } = readIngested(page('![]() |'));
    expect(front.disclosure).toEqual({ 索引号: '002590139/2025-00800', 公开方式: '主动公开', 公开日期: '2025-03-05 13:54', 发布单位: '章镇镇' });
    expect(front.title).toBe('章镇镇2024年财政预算执行情况及2025年财政预算草案的报告');
    expect(front.date).toBe('2025-03-05');
    expect(blocks[0]).toBe('## 一、2024年财政预算执行情况');
    expect(rules).toContain('image-name');
  });

  test('guard: a sentence that names a picture in Markdown\'s words stays', () => {
    const line = '详见下图![示意图](map.png),全镇共有12个行政村。';
    expect(readIngested([line, '一、2024年财政预算执行情况', budget].join('\n')).blocks[0]).toBe(line.replace(',', '，').replace('!', '！'));
  });
});

describe('held-out round 33: a speech named 发言 / 发言稿 (a writing site\'s development-zone speech, https://huaboedu.com/news/139907.html)', () => {
  const page = [
    '经开区管委会在2025年工作务虚会上的发言(1542字)',
    '  关于推进国家级经济技术开发区创建工作的发言稿',
    '  (2025年04月02日)',
    '  各位领导、同志们:',
    '  根据会议安排,下面我围绕创建国家级经开区作个简要发言,不足之处,还请批评指正。',
    '  一、创建形势分析',
    '  总体来看,经开区争创国家级经开区有希望,也有短板。以下从多个方面进行具体分析。',
  ].join('\n');

  test('the speech\'s own title and its date under the site\'s heading for it (was: the site\'s heading the title, the own title and the date the first paragraphs)', () => {
    const { front, blocks } = readIngested(page);
    expect(front.title).toBe('关于推进国家级经济技术开发区创建工作的发言稿');
    expect(front.date).toBe('2025-04-02');
    expect(blocks[0]).toBe('各位领导、同志们：');
  });
});

describe('held-out round 33: writing sites\' furniture after the text', () => {
  const text = ['各位老领导、老同志:', '今天,我们请老领导们回来,开个座谈会,向老领导们汇报一下县政协的工作情况。', '过去的半年,县政协紧紧围绕县委确定的工作方针和经济发展思路,积极开展政治协商、民主监督、参政议政,政协整体工作取得了明显成效。'];

  test('"小编精心推荐" (twice) under the text: the site\'s recommended-links label (m.liuxuequn.com; was: two paragraphs of the text)', () => {
    const { blocks, rules } = readIngested([...text, '小编精心推荐', '小编精心推荐'].join('\n'));
    expect(blocks.at(-1)).toBe(text[2].replaceAll(',', '，').replace(/、/g, '、'));
    expect(rules.filter((r) => r === 'pager' || r === 'related').length).toBeGreaterThanOrEqual(1);
  });

  test('"预览结束,免费获取全文定制代笔此类文章,请扫码联系老师!": a preview wall (huaboedu.com; was: the text\'s last paragraph)', () => {
    const { blocks, rules } = readIngested([...text, '预览结束,免费获取全文定制代笔此类文章,请扫码联系老师!'].join('\n'));
    expect(blocks.at(-1)).toBe(text[2].replaceAll(',', '，'));
    expect(rules).toContain('document-site');
  });

  test('guard: a sentence of the text about a preview (预览) stays', () => {
    const line = '展览预览结束后,我们将全文发布规划成果,欢迎扫码参与评议。';
    expect(readIngested([...text, line].join('\n')).blocks.at(-1)).toBe(line.replaceAll(',', '，'));
  });
});

describe('held-out round 33: a county budget report\'s head on its disclosure page (cqck.gov.cn 城口, 2025)', () => {
  const head = [
    '您当前的位置:首页>政务公开>法定主动公开内容>预算/决算>预算>政府预算',
    '[ 索引号 ]11500229750082850H/2025-00004 [ 发文字号 ] [ 发布机构 ]城口县财政局 [ 主题分类 ]财政 [ 成文日期 ]2025-01-20 [ 发布日期 ]2025-01-20 [ 体裁分类 ]财政预算、决算',
    '城口县2025年度政府预算公开',
    '城口县2024财政预算执行情况2025财政预算草案的报告',
  ];
  const text = ['各位代表:', '受县人民政府委托,现将《城口县2024年财政预算执行情况与2025年财政预算草案的报告》提请大会审查,并请各位政协委员提出意见。', '一、2024年预算执行情况'];

  test('the package\'s heading over the report\'s own title, both opening with the county\'s name, is no first line of the title (was: the two lines joined as the title)', () => {
    const { front, blocks } = readIngested([...head, ...text].join('\n'));
    expect(front.title).toBe('城口县2024财政预算执行情况2025财政预算草案的报告');
    expect(blocks.join('\n')).not.toContain('城口县2025年度政府预算公开');
  });

  test('an occasion whose date lost its 年, 月 and 日 and its 上 ("20251在城口县第十届人民代表大会第五次会议") is the occasion as printed (was: the text\'s first paragraph)', () => {
    const { front, blocks } = readIngested([...head, '20251在城口县第十届人民代表大会第五次会议', ...text].join('\n'));
    expect(front.title).toBe('城口县2024财政预算执行情况2025财政预算草案的报告');
    expect(front.occasion).toBe('20251在城口县第十届人民代表大会第五次会议');
    expect(front.date).toBe('2025-01-20');
    expect(front.date_source).toBe('written');
    expect(blocks[0]).toBe('各位代表：');
  });

  test('guard: a title printed over two lines ("关于开州区2022年预算执行情况和" / "2023年预算草案的报告") is still one title', () => {
    const { front } = readIngested(['关于开州区2022年预算执行情况和', '2023年预算草案的报告', ...text].join('\n'));
    expect(front.title).toBe('关于开州区2022年预算执行情况和2023年预算草案的报告');
  });
});

describe('held-out round 33: an essay site\'s name alone over the report\'s name ("天天范文" / "东丽区政府工作报告", www.tiaonei.com)', () => {
  test('is the site\'s, no first line of the title (was: title and issuer "天天范文东丽区…")', () => {
    const { front } = readIngested(['天天范文', '', '东丽区政府工作报告', '', '各位代表:', '', '现在,我代表东丽区人民政府,向大会作政府工作报告,请予审议。', '', '一、工作回顾', '', '一年来,我们全面完成各项任务,经济社会发展取得显著成就,群众生活持续改善。'].join('\n'));
    expect(front.title).toBe('东丽区政府工作报告');
    expect(front.issuer).toBe('东丽区人民政府');
  });
});

describe('held-out round 33: a writing site\'s heading, upload stamp and blurb over the document\'s own title (www.92read.com)', () => {
  const page = [
    '(材料)街道党工委2025年度基层治理工作总结范文',
    '',
    '时间:2025-11-26 12:49:35 分享:网友 下载本文',
    '',
    '街道党工委深入推进基层治理,强化服务意识,提升居民参与,构建和谐社区,成效显著,推动社会稳定与发展。下面是网友为您整理分享的“街道党工委2025基层治理工作总结”相关范文阅读,供您参考!',
    '',
    '',
    '〔*〕街道党工委2025年度基层治理工作总结',
    '',
    '2025年,〔*〕街道党工委深入学习贯彻习近平新时代中国特色社会主义思想,全年工作推进有序、措施有力、成效显著,现将具体情况报告如下。',
    '',
    '一、基本情况',
    '',
    '基层治理现代化必须坚持党的全面领导。街道党工委将党建引领作为贯穿全程的根本保证,确保治理方向不偏、重心不移、力度不减。',
  ].join('\n');

  test('the document\'s own title is the title, the site\'s lines its head, the stamp the copy\'s (was: the site\'s heading the title, dated by the upload, the blurb the first paragraph)', () => {
    const { front, blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('〔*〕街道党工委2025年度基层治理工作总结');
    expect(front.date).toBeUndefined();
    expect(blocks[0]).toMatch(/^2025年，〔\*〕街道党工委深入学习贯彻/);
  });

  test('guard: a text\'s own paragraph saying it offers its words for reference, with no site\'s word, stays', () => {
    const line = '下面是区人大常委会整理的有关情况,供大家参考。';
    const { blocks } = readIngested([line, '', '区人大常委会工作情况报告', '', '一、基本情况', '', '常委会紧紧围绕区委中心工作,积极参与并监督重点项目建设,取得了明显成效。'].join('\n'));
    expect(blocks[0]).toBe(line.replace(',', '，'));
  });
});

describe('held-out round 33: a budget report\'s numbered items stating amounts (www.shangyu.gov.cn\'s town budget report)', () => {
  const page = (items: string[]) => ['各位代表:', '一、2024年财政预算执行情况', '(一)2024年财政收入执行情况', ...items].join('\n');

  test('"2.全年实现财政非税收入9265.21万元。具体为:…" is an item of the account, no run-in heading (was: a heading "2.全年实现财政非税收入9265.21万元")', () => {
    const { blocks } = readIngested(
      page([
        '1.2024年我镇实现财政总收入2.09亿元,完成年度预算的75.54%;实现一般公共预算收入1.25亿元。',
        '2.全年实现财政非税收入9265.21万元。具体为:国有土地使用权出让金收入1375.05万元,其他收入282.91万元。',
        '3.体制结算收入6582.47万元。具体为:保障基数3688万元,税收分成741.47万元。',
      ]),
    );
    expect(blocks.filter((b) => b.startsWith('#'))).toEqual(['## 一、2024年财政预算执行情况', '### （一）2024年财政收入执行情况']);
    expect(blocks).toContain('2.全年实现财政非税收入9265.21万元。具体为：国有土地使用权出让金收入1375.05万元，其他收入282.91万元。');
  });

  test('its first sentence, a statement of an amount, is no lead (was: "2.全年实现财政非税收入9265.21万元。" bold)', () => {
    const { leads } = readIngested(page(['2.全年实现财政非税收入9265.21万元。具体为:国有土地使用权出让金收入1375.05万元,其他收入282.91万元。', '3.体制结算收入6582.47万元。具体为:保障基数3688万元,税收分成741.47万元。']));
    expect(leads).toEqual([]);
  });

  test('guard: a run-in topic with a number that is no amount ("1.实施“十大工程”。…", "2.精准施策稳大盘。…") is a heading', () => {
    const { blocks } = readIngested(page(['1.实施“十大工程”。全年完成投资12亿元,建成项目35个。', '2.精准施策稳大盘。落实减税降费政策,新增减税2.3亿元。']));
    expect(blocks.filter((b) => b.startsWith('####'))).toEqual(['#### 1.实施“十大工程”', '#### 2.精准施策稳大盘']);
  });
});

describe('held-out round 33: a town named as the disclosure\'s 发布单位 ("发布单位: | 章镇镇 |") of a report that names no reporter', () => {
  const page = (unit: string) =>
    ['索引号: | 002590139/2025-00800 | 公开方式: | 主动公开 |', `发布单位: | ${unit} |`, '章镇镇2024年财政预算执行情况及2025年财政预算草案的报告 | ||', '一、2024年财政预算执行情况', budget].join('\n');

  test('is the town\'s government reporting (was: no issuer)', () => {
    expect(readIngested(page('章镇镇')).front.issuer).toBe('章镇镇人民政府');
  });

  test('a sub-district so named is its office; a bureau is taken as printed', () => {
    expect(readIngested(page('白杨街道')).front.issuer).toBe('白杨街道办事处');
    expect(readIngested(page('上虞区财政局')).front.issuer).toBe('上虞区财政局');
  });

  test('guard: a bare unit with no place ("镇人民政府") names no one', () => {
    expect(readIngested(page('镇人民政府')).front.issuer).toBeUndefined();
  });
});
