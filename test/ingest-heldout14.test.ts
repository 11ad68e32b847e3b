/**
 * Ingest defects found on the fourteenth round of held-out pages (2026-12-01):
 * news sites, newspaper and document-sharing pages and mirrors carrying a
 * report's text, 2008–2013, reports other than a government's own (the
 * procuratorate's, the Supreme Court's, a standing committee's) — listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 14". Each
 * test is the page's shape reduced to a few lines; its name says what ingest
 * did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { speakerOf } from '../pipeline/ingest/speaker.ts';
import { issuerOf } from '../pipeline/ingest/issuer.ts';
import { readIngested } from './ingest-helpers.ts';

describe('held-out round 14: a document library label glued before the occasion', () => {
  const page = (label: string) =>
    `${label}——2009年5月16日在昔阳县第十五届人民代表大会\n   第三次会议上\n代县长   丁雪钦\n各位代表:\n现在,我代表县人民政府向大会作报告,请予审议,并请各位政协委员和其他列席人员提出宝贵意见。\n二00八年工作回顾\n2008年,是我县经济社会发展极不平凡的一年。`;

  test('"文档介绍:——2009年5月16日在昔阳县…" is read as the occasion, the label removed and reported (was: both lines removed as the page head, no occasion, date or issuer)', () => {
    const { front, rules } = readIngested(page('文档介绍:'));
    expect(front).toMatchObject({ occasion: '2009年5月16日在昔阳县第十五届人民代表大会第三次会议上', date: '2009-05-16', date_source: 'occasion', issuer: '昔阳县人民政府' });
    expect(rules).toContain('document-site');
  });

  test('guard: a sentence that opens with 文档 is text, not a label', () => {
    const { blocks } = readIngested(`各位代表:\n文档介绍工作要规范,全年整理档案1200卷。\n一、2008年工作回顾\n2008年,全县经济平稳增长。`, 'page.txt', { clean: false });
    expect(blocks).toContain('文档介绍工作要规范，全年整理档案1200卷。');
  });
});

describe('held-out round 14: a standing committee secretary-general speaks', () => {
  test('"市人大常委会秘书长 赵 英" is the speaker (was: left as the first paragraph)', () => {
    expect(speakerOf('市人大常委会秘书长 赵 英')).toBe('市人大常委会秘书长 赵英');
    const { front, blocks } = readIngested(
      `——2009年2月6日在市十二届人大常委会第43次会议上\n市人大常委会秘书长 赵 英\n主任、各位副主任、各位委员:\n受主任会议的委托,现对《郑州市人大常委会工作报告(草案)》起草情况作如下说明,请予审议。\n一、报告的起草和修改过程\n常委会主要领导高度重视报告的起草工作。`,
    );
    expect(front.speaker).toBe('市人大常委会秘书长 赵英');
    expect(blocks[0]).toBe('主任、各位副主任、各位委员：');
  });

  test('guard: the role alone, or with a sentence, is no speaker', () => {
    expect(speakerOf('市人大常委会秘书长')).toBeUndefined();
    expect(speakerOf('秘书长主持召开会议并讲话')).toBeUndefined();
  });
});

describe('held-out round 14: a news agency photo caption between the title block and the text', () => {
  const page = (caption: string) =>
    `最高人民檢察院工作報告\n——2012年3月11日在第十一屆全國人民代表大會第五次會議上\n最高人民檢察院檢察長 曹建明\n${caption}\n各位代表:\n現在,我代表最高人民檢察院向大會報告工作,請予審議,並請全國政協各位委員提出意見。\n2011年檢察工作回顧\n2011年,全國檢察機關各項檢察工作取得新進展。`;

  test('"3月11日,…在…會議上作…工作報告。 新華社記者 姚大偉 攝" is removed as a caption (was: the first paragraph)', () => {
    const { blocks, rules } = readIngested(page('3月11日,最高人民檢察院檢察長曹建明在十一屆全國人大五次會議上作最高人民檢察院工作報告。 新華社記者 姚大偉 攝'));
    expect(blocks[0]).toBe('各位代表：');
    expect(rules).toContain('caption');
  });

  test('guard: the same sentence without a photographer\'s credit stays (a news lede is text)', () => {
    const { blocks } = readIngested(page('3月11日,最高人民檢察院檢察長曹建明在十一屆全國人大五次會議上作最高人民檢察院工作報告。'), 'page.txt', { clean: false });
    expect(blocks[0]).toMatch(/^3月11日/);
  });
});

describe('held-out round 14: a live transcript that tags every line with the speaker\'s name', () => {
  const lede = '2010年3月5日9時,十一屆全國人民代表大會第三次會議在人民大會堂舉行開幕會,聽取國務院總理溫家寶作政府工作報告,審查年度計劃報告和預算報告。';
  const transcript = `${lede}\n[溫家寶]:各位代表:現在,我代表國務院向大會作政府工作報告,請予審議,并請全國政協各位委員提出意見。\n[溫家寶]:一、2009年工作回顧\n[溫家寶]:2009年是新世紀以來我國經濟發展最為困難的一年。\n[溫家寶]:在異常困難的情況下,改革開放和社會主義現代化建設取得新的重大成就。(掌聲)\n[溫家寶]:國內生產總值達到33.5萬億元,比上年增長8.7%。`;

  test('"[溫家寶]:" before the salutation: the lede is the page\'s head, the speaker\'s role comes from it, each later tag goes (was: lede kept as the first paragraph, no speaker, the heading not read behind its tag)', () => {
    const { front, blocks, rules } = readIngested(transcript);
    expect(front).toMatchObject({ speaker: '國務院總理 溫家寶', issuer: '國務院' });
    expect(blocks[0]).toMatch(/^各位代表：現在/);
    expect(blocks[1]).toBe('## 一、2009年工作回顧');
    expect(blocks.join('\n')).not.toContain('[溫家寶]');
    expect(rules.filter((r) => r === 'transcript-tag')).toHaveLength(4);
  });

  test('the lede dates the report: "2010年3月5日…會議…聽取…溫家寶作政府工作報告" (was: no date)', () => {
    expect(readIngested(transcript).front).toMatchObject({ date: '2010-03-05', date_source: 'occasion' });
  });

  test('"(掌聲)" after a sentence ends its paragraph (was: the next tagged line joined to it)', () => {
    const { blocks } = readIngested(transcript);
    expect(blocks).toContain('在異常困難的情況下，改革開放和社會主義現代化建設取得新的重大成就。（掌聲）');
  });

  test('guard: a tag naming someone else stays (the chair speaking after the report)', () => {
    const { blocks } = readIngested(`${transcript}\n[吳邦國]:現在進行第二項議程。`, 'page.txt', { clean: false });
    expect(blocks.join('\n')).toContain('[吳邦國]');
  });

  test('guard: a lede that dates another event (a closing vote, no 作…报告) dates nothing; a bare name with no role above is the speaker as printed', () => {
    const { front } = readIngested(transcript.replace(lede, '2010年3月14日,十一屆全國人民代表大會第三次會議舉行閉幕會,表決關於政府工作報告的決議草案。'), 'page.txt', { clean: false });
    expect(front.date).toBeUndefined();
    expect(front.speaker).toBe('溫家寶');
  });
});

describe('held-out round 14: a news page\'s broken widgets after the text', () => {
  const report = `[最高人民法院院长 王胜俊]各位代表:现在,我代表最高人民法院向大会报告工作,请予审议,并请全国政协各位委员提出意见。\n\n  2009年,最高人民法院各项工作取得新进展。\n\n责编:魏宇\n\n打印\n`;

  test('"CCTV.com - ERROR", its message garbled (UTF-8 read as GBK, bytes lost), "边看边聊": removed, the garbled line as damage with what can be read of it (was: three paragraphs of junk)', () => {
    const { blocks, result } = readIngested(`${report}CCTV.com - ERROR\n\n瀵逛笉璧凤紝鍙兘鏄綉缁滃師鍥犳垨鏃犳椤甸潰锛岃绋嶅悗灏濊瘯銆\n\n边看边聊\n\n验证码:\n`);
    expect(blocks).toEqual(['各位代表：现在，我代表最高人民法院向大会报告工作，请予审议，并请全国政协各位委员提出意见。', '2009年，最高人民法院各项工作取得新进展。']);
    const garbled = result.file.messages.find((m) => m.ruleId === 'mojibake');
    expect(garbled?.fatal).toBe(false);
    expect(garbled?.reason).toContain('对不起');
  });

  test('a garbled line that reads back whole is repaired in place and reported', () => {
    // "各项工作取得新进展，经济社会发展平稳。" read as GBK, its last byte lost: all but the full stop comes back.
    const { blocks, rules } = readIngested(`${report}鍚勯」宸ヤ綔鍙栧緱鏂拌繘灞曪紝缁忔祹绀句細鍙戝睍骞崇ǔ銆\n`, 'page.txt', { clean: false });
    expect(rules).toContain('mojibake');
    expect(blocks.join('\n')).toContain('各项工作取得新进展，经济社会发展平稳');
  });

  test('guard: ordinary Chinese lines, simplified and traditional, are never read as mojibake', () => {
    const { blocks, rules } = readIngested(`各位代表:\n現在,我代表國務院向大會作政府工作報告,請予審議。\n經濟社會發展取得新進展,全縣人民生活水平明顯提高。\n现在，我代表县人民政府向大会报告工作，请予审议。`, 'page.txt', { clean: false });
    expect(rules).not.toContain('mojibake');
    expect(blocks).toHaveLength(4);
  });
});

describe('held-out round 14: document sites\' chunked previews', () => {
  const chunk = (n: number, text: string) => `${n}、${text}`;
  const long = '做为街道社区管理负责人,我现将2008年街道办工作总结如下,请各位领导及广大市民提供宝贵意见。全力加强社区建设,社区环境进一步改善,人民生活水平进一步提高,精神文明建设进一步加强,有力地促进了管区经济和社会的协调发展。投资104万元,在广盛里社区铺设了水泥路,同时铺设主排水管道1238米,彻底改变了四个小区居民行路难的状况,解决了居民吃水难、排水不畅的问题。';

  test('the page\'s last chunk, short because the page is cut inside it, is joined too (was: "3、路径,…" a level-3 heading)', () => {
    const { blocks } = readIngested(
      `${chunk(1, `各位代表:${long}同时修建了简易活动场地,安装了4组健身`)}\n${chunk(2, `${long}安装了4组健身`)}\n${chunk(3, '路径,填补了这一社区健身器材的空白。 为了把管区为百姓办的实事办好,社区干部不辞辛苦,千方百')}`,
      'page.txt',
      { clean: false },
    );
    expect(blocks.some((b) => b.startsWith('#'))).toBe(false);
    expect(blocks.join('')).toContain('安装了4组健身路径，填补了这一社区健身器材的空白。');
  });

  test('guard: a short last chunk that ends a sentence stays as printed (its length is not the cut\'s)', () => {
    const { blocks } = readIngested(`${chunk(1, `各位代表:${long}安装了4组健身`)}\n${chunk(2, `${long}安装了4组健身`)}\n${chunk(3, '路径,填补了这一社区健身器材的空白。')}`, 'page.txt', { clean: false });
    expect(blocks.join('\n')).toContain('3、路径');
  });

  test('the site\'s separator before a glued title block, "1、-_政府工作报告2013年3月5日在…", is no part of the title (was: no title)', () => {
    const { front } = readIngested(
      `1、-_政府工作报告2013年3月5日在第十二届全国人民代表大会第一次会议上国务院总理温家宝各位代表:现在,我代表国务院,向大会报告过去五年的政府工作,并对今年工作提出建议,请各位代表审议,并请全国政协委员提出意见。过去五年,是我国发展进程中极不平凡的五年。我们有效应对国际金融危机的严重冲击,保持经济平稳较快发展。国内生产总值从26.6万亿元增加到51.9万亿元,跃升到世界第二位。公共财政收入从5.1万亿元增加到11.7万亿元。累计新增城镇就业5870万人,城镇居民人均可支配收入和农村居民人均纯收入年均分别增长8.8%、\n\n2、9.9%。粮食产量实现“九连增”。重要领域改革取得新进展,开放型经济达到新水平。创新型国家建设取得新成就,载人航天、探月工程、载人深潜、北斗卫星导航系统、超级计算机、高速铁路等实现重大突破,第一艘航母“辽宁舰”入列。我们坚持把保障和改善民生作为工作的出发点和落脚点,城乡居民收入稳步提高,社会保障体系建设取得重大进展,各项社会事业全面发展,人民生活水平明显提高。`,
      'page.txt',
      { clean: false },
    );
    expect(front).toMatchObject({ title: '政府工作报告', speaker: '国务院总理 温家宝' });
  });

  const bilingual = `各位代表:现在,我代表国务院,向大会报告过去五年的政府工作,并对今年工作提出建议,请各位代表审议,并请全国政协委员提出意见。一、过去五年工作回顾I. Review of Work in the Past Five Years第十一届全国人民代表大会第一次会议以来的五年,是我国发展进程中极不平凡的五年。The past five years since the First Session of the Eleventh National Peoples Congress were a truly extraordinary period of time in the course of Chinas development.我们有效应对国际金融危机的严重冲击,保持经济平稳较快发展。`;

  test('a bilingual heading glued between a sentence and its English twin, "…意见。一、过去五年工作回顾I. Review of Work…第十一届…", is a heading (was: one paragraph)', () => {
    const { blocks } = readIngested(bilingual, 'page.txt', { clean: false });
    expect(blocks).toContain('## 一、过去五年工作回顾');
    expect(blocks).toContain('I. Review of Work in the Past Five Years');
  });

  test('guard: a Roman numeral that is not the heading\'s number splits nothing', () => {
    const { blocks } = readIngested(bilingual.replace('I. Review', 'II. Review'), 'page.txt', { clean: false });
    expect(blocks.some((b) => b.startsWith('#'))).toBe(false);
  });

  test('"-精品合同推荐- 2008年街道办工作总结一年来,振兴街道办事处…": the site\'s category goes, the title is read, the text starts at 一年来; a heading glued after a sentence, its text after a space, is split off (was: all one paragraph, no title)', () => {
    const { front, blocks, rules } = readIngested(
      `-精品合同推荐- 2008年街道办工作总结一年来,振兴街道办事处在区党工委、管委会的正确领导下,全力加强社区建设,社区环境进一步改善,人民生活水平进一步提高。 做为街道社区管理负责人,我现将2008年街道办工作总结如下,请各位领导及广大市民提供宝贵意见。一、加大环境整治力度,绿化美化社区 社区是居民的生活地,社区环境是居民关注的热点。 投资104万元,在广盛里社区铺设了水泥路。 投资130万元对北陈社区进行上下水改造工程。`,
      'page.txt',
      { clean: false },
    );
    expect(front.title).toBe('2008年街道办工作总结');
    expect(blocks[0]).toMatch(/^一年来，振兴街道办事处/);
    expect(blocks).toContain('## 一、加大环境整治力度，绿化美化社区');
    expect(rules).toContain('document-site');
  });

  test('guard: a sentence that ends in a numbered clause before a space keeps it ("…三项工作。一是 抓…" is no heading)', () => {
    const { blocks } = readIngested(`各位代表:现在,我代表县人民政府向大会报告工作,请予审议。 过去一年,全县经济平稳增长,财政收入稳步提高,民生持续改善,社会和谐稳定,各项事业取得新进展。 我们重点抓了三项工作,取得了明显成效,群众满意度进一步提升。一是 抓项目建设,全年实施重点项目52个,完成投资38亿元。 二是 抓民生改善,新增就业3200人。`, 'page.txt', { clean: false });
    expect(blocks.some((b) => b.startsWith('#'))).toBe(false);
  });
});

describe('held-out round 14: a paragraph break a document preview turned into two spaces', () => {
  test('"…又好又快发展。  县域综合实力显著增强。…": a new paragraph, its lead read (was: run into the paragraph before)', () => {
    const { blocks, leads } = readIngested(
      `各位代表:\n现在,我代表县人民政府向大会作报告,请予审议。\n二00八年工作回顾\n2008年,是我县经济社会发展极不平凡的一年,实现了全县经济社会又好又快发展。  县域综合实力显著增强。全县生产总值同比增长16%。\n工业经济实现新的增长。规模以上工业企业发展到28户。`,
    );
    expect(blocks).toContain('2008年，是我县经济社会发展极不平凡的一年，实现了全县经济社会又好又快发展。');
    expect(leads).toContain('县域综合实力显著增强。');
  });

  test('guard: one space after a sentence end, or two before a figure, joins nothing apart', () => {
    const { blocks } = readIngested(`各位代表:\n现在,我代表县人民政府向大会作报告,请予审议。\n2008年,全县经济又好又快发展。 县域综合实力显著增强。\n全年完成投资18亿元。  2009年预计增长10%。`, 'page.txt', { clean: false });
    expect(blocks).toContain('2008年，全县经济又好又快发展。县域综合实力显著增强。');
    expect(blocks.some((b) => b.startsWith('全年完成投资18亿元。') && b.includes('2009年'))).toBe(true);
  });
});

describe('held-out round 14: a subdistrict office named by its text, not its title', () => {
  test('"2008年街道办工作总结" over "一年来,振兴街道办事处在区党工委…领导下": the issuer is 振兴街道办事处 (was: none)', () => {
    expect(issuerOf({ title: '2008年街道办工作总结', body: '一年来,振兴街道办事处在区党工委、管委会的正确领导下,全力加强社区建设。' })).toBe('振兴街道办事处');
  });

  test('guard: a title that names no subdistrict office, or a text that names none, gives nothing', () => {
    expect(issuerOf({ title: '2008年工作总结', body: '一年来,振兴街道办事处在区党工委、管委会的正确领导下,全力加强社区建设。' })).toBeUndefined();
    expect(issuerOf({ title: '2008年街道办工作总结', body: '一年来,我们在区党工委、管委会的正确领导下,全力加强社区建设。' })).toBeUndefined();
  });
});
