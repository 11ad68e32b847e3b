/**
 * Ingest defects found on the twenty-fifth round of held-out pages (2026-12-01):
 * reports on essay, writing-material and copy sites, where the site prints its
 * own name for the page (a keyword label, a compilation's heading and item label,
 * a clickbait name, a teaser) where the report's title would be — listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 25", with
 * the round-22 pages of the same make (锡林浩特, 道外, 綦江). Each test is the
 * page's shape reduced to a few lines; its name says what ingest did before
 * ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const review = '2009年是极不寻常的一年,面对国际金融危机的严重冲击,全区上下以科学发展观为统领,圆满完成了区十五届人大三次会议确定的各项任务,经济和社会各项事业实现了平稳较快发展。';
const teaser = '政府工作报告各位代表:我代表区人民政府,向大会作工作报告,请予审议。2009年工作简要回顾2009年是极不寻常的一年,面对国际金融危机的严重冲击,全区上下以科学发展观为统领,以建设“繁荣和谐新道';
/** An essay site's head: its name for the page, a stamp row, the teaser with its blurb, the name again, then the document. */
const essayPage = (name: string, own: string) =>
  `${name}\n\n时间:2023-05-19 13:50:07 来源:网友投稿\n\n${teaser}下面是小编为大家整理的${name},供大家参考。\n\n${name}\n\n${own}\n\n各位代表:\n\n我代表区人民政府,向大会作工作报告,请予审议。\n\n2009年工作简要回顾\n\n${review}`;

describe('held-out round 25: the document\'s own title line under an essay site\'s names for the page', () => {
  test('"道外区2009年政府工作报告" (the site\'s) … "政府工作报告" right over the salutation: the title is the document\'s (was: the site\'s name)', () => {
    const { front, blocks } = readIngested(essayPage('道外区2009年政府工作报告', '政府工作报告'));
    expect(front.title).toBe('政府工作报告');
    expect(front.issuer).toBe('道外区人民政府');
    expect(blocks[0]).toBe('各位代表：');
  });

  test('"…2008年政府工作报告【优秀范文】" twice around the teaser, then "政府工作报告": the document\'s title (was: none, all removed as the page\'s head)', () => {
    const { front } = readIngested(essayPage('锡林浩特市2008年政府工作报告【优秀范文】', '政府工作报告'));
    expect(front.title).toBe('政府工作报告');
  });

  test('"县政府报告范文" (the site\'s heading, 范文 its word) over "县政府报告" right over the salutation: the upload\'s name is the title (was: none)', () => {
    const { front, blocks } = readIngested('美章网 资料文库 县政府报告范文\n\n县政府报告范文\n\n本站小编为你精心准备了县政府报告参考范文,愿这些范文能点燃您思维的火花,激发您的写作灵感。欢迎深入阅读并收藏。\n\n县政府报告\n\n各位代表:\n\n现在,我代表县人民政府,向大会作政府工作报告,请予审议,并请各位县政协委员和其他列席人员提出意见。\n\n一、结构调整步伐加快\n\n' + review);
    expect(front.title).toBe('县政府报告');
    expect(blocks[0]).toBe('各位代表：');
  });

  test('a site label with the site\'s word alone over the salutation ("县政府报告范文") is no title (was: the title)', () => {
    const { front } = readIngested('县政府报告范文\n\n各位代表:\n\n现在,我代表县人民政府,向大会作政府工作报告,请予审议。\n\n一、结构调整步伐加快\n\n' + review);
    expect(front.title).toBe('');
  });

  test('guard: a portal\'s article title alone over the salutation ("2011年政府工作报告") stays the title', () => {
    const { front } = readIngested('2011年政府工作报告\n\n各位代表:\n\n现在,我代表县人民政府,向大会作政府工作报告,请予审议。\n\n一、过去五年工作回顾\n\n' + review);
    expect(front.title).toBe('2011年政府工作报告');
  });
});

const opening = '現在,我代表鎮人民政府向大會作工作報告,請予審議,并請各位代表和列席會議的同志提出寶貴意見。';
const townReview = '鎮屆人大一次會議以來,在上級黨委、政府和鎮黨委的正確領導下,鎮政府堅持以科學發展觀統領全局,圓滿完成了鎮十五屆人大各次會議確定的任務目標。';

describe('held-out round 25: a compilation of 范文 and its item labels', () => {
  test('"鎮長工作報告范文", a 導語 blurb of 十篇范文, "篇1", then the opening sentence (no salutation): no title, the blurb and the label are the page\'s, no date (was: the heading the title, the blurb and "篇1" in the body, the posting time the date)', () => {
    const { front, blocks } = readIngested(`鎮長工作報告范文\n\n時間:2023-03-13 21:18:14\n\n導語:如何才能寫好一篇鎮長工作報告,這就需要搜集整理更多的資料和文獻,歡迎閱讀由公務員之家整理的十篇范文,供你借鑒。\n\n篇1\n\n${opening}\n\n一、本屆政府工作回顧\n\n${townReview}`);
    expect(front.title).toBe('');
    expect(front.date).toBeUndefined();
    expect(blocks[0]).toBe(opening.replace(/,/g, '，'));
  });

  test('"第1篇 政府工作报告(5)工作总结" under the site\'s heading "政府工总结报告": the upload\'s name in the item label is the title (was: the site\'s heading)', () => {
    const { front, blocks } = readIngested('政府工总结报告15篇\n\n发布时间:2023-01-06 10:36:02 查看人数:55\n\n政府工总结报告\n\n第1篇 政府工作报告(5)工作总结\n\n各位代表:\n\n现在,我代表_人民政府向大会报告工作,请予审议。\n\n一、过去五年的基本回顾\n\n' + review);
    expect(front.title).toBe('政府工作报告');
    expect(blocks[0]).toBe('各位代表：');
  });

  test('"第一篇:镇政府年度工作报告" under the heading "镇政府年度工作报告" and a 简介 blurb: the label and the blurb are the page\'s, not a heading and a paragraph (was: a level-1 heading over the report\'s own 一、)', () => {
    const { front, blocks } = readIngested('镇政府年度工作报告\n\n时间:2019-05-13 04:10:06下载本文作者:会员上传\n简介:写写帮文库小编为你整理了多篇相关的《镇政府年度工作报告》,但愿对你工作学习有帮助,当然你在写写帮文库还可以找到更多《镇政府年度工作报告》。\n\n第一篇:镇政府年度工作报告\n\n各位代表:\n\n现在,我代表镇人民政府向大会报告工作,请予审议。\n\n一、2013年工作回顾\n\n' + review);
    expect(front.title).toBe('镇政府年度工作报告');
    expect(blocks[0]).toBe('各位代表：');
    expect(blocks).toContain('## 一、2013年工作回顾');
  });

  test('guard (pins earlier behaviour): "杭州市政協工作報告" over "杭州市政協工作報告篇1" stays the title (the name the page gives the document)', () => {
    const { front } = readIngested('杭州市政協工作報告\n政協是中國人民愛國統一戰線的組織,下面學習啦小編給大家分享幾篇杭州市政協工作報告,一起看一下吧!\n杭州市政協工作報告篇1\n各位委員:\n我代表政協第十屆杭州市委員會常務委員會,向大會報告工作,請予審議。\n一、20xx年工作回顧\n' + review);
    expect(front.title).toBe('杭州市政協工作報告');
  });
});

const cppcc = (head: string) =>
  `${head}\n\n政协武陵源区第四届委员会第一次会议\n\n常务委员会工作报告\n\n区政协第三届委员会常务副主席 卓乐知\n\n(2007年12月11日)\n\n各位委员:\n\n我受政协张家界市武陵源区第三届委员会常务委员会的委托,向大会作工作报告,请予审议,并请列席会议的同志提出意见。\n\n三届政协工作的回顾\n\n政协张家界市武陵源区第三届委员会任期的五年,是我区坚持科学发展观、经济又好又快发展的五年。`;

describe('held-out round 25: a clickbait name for another body over the document\'s own head', () => {
  test('"政协新乐市第四届委员会工作总结" ×3 (heading, "(共6篇)", "1.… 篇一") over the session line, "常务委员会工作报告", the speaker and the day: the document\'s title, speaker and date (was: the clickbait title, the posting date, the item label a heading)', () => {
    const { front, blocks } = readIngested(cppcc('政协新乐市第四届委员会工作总结\n\n2024-09-22\n\n政协新乐市第四届委员会工作总结(共6篇)\n\n1.政协新乐市第四届委员会工作总结 篇一'));
    expect(front.title).toBe('政协武陵源区第四届委员会第一次会议常务委员会工作报告');
    expect(front.speaker).toBe('区政协第三届委员会常务副主席 卓乐知');
    expect(front.date).toBe('2007-12-11');
    expect(front.date_source).toBe('title');
    expect(blocks[0]).toBe('各位委员：');
  });

  test('"政协新乐市第四届委员会工作总结" ×3 (heading, "(共6篇)", "1.… 篇一") over the document\'s own head: the page\'s head, the text opening at the salutation (was: "(共6篇)" and the head paragraphs of the text, the item label a level-1 heading)', () => {
    const { blocks } = readIngested(cppcc('政协新乐市第四届委员会工作总结\n\n2024-09-22\n\n政协新乐市第四届委员会工作总结(共6篇)\n\n1.政协新乐市第四届委员会工作总结 篇一'));
    expect(blocks[0]).toBe('各位委员：');
    expect(blocks.filter((b) => b.includes('新乐市') || b.includes('卓乐知'))).toEqual([]);
    expect(blocks).toContain('## 三届政协工作的回顾');
  });

  test('guard: a reporter\'s byline where the speaker would stand ("本报记者 李明") makes no title block: the page\'s title stays, no speaker', () => {
    const { front } = readIngested('政协新乐市第四届委员会工作总结\n\n政协工作报告\n\n本报记者 李明\n\n(2007年12月11日)\n\n各位委员:\n\n我受政协张家界市武陵源区第三届委员会常务委员会的委托,向大会作工作报告,请予审议。\n\n三届政协工作的回顾\n\n' + review, 'page.txt', { clean: false });
    expect(front.speaker).toBeUndefined();
    expect(front.date_source).not.toBe('title');
    expect(front.title).toBe('政协新乐市第四届委员会工作总结');
  });

  test('"一、围绕中心,服务大局,政治协商逐步规范 五年来,…。" (a heading and its paragraph on one line, a space between): a heading over a paragraph, "(一)…" under it (was: one paragraph, "(一)…" a level up)', () => {
    const { blocks } = readIngested('各位委员:\n\n我受政协第三届委员会常务委员会的委托,向大会作工作报告,请予审议。\n\n三届政协工作的回顾\n\n' + review + '\n\n一、围绕中心,服务大局,政治协商逐步规范 五年来,区政协重视研究政治协商的有效形式和方法,认真建言献策。\n\n(一)整体协商效果明显。全委会是政协最全面、最集中履行政治协商职能的重要形式。');
    expect(blocks).toContain('### 一、围绕中心，服务大局，政治协商逐步规范');
    expect(blocks).toContain('五年来，区政协重视研究政治协商的有效形式和方法，认真建言献策。');
    expect(blocks.find((b) => b.includes('整体协商效果明显'))).toMatch(/^#### /u);
  });

  test('guard: "一、加快发展 改善民生" (a heading with a space inside it) stays one heading (its space closed up, as before)', () => {
    const { blocks } = readIngested('各位代表:\n\n我代表区人民政府,向大会作工作报告,请予审议。\n\n一、加快发展 改善民生\n\n' + review + '\n\n二、今年工作安排\n\n' + review);
    expect(blocks).toContain('## 一、加快发展改善民生');
  });
});

describe('held-out round 25: a writing-material site\'s posting time', () => {
  test('"范文" / "位置:首页 > 范文 > 工作报告" / "市长政府工作报告全文" / "发布时间:2024-…": no date, no title (was: the posting time the published date)', () => {
    const { front } = readIngested('范文\n\n位置:首页 > 范文 > 工作报告\n\n市长政府工作报告全文\n\n发布时间:2024-08-22 16:21:23\n\n  各位代表:\n\n  现在,我代表重庆市人民政府,向大会作政府工作报告,请予审议\n\n  一、“十五”时期发展的回顾\n\n  过去五年,我们坚持以邓小平理论和“三个代表”重要思想为指导,完成或超额完成“十五”计划确定的主要任务。');
    expect(front.date).toBeUndefined();
    expect(front.title).toBe('');
  });

  test('guard: a portal\'s 发布时间 over a report it does not date otherwise is still the published date', () => {
    const { front } = readIngested('政府工作报告\n\n发布时间:2024-01-22 16:21:23\n\n各位代表:\n\n现在,我代表市人民政府,向大会作政府工作报告,请予审议。\n\n一、2023年工作回顾\n\n过去一年,我们坚持稳中求进工作总基调,全面完成全年目标任务。');
    expect(front.date).toBe('2024-01-22');
    expect(front.date_source).toBe('published');
  });
});

describe('held-out round 25: a copy\'s stamp rows between the title and the occasion', () => {
  test('"2011年政府工作报告" over "发布时间:… 文章来源:未知 责任编辑:…" and an empty counter "访问:次", then the occasion: the title (was: none, the title taken for the page\'s head)', () => {
    const { front } = readIngested('2011年政府工作报告\n发布时间:2012-01-01 文章来源:未知 责任编辑:董海平\n访问:次\n——2011年1月12日在和林格尔县第十三届人民代表大会第四次会议上\n和林格尔县县长 吴志强\n各位代表:\n现在,我代表和林格尔县人民政府,向大会作政府工作报告,请予审议。\n一、“十一五”时期和2010年工作回顾\n“十一五”时期,是我县发展历程中极不平凡的五年。');
    expect(front.title).toBe('2011年政府工作报告');
    expect(front.occasion).toBe('2011年1月12日在和林格尔县第十三届人民代表大会第四次会议上');
  });
});

describe('held-out round 25: a writing site\'s article with its table of contents', () => {
  const page = '您的位置:新文秘網>>換屆/政務講話/政府/政府報告/>>正文\n\n鎮人代會政府工作報告\n\n發表時間:2006/10/28 12:22:00\n目錄/提綱:……\n一、上半年以來工作回顧\n二、今后五年的工作思路和目標任務\n(一)、貫穿一條主線,增加農民收入\n(二)、圍繞一個中心,搞活鎮域經濟\n……\n\n  各位代表:\n  金秋十月,瓜果飄香。在此,我謹代表三川口鎮人民政府向關心和支持本次大會的各位代表表示衷心感謝!\n  今天,我代表三川口鎮人民政府向大會作政府工作報告,請予審議。\n  一、上半年以來工作回顧\n  今年以來,全鎮人民按計劃完成了各項任務指標,取得了顯著成效。';

  test('"目錄/提綱:……", the headings one a line, "……" before the salutation, a welcome before the opening words: the page\'s, not headings (was: "二、…" a heading, the rest paragraphs)', () => {
    const { blocks } = readIngested(page);
    expect(blocks[0]).toBe('各位代表：');
    expect(blocks.filter((b) => b.startsWith('#'))).toEqual(['## 一、上半年以來工作回顧']);
  });

  test('"鎮人代會政府工作報告": a name for a report to the town\'s congress names no government; the issuer is the one the text names (was: "鎮人代會政府")', () => {
    const { front } = readIngested(page);
    expect(front.title).toBe('鎮人代會政府工作報告');
    expect(front.issuer).toBe('三川口鎮人民政府');
  });
});

describe('held-out round 25: a paged copy\'s footer', () => {
  test('"百度搜索“70edu”…即可找到本站…在线全文阅读。" and "最新更新:" after the report\'s last paragraph: the site\'s (was: two paragraphs of the text, one marked a lead)', () => {
    const { blocks, leads } = readIngested("进一步推进政协机关建设。健全制度,狠抓落实,切实加强机关干部队伍建设,努力造就一支政治坚定、作风优良、学识丰富、业务熟练的高素质干部队伍。要保持和发扬奋发有为、求真务实、扎实工作、乐于奉献的精神,继续加强专委会建设,建立专委会向常委会报告工作制度,着力提高专委会工作水平,发挥专委会在政协工作中的基础性作用。要继续加强宣传工作,转变宣传理念,丰富内容,改进方法,深入宣传政协理论和区政协工作实践,进一步扩大社会各界对政协工作的认识,为开展政协工作营造良好的工作环境和舆论氛围。\n各位委员,胡锦涛总书记在庆祝人民政协成立六十周年大会上指出:“人民政协60年的伟大历程已经载入人民共和国的光辉史册,人民政协事业更新更美的图画正等待我们去描绘”。在全面建设小康社会的伟大实践中,人民政协使命光荣,任务艰巨。让我们更加紧密地团结在以胡锦涛同志为总书记的中共中央周围,高举中国特色社会主义伟大旗帜,在中共凉州区委的坚强领导下,深入贯彻落实科学发展观,以更加饱满的政治热情,更加昂扬的精神状态,团结奋进,积极进取,努力开创政协工作新局面,为促进全区经济社会新的发展作出更大的贡献!\n百度搜索“70edu”或“70教育网”即可找到本站免费阅读全部范文。收藏本站方便下次阅读,70教育网,提供经典工作汇报2024年人民政治协商会议区常务委员会工作报告(7)在线全文阅读。\n最新更新:", 'page.txt', { clean: false });
    expect(blocks.at(-1)).toMatch(/^各位委员，胡锦涛总书记/);
    expect(leads.some((l) => l.includes('70edu'))).toBe(false);
  });
});
