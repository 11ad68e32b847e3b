/**
 * Ingest defects found on the nineteenth round of held-out pages (2026-12-01):
 * government work reports of places the corpus was thin on (江苏, 福建, 辽宁,
 * 河北, 山西, 天津, 香港, 澳门) and old years — listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 19". Each
 * test is the page's shape reduced to a few lines; its name says what ingest
 * did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const opening = '各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n一、2020年工作回顾\n过去一年,全市经济稳中有进。';

describe('held-out round 19: page furniture above the report', () => {
  test('a skip link in traditional characters ("跳至主要內容", a Hong Kong government page) is navigation, not the title (was: title "跳至主要內容")', () => {
    const { front, rules } = readIngested(`跳至主要內容\n\n2021年政府工作报告\n\n${opening}`);
    expect(front.title).toBe('2021年政府工作报告');
    expect(rules).toContain('navigation');
  });

  test('a portal\'s welcome banner ("欢迎访问【沈阳市城市管理综合行政执法局 沈阳市园林局】官方网站!") and its accessibility bar ("无障碍辅助浏览工具条 |") are the page\'s, not the title\'s first lines (was: the three lines joined as the title)', () => {
    const { front, rules } = readIngested(`欢迎访问【沈阳市城市管理综合行政执法局 沈阳市园林局】官方网站!\n无障碍辅助浏览工具条 | \n当前位置:首页>政务公开>政府工作报告\n\n沈阳市2021年政府工作报告\n\n${opening}`);
    expect(front.title).toBe('沈阳市2021年政府工作报告');
    expect(rules).toEqual(expect.arrayContaining(['navigation', 'breadcrumb']));
  });

  test('a menu whose first item is letter-spaced ("首 页 区县招商 产业园区 企业选址 优惠政策 新闻中心") is the site\'s (was: joined to the title under it)', () => {
    const { front } = readIngested(`首 页 区县招商 产业园区 企业选址 优惠政策 新闻中心\n2016年天津市红桥区人民政府工作报告\n\n${opening}`);
    expect(front.title).toBe('2016年天津市红桥区人民政府工作报告');
  });

  test('a row of asterisks under a press release\'s heading, and a lone "|" left of a layout table, are no text (was: paragraphs "\\*\\*\\*…" and "|")', () => {
    const { blocks, rules } = readIngested(`2021年政府工作报告\n***************************************\n|\n${opening}`);
    expect(blocks.some((b) => /^[*\\|]+$/.test(b))).toBe(false);
    expect(rules).toContain('separator');
  });

  test('a flipbook page\'s "Page 9 - 2022年第2期" and "P. 9", and a gazette\'s running header "·工作报告· 2/2022 大同市人民政府公报", are furniture (was: the header taken for the title, the other two left as paragraphs)', () => {
    const { front, blocks } = readIngested(`Page 9 - 2022年第2期\nP. 9\n·工作报告· 2/2022 大同市人民政府公报\n“生态有为”的历史跨越;坚持山水林田湖草沙 力建设集商务、科创、会展、休闲等功能为一\n系统治理,全面落实“河长制”“林长制”,强 体的现代活力新区。\n我们将紧紧盯住北京产业转移,持续深化京同合作。`, 'page.txt', { clean: false });
    expect(front.title ?? '').toBe('');
    expect(blocks[0]).toMatch(/^“生态有为”的历史跨越/);
  });

  test('guard: a sentence that opens with 欢迎 or names a gazette, and a line of dashes inside the text, stay', () => {
    const { blocks } = readIngested(`2021年政府工作报告\n${opening}\n欢迎访问者来到我市投资兴业,共享发展机遇。\n本报告数据来源于2/2022大同市人民政府公报及统计年鉴。\n——全年新增就业3万人。`);
    const text = blocks.join('\n');
    expect(text).toContain('欢迎访问者来到我市投资兴业');
    expect(text).toContain('大同市人民政府公报及统计年鉴');
    expect(text).toContain('——全年新增就业3万人');
  });
});

describe('held-out round 19: a paragraph ending on a half-width colon', () => {
  const review = '刚刚过去的2008年是我国发展进程中极不平凡的一年。面对历史罕见的国际金融危机和国内严重自然灾害,在省委、省政府和市委的正确领导下,市人民政府认真贯彻党的十七大和十七届三中全会精神,扎实推进福州又好又快发展,完成了市十三届人大三次会议确定的各项目标任务。主要表现在:';
  test('"…主要表现在:" (ASCII colon, as the pages corpus prints it) ends its paragraph: the "——经济保持平稳较快发展。" under it is a lead of its own (was: joined to the paragraph above, no lead)', () => {
    const { blocks, leads } = readIngested(`政府工作报告\n各位代表:\n现在,我代表市人民政府向大会作政府工作报告,请予审议。\n2008年工作回顾\n${review}\n——经济保持平稳较快发展。预计全市生产总值达2296亿元,比增13.1%。\n——城乡人民生活持续改善。城镇居民人均可支配收入达19000元,比增14.2%。`);
    expect(blocks.some((b) => b.endsWith('主要表现在：'))).toBe(true);
    expect(leads).toEqual(['——经济保持平稳较快发展。', '——城乡人民生活持续改善。']);
  });

  test('guard: a line the page wrapped mid-sentence still goes on, and a colon between Latin words ends nothing', () => {
    const { blocks } = readIngested(`政府工作报告\n各位代表:\n现在,我代表市人民政府向大会作政府工作报告,请予审议,并请市政协委员和其他列席人员提出意见。刚刚过去的2008年是极不平凡的一年,全市\n上下共同努力,完成了各项目标任务。`);
    expect(blocks.join('\n')).toContain('全市上下共同努力');
  });
});
