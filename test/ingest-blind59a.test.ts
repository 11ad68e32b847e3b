/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 59 (2026-12-06, helper blind59a:
 * government work reports at less-seen levels — 苏木, 乡, 镇, 团场 and farms, Taiwan's county councils — and pages about them,
 * 45 pages from 45 hosts no test held). Each test is the page's shape reduced to a few lines, with its URL; its name says what
 * ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const messages = (text: string, rule: string) => read(text).result.file.messages.filter((m) => m.ruleId === rule).map((m) => ({ line: m.line, column: m.column, reason: String(m.reason) }));
const body = (text: string) => read(text).blocks.join('\n');

describe('stop 59, blind: a Taiwan county site\'s skip link, its ":::" anchors and its back-to-top link', () => {
  // https://www.kmdn.gov.tw/1117/1271/1272/168509?cprint=pt (金門日報's story on the council's interpellation, print view)
  const page = [
    '按Enter到主內容區',
    ':::',
    ':::',
    '',
    '議會今續縣政總質詢',
    '',
    ' 縣議會第四屆第七次定期會從昨日起展開一連四天的縣政總質詢,首日由第一、第二質詢小組上場為縣政進行把脈。',
    ' 今日將續由第二質詢小組上場質詢,質詢時間為上午九時三十分至下午五時。',
    '',
    '回頁首',
  ].join('\n');
  test('"按Enter到主內容區" is a skip link, removed and said, and the headline under it is the title (was: the title)', () => {
    expect(read(page).front.title).toBe('議會今續縣政總質詢');
    expect(messages(page, 'navigation').map((m) => m.line)).toEqual([1, 2, 3]);
  });
  test('the ":::" anchors and "回頁首" leave the text, said (was: three paragraphs)', () => {
    expect(body(page)).not.toMatch(/:::|回頁首/u);
    expect(messages(page, 'home-link').map((m) => m.line)).toEqual([10]);
  });
  test('"跳到主要內容區塊" over a share menu is a skip link too (was: the title)', () => {
    // https://www.kmcc.gov.tw/8844/8899/8917/48591/ (金門縣議會's transcript page)
    const share = ['跳到主要內容區塊', '  • Facebook', '  • Twitter', '  • 友善列印', '', '第7屆 第02次定期會 總質詢', '', '主席洪議長允典:', '會議開始,首先,請同仁確認,第十一次會議記錄,如果沒意見,我們通過。'].join('\n');
    expect(read(share).front.title).toBe('第7屆第02次定期會總質詢');
  });
  test('guard: a sentence about the main content, and ":::" inside a line, stay text', () => {
    const words = ['政府工作报告', '各位代表:', '跳到主要内容区块的设计已纳入无障碍改造。', '编号为:::A1的项目已完工。'].join('\n');
    expect(body(words)).toContain('跳到主要内容区块的设计');
    expect(body(words)).toContain('::A1');
  });
});

describe('stop 59, blind: a transcript\'s turn ending on an ASCII question mark', () => {
  // https://www.kmcc.gov.tw/8844/8899/8917/48591/ (金門縣議會, 總質詢 minutes: each label alone on its line)
  const page = [
    '第7屆 第02次定期會 總質詢',
    '歐陽議員儀雄:',
    '縣長早,你任職即將滿一年,一年內,很多百姓時常問我怎麼都沒在發言。縣長有何感想?',
    '楊縣長鎮浯:',
    '「吵吵鬧鬧」要從幾個方向來看。第一,吵吵鬧鬧的原因;第二,吵吵鬧鬧的結果。',
    '歐陽議員儀雄:',
    '那縣長認為原因是什麼?',
    '楊縣長鎮浯:',
    '可能是各方的磨合。',
  ].join('\n');
  test('the label after the question opens the next turn (was: run into the question, "縣長有何感想？楊縣長鎮浯：")', () => {
    const blocks = read(page).blocks;
    expect(blocks.some((b) => b.endsWith('有何感想？'))).toBe(true);
    expect(blocks.filter((b) => b === '楊縣長鎮浯：')).toHaveLength(2);
  });
  test('guard: a wrapped sentence whose next line is no label still goes on after an ASCII "?"', () => {
    const wrapped = ['政府工作报告', '各位代表:', '我们要回答一个问题:怎样才能让群众满意?怎样才能让企业放心?', '这是今年政府工作的出发点。'].join('\n');
    expect(read(wrapped).blocks.join('\n')).toContain('让企业放心？这是今年政府工作的出发点。');
  });
});

describe('stop 59, blind: a printed page\'s number in dashes or tildes at a line\'s end', () => {
  // https://wenshuyi.com/a/file5fw1h8dz.html (a document library's copy of an office's rules, its page footer "-1-" glued on)
  const page = [
    '工作制度',
    '二、首问负责制度',
    '首问负责制按照“谁为第一接待人,谁负责认真接待”的原则,实行首问负责接待。同时,凡在本办内首次接待来函、来电-1-',
    '和来办事人员的股室和工作人员,视为首问责任人。',
  ].join('\n');
  test('"-1-" glued at the end of the broken sentence is removed and said, the sentence whole (was: "来电-1-和来办事人员")', () => {
    expect(body(page)).toContain('来电和来办事人员');
    const said = messages(page, 'page-number');
    expect(said.map((m) => [m.line, m.column])).toEqual([[3, 55]]);
  });
  test('"~727~" alone under the page\'s last line is a page footer (was: glued to the sentence, "…的總~727~")', () => {
    // https://kmc-ebook.21cms.tw/ebook/19th12/files/basic-html/page587.html (基隆市議會's minutes as an e-book)
    const ebook = ['陳議員明建:', '謝謝市長。確實我們施政的一個效率不是單靠我們林市長一個人而已,乃是', '靠我們所有各單位局處一起努力才能得到好的效率,因為這一次定期會最後一次的總', '~727~'].join('\n');
    expect(body(ebook)).not.toContain('727');
    expect(messages(ebook, 'page-footer').map((m) => m.line)).toEqual([4]);
  });
  test('guard: a range "3-5-" or a code after a figure, and a short line, keep their dashes', () => {
    const words = ['政府工作报告', '各位代表:', '新建标准化厂房共计十二栋,其中一期工程编号为A-1-', '二期工程同步启动。', '型号-2-'].join('\n');
    expect(body(words)).toContain('A-1-');
    expect(messages(words, 'page-number')).toEqual([]);
  });
});

describe('stop 59, blind: a writing site\'s reveal button inside a sentence', () => {
  // https://yida-immi.com/gongzuozongjie/3187.html (a template summary of a development zone's year)
  const page = [
    '一、2021年工作总结',
    '(二)企业服务方面',
    '一是开展企业“精准化”服务。累计完成企业服务X余家次,答复解决问题 当前隐藏内容免费查看X项;组织企业参加技改产业链政策讲诊会等活动X场。',
  ].join('\n');
  test('"当前隐藏内容免费查看" is taken out of the sentence and said, the sentence whole (was: kept in it, nothing said)', () => {
    expect(body(page)).toContain('答复解决问题X项；组织企业');
    const said = messages(page, 'omitted-text');
    expect(said.map((m) => [m.line, m.column])).toEqual([[3, 35]]);
    expect(said[0].reason).toMatch(/button/u);
  });
  test('guard: a sentence about hidden content with nothing after the words stays text', () => {
    const words = ['政府工作报告', '各位代表:', '严厉打击网络上传播隐藏内容免费查看等诱导链接的违法行为。'].join('\n');
    expect(body(words)).toContain('诱导链接');
  });
});

describe('stop 59, blind: a novel site\'s reading toolbar, and a font-size control\'s open label', () => {
  // https://m.hefanxs.cc/book/491206/117679166.html (a novel's mobile chapter about a 街道办事处's year plan)
  const page = [
    '字体',
    '关灯',
    '返回目录 阅读足迹 更多章节',
    '第(1/3)页',
    '    2月11号,四城区人大会议召开,陆留川当选为四城区区长,这对宋大为来说当然是一个好消息。',
    '    春节假期后第一天上班,秀洲路街道办事处召开了全体干部会议,研究讨论新年度工作计划。',
  ].join('\n');
  test('"字体", "关灯", the book\'s links and the page count are the reader\'s controls, removed and said (was: four paragraphs)', () => {
    expect(messages(page, 'page-info').map((m) => m.line)).toEqual([1, 2, 3, 4]);
    expect(read(page).blocks[0]).toMatch(/^2月11号/u);
  });
  test('"【字体大小:" alone, its buttons lost, is the control\'s label (was: a paragraph)', () => {
    // http://www.pjwnc.com/content/detail/60545bd63cfa639fdd9cff19.html (a farm company's news page)
    const stamp = ['场领导深入农业分场督查夏种工作', '', '发布时间:2017-06-20 09:04:56 信息来源:未知 浏览:820 次', '【字体大小:', '', '    6月1日、2日,场领导王建国、姚成月、徐国东分别深入联系点农业分场,督查夏种工作。'].join('\n');
    expect(body(stamp)).not.toContain('字体大小');
  });
  test('guard: one "字体" alone, or a sentence on fonts, stays', () => {
    const words = ['政府工作报告', '各位代表:', '统一公文字体和版式。', '字体', '关灯后请锁门。'].join('\n');
    expect(body(words)).toContain('统一公文字体和版式');
    expect(body(words)).toContain('关灯后请锁门');
  });
});

describe('stop 59, blind: breadcrumbs and mastheads read as the title', () => {
  test('a reading site\'s trail ending on the chapter and an open arrow is a breadcrumb (was: the title)', () => {
    // https://www.guishuji.cc/guanchang/4318/278222.html (a novel's chapter, traditional)
    const page = ['讀古今文學網 > 女招商局長 > 3、女縣長(1) >', '', '3、女縣長(1)', '', '  女縣長', '  又是要錢的申請報告,程明明看到這些報告,心裡就止不住沉重,多好的心情也會被這沉重破壞。'].join('\n');
    expect(messages(page, 'breadcrumb').map((m) => m.line)).toEqual([1]);
    expect(read(page).front.title ?? '').not.toContain('>');
  });
  test('a motto of four-character phrases over the breadcrumb is the site\'s, the echoed headline the title (was: the motto the title)', () => {
    // http://bsmz.net/gongwen/343428.html (公文素材库)
    const page = [
      '荟聚奇文、博采众长、见贤思齐',
      '当前位置:公文素材库 > 公文素材 > 范文素材 > 新疆兵团民情日记',
      '',
      '新疆兵团民情日记',
      '',
      '网站:公文素材库 | 时间:2019-05-22 01:48:37 | 移动端:新疆兵团民情日记',
      '第一篇:新疆兵团',
      '石河子市始建于1950年,目前城市道路、供排水、集中供热等基础设施完善配套,被联合国评为人类居住环境改善良好范例。',
    ].join('\n');
    expect(read(page).front.title).toBe('新疆兵团民情日记');
    expect(messages(page, 'page-head').map((m) => m.line)).toEqual([1]);
  });
  test('guard: a trail with a sentence for its last step, and a report\'s title over a breadcrumb, stay as before', () => {
    const trail = ['人民网 > 地方 > 今年我们完成了各项目标任务,群众满意 >', '政府工作报告', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议。'].join('\n');
    expect(messages(trail, 'breadcrumb')).toEqual([]);
    const titled = ['2023年政府工作报告', '当前位置:首页 > 政务公开 > 政府工作报告', '', '政府工作报告', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议。'].join('\n');
    expect(read(titled).front.title).toContain('政府工作报告');
    expect(messages(titled, 'page-head').filter((m) => m.line === 1)).toEqual([]);
  });
});

describe('stop 59, blind: a story\'s credits set on one line', () => {
  // http://www.zltqrd.gov.cn/Article_Show.aspx?id=1306 (扎鲁特旗人大's story on the 苏木镇 congresses)
  const page = [
    '年初以来,扎鲁特旗15个苏木镇人代会陆续召开,会议依法完成了各项任务,现已圆满收官。',
    '',
    '各苏木镇严格工作程序,精心组织实施,认真听取和审议人大、政府工作报告。',
    '撰稿:于代兄 编辑:包晓峰 责编:达来 审核:梅英',
  ].join('\n');
  test('the four roles and names are the story\'s credits, removed and said (was: a paragraph, "于代兄编辑：包晓峰…")', () => {
    expect(body(page)).not.toContain('撰稿');
    expect(messages(page, 'page-info').map((m) => m.line)).toEqual([4]);
  });
  test('guard: one role and a name, or roles in a sentence, stay', () => {
    const words = ['政府工作报告', '各位代表:', '编辑:包晓峰', '健全撰稿、编辑、审核三级把关制度。'].join('\n');
    expect(body(words)).toContain('撰稿、编辑、审核');
  });
});

describe('stop 59, blind: a yearbook entry\'s roster of leaders', () => {
  // http://zmdsqw.cn/news/fzg/article/391.html (驻马店's yearbook, 汝南县 in 1992: its leaders one a line over the year's figures)
  const page = [
    '汝南县',
    '位于驻马店地区中部,东和平舆县接壤,西与确山、遂平县毗邻。全县总面积1580平方公里,其中耕地125.8万亩。',
    '县委书记 秦世祥',
    '人大常委会主任 (缺)',
    '县 长 许青云(代)',
    '政协主席 贺应智',
    '农业 总产值现价达到55547万元(90年不变价为51467万元),较上年增长55.8%,其中种植业产值36524万元,增长65.2%。',
  ].join('\n');
  test('the roster\'s last line is an item like the others, no heading (was: "## 政协主席贺应智")', () => {
    const { blocks } = read(page);
    expect(blocks).toContain('政协主席贺应智');
    expect(blocks.some((b) => b.startsWith('#') && b.includes('贺应智'))).toBe(false);
  });
  test('guard: an unnumbered heading under one short line, or under long ones, still heads its prose', () => {
    const one = ['政府工作报告', '各位代表:', '过去一年工作回顾', '过去一年,我们坚持稳中求进工作总基调,全县经济社会发展取得新的成绩,较好完成了县十六届人大三次会议确定的目标任务。'].join('\n');
    expect(read(one).blocks).toContain('## 过去一年工作回顾');
  });
});

describe('stop 59, blind: a phrase printed twice run together', () => {
  // https://www.bookuu.com/xsd/ebook.php?act=detail&page_id=0&id=137951&sn=53&cid=1154741 (an e-book's appendix, a 1984 press story)
  const page = [
    '附录二',
    '20世纪70年代初,河北省正定县曾以我国北方粮食高产县而名噪一时,结果成了闻名全国的高产穷县。',
    '走出死胡同走出死胡同',
    '1981年秋天,胡耀邦同志到河北视察时指出:单算粮食生产不行,要搞多种经营,算全面账,让农民尽快富起来。',
  ].join('\n');
  test('the second copy goes and is said, the heading once (was: "## 走出死胡同走出死胡同")', () => {
    expect(body(page)).not.toContain('走出死胡同走出死胡同');
    expect(body(page)).toContain('走出死胡同');
    expect(messages(page, 'doubled-heading').map((m) => [m.line, m.column])).toEqual([[3, 6]]);
  });
  test('guard: a phrase said twice with words after it, and a short word doubled, stay as printed', () => {
    const words = ['政府工作报告', '各位代表:', '加油干加油干', '抓落实抓落实抓落实,是今年工作的主题。'].join('\n');
    expect(body(words)).toContain('加油干加油干');
    expect(messages(words, 'doubled-heading')).toEqual([]);
  });
});

describe('stop 59, blind: a news page\'s day behind a list bullet, its mobile switch, its masthead and its footer', () => {
  test('"• 2020-06-11" under the headline is the page\'s day (was: a paragraph, no date)', () => {
    // https://www.matsu-news.gov.tw/news/article/3202 (馬祖日報)
    const page = ['議會重頭戲 縣政總質詢登場', '', '  • 2020-06-11', ' 【記者曹重偉、馮紹夫報導】連江縣議會第7屆第3次定期大會10日起進行縣政總質詢,包括協助役男爭取慰助金。'].join('\n');
    expect(read(page).front.date).toBe('2020-06-11');
    expect(body(page)).not.toContain('2020-06-11');
  });
  test('"[移動版]" alone is the switch to the mobile page (was: a paragraph)', () => {
    // http://roadmaptemplate.com/xizang/linzhouxian_info.html (a mirror of a county profile)
    const page = ['西藏拉薩市林周縣概況', '', '[移動版]', '', '林周縣地處西藏中部、拉薩河上游及澎波河流域,縣駐地距拉薩市65公里。'].join('\n');
    expect(messages(page, 'navigation').map((m) => m.line)).toEqual([3]);
  });
  // https://living.taronews.tw/2019/05/13/339698 (芋傳媒's story on 花蓮's county magistrate reading her 施政報告)
  const taro = [
    '芋傳媒 TaroNews - 台灣觀點.芋見真相',
    '',
    '徐榛蔚首次議會施政報告 照本宣讀逾2小時',
    '',
    '圖片來源:中央社',
    '',
    '花蓮縣議會定期大會今天召開,縣長徐榛蔚首次施政報告,施政總報告 77 頁 3 萬多字,徐榛蔚逐頁、逐項照念逾 2 小時。',
    '',
    '邀請您加入「芋傳媒」的粉絲專頁',
    '評論被關閉。',
  ].join('\n');
  test('the masthead "芋傳媒 TaroNews - 台灣觀點.芋見真相" is the site\'s, the headline the title (was: the masthead the title)', () => {
    expect(read(taro).front.title).toBe('徐榛蔚首次議會施政報告照本宣讀逾2小時');
    expect(messages(taro, 'page-head').map((m) => m.line)).toEqual([1]);
  });
  test('the photo\'s source credit, the fan-page invitation and the closed comments note leave the text (was: three paragraphs)', () => {
    expect(body(taro)).not.toMatch(/圖片來源|粉絲專頁|評論被關閉/u);
    expect(messages(taro, 'caption').map((m) => m.line)).toEqual([5]);
    expect(messages(taro, 'social').map((m) => m.line)).toEqual([9, 10]);
  });
  test('guard: a title with a Latin word and a document\'s name, and a sentence on photo sources, stay', () => {
    const words = ['深圳 Shenzhen - 政府工作报告', '各位代表:', '图片来源:各区提供的现场照片经审核后统一发布,确保信息准确。'].join('\n');
    expect(read(words).front.title ?? '').toContain('政府工作报告');
    expect(body(words)).toContain('图片来源');
  });
});

describe('stop 59, blind: a title line that is nothing but its bracket', () => {
  // https://wddqw.com/4Upn.html (an essay on the report's formats under "【政府工作报告格式】")
  const page = ['【政府工作报告格式】', '政府工作报告的基本格式有三种,其中年度的二种,五年度的一种,其它的都是稍作变化,求新求异而已。', '(一)年度三段式:', '第一部分:去年工作回顾。'].join('\n');
  test('the bracket\'s words are the title (was: the title "", the line said as moved to the front matter and lost)', () => {
    expect(read(page).front.title).toBe('政府工作报告格式');
  });
  test('guard: a channel tag before a headline still leaves only the headline', () => {
    const tagged = ['【要闻】市十八届人大一次会议隆重开幕', '1月5日上午,市十八届人大一次会议在市会议中心隆重开幕,市长代表市人民政府作政府工作报告。'].join('\n');
    expect(read(tagged).front.title).toBe('市十八届人大一次会议隆重开幕');
  });
});
