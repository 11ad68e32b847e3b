/**
 * Known ingest gaps of stop 51 closed in stop 52 (helper mends52): new user round 31's lost characters not detected, then
 * blind51a's, blind51b's and mends51's "left". Each test is the page's shape reduced to a few lines, with its URL where the
 * page was seen; its name says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { VFile } from 'vfile';
import { failWithoutText } from '../pipeline/ingest/block-messages.ts';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const at = (result: ReturnType<typeof read>['result'], ruleId: string) =>
  result.file.messages.filter((m) => m.ruleId === ruleId).map((m) => `${m.line}:${m.column} ${m.reason}`);
const han = (text: string) => text.match(/\p{Script=Han}/gu) ?? [];

describe('stop 52: no silent loss — characters a copy lost beside a figure or a bracket are said, never written back', () => {
  // https://www.ahqy.gov.cn/OpennessContent/show/1394342.html (new user round 31): "一氧化碳(CO24小时平均…" (the bracket's close
  // lost), "降尘量为2.2/平方千米•月" (吨 lost), "《地表水环境质量评价办法(试行)》(20113)" (a separator lost in the bracket)
  const qingyang = readFileSync(new URL('./fixtures/newuser-round31/content/reports/qingyang-2022-environment/source.txt', import.meta.url), 'utf8');
  const lineOf = (words: string) => qingyang.split('\n').findIndex((l) => l.includes(words)) + 1;

  test('round 31\'s three: the unclosed bracket, the rate without its unit, the year glued in a bracket, each said at its paragraph (was: nothing said)', () => {
    const said = at(read(qingyang).result, 'lost-marks').filter((m) => !/figures run together: .*(GB|HJ) |年 lost/u.test(m));
    expect(said).toEqual([
      expect.stringMatching(new RegExp(`^${lineOf('一氧化碳')}:1 Unexpected bracket never closed: “.*一氧化碳（CO24小时`, 'u')),
      expect.stringMatching(new RegExp(`^${lineOf('一氧化碳')}:1 Unexpected figure with no unit over its slash: “.*2\\.2/平方千米”`, 'u')),
      expect.stringMatching(new RegExp(`^${lineOf('20113')}:1 Unexpected figures run together in the bracket after a title: “《地表水环境质量评价办法（试行）》（20113）” — a year \\(2011\\) glued to what followed it \\(3\\)`, 'u')),
    ]);
  });

  test('guard: nothing is written back: the text keeps every Han character of the page\'s text, and no 吨 or close is added', () => {
    const { result } = read(qingyang);
    const body = result.markdown.split('\n---\n')[1];
    const text = qingyang.split('\n');
    expect(han(body)).toEqual(han(text.slice(text.findIndex((l) => l.startsWith('发布时间')) + 1).join('\n')));
    expect(body).toContain('一氧化碳（CO24小时');
    expect(body).toContain('2.2/平方千米');
  });

  // http://xpj8040.com/xifeng/zwgk/zwgk70/sthjly/zhyw/2024030711041221800/index.html (blind51b's: a communiqué's copy, traditional,
  // its unit lost in one figure and kept in the standard beside it)
  test('another page\'s rate without its unit, "月均值為5.3/平方公里·月", is said; the standard "8噸/平方公里·月" beside it is not (was: nothing said)', () => {
    const page = [
      '2023年西峰区生态环境状况公报',
      '',
      '一、大气环境',
      '2023年全年獲取降塵數據24個,月均值為5.3/平方公里·月,符合省級標準(8噸/平方公里·月)。一次值超標數0個,超標率為0。',
    ].join('\n');
    expect(at(read(page).result, 'lost-marks')).toEqual([expect.stringMatching(/^4:1 Unexpected figure with no unit over its slash: “.*5\.3\/平方公里”/u)]);
  });

  test('guard: the same sentences with their characters say nothing; so do a fraction, a date with slashes, a title\'s year in its bracket and a postal code', () => {
    const whole = qingyang.replace('一氧化碳(CO24小时', '一氧化碳(CO)24小时').replace('2.2/平方千米', '2.2吨/平方千米').replace('(20113)', '(环办〔2011〕22号)');
    expect(at(read(whole).result, 'lost-marks').filter((m) => !/figures run together: .*(GB|HJ) |年 lost/u.test(m))).toEqual([]);
    const page = [
      '某县2023年生态环境状况公报',
      '',
      '一、大气环境',
      '全年降尘量均值为3.1吨/平方千米·月，细颗粒物年均浓度为27微克/立方米，优良天数占全年的2/3。',
      '按照《环境空气质量标准》（2012）和《地表水环境质量评价办法》（2011年）进行评价，数据截至2023/12/31。',
      '监测站地址：某县人民路100号（200031）。',
    ].join('\n');
    expect(at(read(page).result, 'lost-marks')).toEqual([]);
  });

  test('guard: a paragraph cut inside its bracket is the cut-off\'s to say, a numbering\'s half bracket and a note\'s full stop inside its bracket are no loss', () => {
    const page = [
      '某县2023年生态环境状况公报',
      '',
      '一、水环境',
      '1）全县地表水水质总体为优。',
      '2）集中式饮用水源地水质达标率100%（注：按《地表水环境质量标准》评价。）全年监测12次。',
      '全县集中式饮用水源地水质开展监测（其中：县城饮用水源地、木镇镇饮用水源地',
    ].join('\n');
    const { result } = read(page);
    expect(at(result, 'lost-marks')).toEqual([]);
    expect(at(result, 'cut-off')).toHaveLength(1);
  });
});

describe('stop 52: no silent loss — a number lost before its 、, a "?" for a character the copy could not encode', () => {
  // http://xpj8040.com/xifeng/zwgk/zwgk70/sthjly/zhyw/2024030711041221800/index.html (blind51b's): the title block printed again with
  // "?" for its lost characters, a part's heading without its 三
  const page = [
    '西豐縣生態環境質量公報',
    '',
    '?2023年度)',
    '',
    '?',
    '',
    '一、公報依據',
    '根據《中華人民共和國環境保護法》第十一條規定,依據西豐縣生態環境監測站的監測數據編制本公報。',
    '二、生態環境質量總體狀況',
    '2023年全年有效數據收集天數361天,優良天數300天,達標率83.1%。',
    '、各環境要素質量狀況',
    '(一)環境空氣質量狀況',
    '2023年全年獲取降塵數據24個。',
  ].join('\n');
  test('"、各環境要素質量狀況", "?2023年度）" and "?" alone are said where they stand, kept as printed (was: nothing said)', () => {
    const { blocks, result } = read(page);
    expect(at(result, 'lost-marks')).toEqual([
      expect.stringMatching(/^3:1 Unexpected question mark where no sentence opens: “\?2023年度）”/u),
      expect.stringMatching(/^5:1 Unexpected question mark where no sentence opens: “\?”/u),
      expect.stringMatching(/^11:1 Unexpected paragraph opening on an enumeration comma: “、各環境要素質量狀況” — the number before it lost/u),
    ]);
    expect(blocks).toContain('、各環境要素質量狀況');
  });
  test('guard: a question ending on "?", an indentation\'s "?" before a space, and a line broken before its 、 say nothing', () => {
    const own = [
      '某县2023年生态环境状况公报',
      '',
      '一、公报依据',
      '为什么要发布公报?这是法律的要求。',
      '? 2023年全年有效数据收集天数361天。',
      '全县共有水源地3个、河流5条',
      '、湖泊2个。',
    ].join('\n');
    expect(at(read(own).result, 'lost-marks')).toEqual([]);
  });
});

describe('stop 52: a posting time opening the article\'s 来源 row dates the site\'s article, not a delivered report (mends51\'s chinaidr.com, kept with round 20\'s guard)', () => {
  // http://chinaidr.com/news/2023-08/229708.html (blind50b's): a data digest, its stamp row the day first, a source named
  const digest = [
    '-',
    '数据概览:2023年上半年生态环境相关数据',
    '2023/8/27 10:05:33 来源:发改委政研室 【字体:大 中 小】【收藏本页】【打印】【关闭】',
    '核心提示:2023年上半年,全国339个地级及以上城市空气质量平均优良天数比例为81.4%,同比下降3.2个百分点。',
    '2023年上半年,全国地表水水质优良(Ⅰ—Ⅲ类)断面比例为87.8%,同比上升2.1个百分点。',
  ].join('\n');
  test('the digest is dated 2023-08-27, published (was: no date)', () => {
    expect(read(digest).front).toMatchObject({ date: '2023-08-27', date_source: 'published' });
  });
  // http://zguosxw.com/articleid/311173.html (blind50a's): an explainer, "2021-03-06 15:16 来源: 互联网 阅读次数:5506" under its headline
  test('an explainer\'s "2021-03-06 15:16 来源: 互联网 阅读次数:5506" under its headline dates it (was: no date)', () => {
    const page = ['代表委员审议:“完整版”政府工作报告', '2021-03-06 15:16 来源: 互联网 阅读次数:5506', '3月5日,十三届全国人大四次会议在人民大会堂开幕,代表委员认真审议政府工作报告。', '大家表示,报告实事求是,催人奋进。'].join('\n');
    expect(read(page).front).toMatchObject({ date: '2021-03-06', date_source: 'published' });
  });
  test('guard: round 20\'s row over a speaker and a standing committee\'s salutation dates nothing; nor does a row two lines below the headline\'s next', () => {
    const shandong = '关于山东省2017年度省级预算执行和其他财政收支的审计工作报告\n2018-07-24 15:33:00来源:大众网作者:\n山东省审计厅厅长  孙成良\n主任、各位副主任、秘书长、各位委员:\n我受省政府委托,向省人大常委会报告审计情况,请予审议。\n一、省本级决算草案和财税管理审计情况\n审计结果表明,省级预算执行情况总体是好的。';
    expect(read(shandong).front.date).toBeUndefined();
    // the salutation alone, no speaker read, still a delivered report
    expect(read(shandong.replace('山东省审计厅厅长  孙成良\n', '')).front.date).toBeUndefined();
    // a time far under the headline (a list's, a related story's) is no posting time
    expect(read(digest.replace('2023/8/27 10:05:33 来源:发改委政研室 【字体:大 中 小】【收藏本页】【打印】【关闭】\n', '') + '\n相关阅读\n2023/8/27 10:05:33 来源:发改委政研室').front.date).toBeUndefined();
  });
});

describe('stop 52: a reading site\'s chapter page — its reader bar, its paged chapter (blind51a\'s wandouwx.com, 52shubao.top)', () => {
  // http://wandouwx.com/9_9898/7582494_2.html: the reader bar and its panel's close button over "第2409章(2 / 4)", the page's text
  // opening on a comma (its sentence began on page 1)
  const wandou = [
    '阅读设置(推荐配合 快捷键[F11] 进入全屏沉浸式阅读)',
    '',
    '设置X',
    '',
    '第2409章(2 / 4)',
    '',
    ',然后再综合成次初稿。最后才是我审阅后提交给荣书记,她签署了意见后才成为了可以上会研究的正式报告。',
    '',
    '各级政府是非常重视每年的政府工作报告的,它相当于是一级党委和政府一年政绩的总结性文件。',
    '',
    '说到底,这政府工作报告就是一篇大文章。',
  ].join('\n');
  test('the reader bar and "设置X" are removed, not the title (was: title "阅读设置（推荐配合快捷键[F11] 进入全屏沉浸式阅读）", "设置X" a paragraph)', () => {
    const { front, blocks, result } = read(wandou);
    expect(front.title).not.toMatch(/阅读设置/u);
    expect(blocks.some((b) => /阅读设置|设置X/u.test(b))).toBe(false);
    expect(at(result, 'page-info')).toEqual([expect.stringMatching(/^1:1 .*reader bar/u), expect.stringMatching(/^3:1 .*reader bar/u)]);
  });
  test('"第2409章(2 / 4)" stands alone and says the page is a novel\'s chapter (was: run into the next line\'s ",然后…", nothing said)', () => {
    const { blocks, result } = read(wandou);
    expect(blocks).toContain('第2409章（2 / 4）');
    expect(at(result, 'other-document')).toEqual([expect.stringMatching(/^5:1 .*a chapter of a novel/u)]);
  });
  // https://52shubao.top/read/7162/3697495.html: a chapter numbered in Chinese numerals, its page count after its name
  test('"第一千六百零七章 是刺头还是香饽饽?(1 / 2)" is a novel\'s chapter (was: the title, nothing said)', () => {
    const page = ['第一千六百零七章 是刺头还是香饽饽?(1 / 2)', '零四年二月下旬,玉兰市十三届人大二次会议在玉兰大剧院隆重开幕。', '会议第一天,大会由市十三届人大常委会主任柳俊主持,市长李焘作市人民政府工作报告。'].join('\n');
    expect(at(read(page).result, 'other-document')).toEqual([expect.stringMatching(/^1:1 .*a chapter of a novel/u)]);
  });
  test('guard: a regulation\'s "第一章 总则", a report\'s "设置" sentence and a line about reading settings stay; a comma line still joins a line with no page count', () => {
    const rules = ['某县政府工作规则', '第一章 总则', '第一条 为规范县政府工作,制定本规则。', '阅读设置调整后,全县图书馆开放时间延长至晚上九点。', '全县共设置便民服务点120个', ',覆盖所有行政村。'].join('\n');
    const { blocks, result } = read(rules);
    expect(at(result, 'other-document').some((m) => /novel/u.test(m))).toBe(false);
    expect(at(result, 'page-info')).toEqual([]);
    expect(blocks.some((b) => b.startsWith('阅读设置调整后'))).toBe(true);
    expect(blocks).toContain('全县共设置便民服务点120个，覆盖所有行政村。');
  });
});

describe('stop 52: a disclosure report\'s first part flattened onto its line; a stamp row whose publication field is empty (blind51b\'s)', () => {
  // http://www.yj.gov.cn/art/2024/1/16/art_1229779591_86714.html: a 乡's annual disclosure report flattened from its first part on
  const yj = [
    '信息公开元数据',
    '一、总体情况 本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)的要求编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等。 (一)政府信息主动公开情况 2023年度在永嘉县政府信息公开网站上共新增主动公开政府信息50条。其中机构类信息20条,内有领导成员10条。 (二)政府信息依申请公开情况 我乡设立便捷有效的申请途径,比如在线申请、书面申请、电话咨询等多种方式。2023年度溪下乡未收到政府信息公开申请。',
  ].join('\n');
  test('"一、总体情况" opening the flattened line is the heading, its text after the space a paragraph (was: heading "一、总体情况本年度报告…的要求编制")', () => {
    const { blocks } = read(yj);
    expect(blocks[0]).toBe('## 一、总体情况');
    expect(blocks[1]).toMatch(/^本年度报告根据《中华人民共和国政府信息公开条例》/u);
    expect(blocks).toContain('### （一）政府信息主动公开情况');
  });
  test('guard: a document site\'s chunk number "1、" opening the flattened line is no heading', () => {
    const chunk = yj.replace('一、总体情况 本年度报告', '1、本年度报告 根据');
    expect(read(chunk).blocks.some((b) => b === '## 1、本年度报告')).toBe(false);
  });

  // https://www.whdonghu.gov.cn/bmzd/wjb_74663/zfxxgknb11/202401/t20240116_2343539.shtml: "更新时间:2024-01-16 发布时间: |  来源:区卫健办"
  const donghu = [
    '武汉市东湖生态旅游风景区管理委员会 卫生健康办公室2023年政府信息公开工作年度报告',
    '',
    '字号 :  | ',
    '更新时间:2024-01-16 发布时间: |  来源:区卫健办',
    '',
    '一、总体情况',
    '',
    '为认真贯彻落实《中华人民共和国政府信息公开条例》文件要求,东湖生态旅游风景区管委会卫生健康办公室依法开展了政府信息公开工作。',
  ].join('\n');
  test('the row\'s one date, its update, dates the page when its publication field is empty (was: no date)', () => {
    expect(read(donghu).front).toMatchObject({ date: '2024-01-16', date_source: 'published' });
  });
  test('guard: a row with both dates is dated by its publication, not its update', () => {
    expect(read(donghu.replace('发布时间: |', '发布时间:2024-01-10 |')).front).toMatchObject({ date: '2024-01-10' });
  });
});

describe('stop 52: an English translation under a Chinese head is refused as one (blind51a\'s whswwb.org.cn)', () => {
  // http://whswwb.org.cn/fwzn/zlfyzn/202008/t20200814_1421637.shtml: 武汉 2015 in English on the 外事办's site, its words run together
  const page = [
    '当前位置:首页 > 服务指南 > 资料翻译指南',
    '武汉市2015年政府工作报告',
    '发布日期:2015-03-09 00:00 文章来源:武汉市外事办',
    '',
    '2015 Annual Report on the Work of the Wuhan Municipal Government',
    '',
    'Delivered at the Fourth Session of the Thirteenth Municipal People’s Congress of Wuhan onFebruary 3, 2015',
    '',
    'By Wan Yong, Acting Mayor',
    '',
    '  Fellow Deputies:',
    '',
    '  On behalf of theMunicipal People’s Government of Wuhan, I now present to you the report on thework of the government for your deliberation, and I welcome comments on myreport from the members of the Municipal People’s Political ConsultativeConference, and other non-voting delegates.',
    '',
    '  I. Review of Work in2014',
    '',
    '  2014 was the year whenwe made major breakthroughs in improving our overall economic strengths andurban functionalities through comprehensive deepening of our reform. Under thestaunch leadership of the Provincial Committee of the Communist Party of China,the Provincial Government, and the Municipal Committee of the Communist Partyof China, we learnt and internalized the spirit of General Secretary Xi Jinping’simportant speeches, carried out the decisions and plans of the MunicipalCommittee.',
  ].join('\n');
  test('refused as an English edition (was: "everything in it is site boilerplate or metadata")', () => {
    expect(() => read(page)).toThrow(/it is in English \([0-9]+ English words\) but for [0-9]+ Chinese character/u);
  });
  test('guard: few English words however many letters (a script\'s hash, a link), or Chinese past a head\'s worth, are no English edition', () => {
    const refusal = (text: string) => {
      try {
        failWithoutText(new VFile(), text);
      } catch (error) {
        return String((error as Error).message);
      }
      return '';
    };
    const head = page.split('\n').slice(0, 3).join('\n');
    expect(refusal(`${head}\n${'a9f3c2e7b1d4'.repeat(80)} https://example.org/${'abcdefgh/'.repeat(20)}`)).toMatch(/everything in it is site boilerplate or metadata/u);
    expect(refusal(`${head}\n${'各位代表，现在我代表市人民政府向大会报告工作。'.repeat(3)}\n${page.split('\n').slice(3).join('\n')}`)).toMatch(/everything in it is site boilerplate or metadata/u);
  });
});

describe('stop 52: a junk site\'s masthead over a story (blind51a\'s syjyzs888.com)', () => {
  // http://www.syjyzs888.com/a/hui_shenghuo/20200522/40423.html: the site's name and two slogans over the briefing's headline
  const page = [
    '三八奇趣网',
    '',
    '汇聚全球精彩分享',
    '领您探索未知国度',
    '',
    '国务院新闻办就《政府工作报告》解读等有关情',
    '',
    '国务院新闻办公室于2020年5月22日(星期五)上午11时30分举行吹风会,请《政府工作报告》起草组负责人、国务院研究室主任黄守宏解读《政府工作报告》,并答记者问。',
  ].join('\n');
  test('the name and its slogans are the site\'s, the headline the title (was: title "三八奇趣网", the slogans paragraphs)', () => {
    const { front, blocks, result } = read(page);
    expect(front.title).toBe('国务院新闻办就《政府工作报告》解读等有关情');
    expect(blocks.some((b) => /三八奇趣网|汇聚全球精彩分享|领您探索未知国度/u.test(b))).toBe(false);
    expect(at(result, 'site-name').map((m) => m.slice(0, 4))).toEqual(['1:1 ', '3:1 ', '4:1 ']);
  });
  test('guard: a name with a document\'s word, or a site\'s name over a sentence, is not taken so', () => {
    expect(read(['某县人民政府网', '', '某县2023年政府工作报告', '', '各位代表:现在我代表县人民政府向大会报告工作,请予审议。'].join('\n')).front.title).toBe('某县2023年政府工作报告');
    const noSlogan = read(['某某新闻网', '', '县十八届人大三次会议开幕，代表们审议政府工作报告。', '', '会议听取了县长所作的政府工作报告。'].join('\n'));
    expect(noSlogan.result.file.messages.filter((m) => m.ruleId === 'site-name').map((m) => m.line)).not.toContain(3);
  });
});

describe('stop 52: a student\'s program on the report\'s words (blind51a\'s huaxiayun.net)', () => {
  // http://huaxiayun.net/info/show/5276282: Python homework, its code on the page one statement a line
  const page = [
    'homework_4---用python实现编写程序,统计2025年两会政府工作报告热词频率,并生成词云',
    '',
    '时间:2025-12-01 00:18:27',
    '',
    '📜 完整代码实现',
    '',
    'import jieba',
    'from wordcloud import WordCloud',
    'import matplotlib.pyplot as plt',
    '# Step 1: 模拟加载政府工作报告文本(此处以2023年报告部分内容为例)',
    'def load_report():',
    '    text = """',
    '    2025年是全面建设社会主义现代化国家的关键之年。',
    '    """',
    '    return text',
  ].join('\n');
  test('each statement keeps its line (was: "from wordcloud import WordCloud import matplotlib.pyplot as plt", "…为例）def load_report():")', () => {
    const { blocks } = read(page);
    expect(blocks).toEqual(expect.arrayContaining(['from wordcloud import WordCloud', 'import matplotlib.pyplot as plt', 'def load_report():']));
  });
  test('the page is said to be a program, no report (was: nothing said)', () => {
    expect(at(read(page).result, 'other-document')).toEqual([expect.stringMatching(/^7:1 .*a program's code/u)]);
  });
  test('guard: English prose wrapped over lines opening on "return" and "import" is still one paragraph, and says nothing', () => {
    const { blocks, result } = read(['某市2023年政府工作报告', '', '各位代表:', '全市进出口总额增长8%。', '', 'The county saw a strong', 'return to growth in 2023, with', 'import and export trade up 8 percent.'].join('\n'));
    expect(blocks).toContain('The county saw a strong return to growth in 2023, with import and export trade up 8 percent.');
    expect(at(result, 'other-document')).toEqual([]);
  });
});

describe('stop 52: a betting site\'s titles inside a bulletin\'s sentence (blind51b\'s bangbanw.com)', () => {
  // https://bangbanw.com/hbj/syhbj/hjzlzk/202202/bd5f90a2c7074faab89f5f56a0ac259c: where the city's name was
  const page = [
    '2021年12月县(市)环境质量状况',
    '',
    '一、县级城镇环境空气质量监测状况',
    '',
    '2021年12月,按照国家相关监测规范,我局组织对365体育钱提不出来了_365彩票app老版_日博best365下拉飞机XLCOKK辖区内各县(市)环境空气质量、地表水环境质量进行了例行监测。',
  ].join('\n');
  test('"365体育", "365彩票" said at their place, the words kept (was: nothing said)', () => {
    const { blocks, result } = read(page);
    expect(at(result, 'injected-spam')).toEqual([expect.stringMatching(/^5:26 Unexpected gambling-site keywords in the text: “365体育”, “365彩票”/u)]);
    expect(blocks.some((b) => b.includes('365体育钱提不出来了'))).toBe(true);
  });
  test('guard: a report\'s sports lottery, 体育彩票, and a figure of 365 days say nothing', () => {
    const own = page.replace('365体育钱提不出来了_365彩票app老版_日博best365下拉飞机XLCOKK', '全市') + '\n全年销售体育彩票3.6亿元,365天全天候开放体育场馆12个。';
    expect(at(read(own).result, 'injected-spam')).toEqual([]);
  });
});

describe('stop 52: a contents\' label on a flattened line (mends51\'s left: blind50b\'s pdf.wenkuvip.com)', () => {
  // https://pdf.wenkuvip.com/archives/769xb3le5kpb0lmzpngj.html: a PDF's text on one line, the name, "(目录)", the contents, the text
  const page = [
    '2021年度部门决算公开说明-堤防处.pdf',
    '曾都区河道堤防建设管理处 2021 年度决算公开说明 (目录) 第一部分:基本情况 一、部门主要职能 二、部门和所属预算单位机构设置情况 三、人员构成情况 第二部分:2021 年度部门决算情况说明 一、2021 年度收入支出决算总体及增减变动情况 二、2021 年度财政拨款支出决算情况 第一部分:基本情况 一、部门主要职能 曾都区河道堤防建设管理处主要负责辖区内河道堤防的建设和管理。 二、部门和所属预算单位机构设置情况 本单位内设机构3个。',
  ].join('\n');
  test('the name is the title, "(目录)" and the contents are not in it (was: title "…决算公开说明（目录）第一部分：基本情况")', () => {
    const { front, blocks } = read(page);
    expect(front.title).toBe('曾都区河道堤防建设管理处2021年度决算公开说明');
    expect(blocks).toContain('（目录）');
  });
  test('guard: 目录 inside a sentence is no label', () => {
    const line = '某县2023年政府信息公开工作年度报告 一、总体情况 本年度更新政府信息公开目录 2次,调整目录栏目5个。 二、主动公开政府信息情况 全年主动公开信息300条。 三、收到和处理政府信息公开申请情况 全年收到申请3件。';
    expect(read(line).blocks.some((b) => b === '目录' || b.startsWith('2次'))).toBe(false);
  });
});

describe('stop 52: an academic paper\'s front matter says the page is a paper (blind51b\'s fx361.cc)', () => {
  // https://www.fx361.cc/page/2015/0306/19585508.shtml: the aggregator's stamp, the journal's issue, the keywords, the author's
  // affiliation with its postcode, then the paper
  const page = [
    '整合与回应:乡镇治理现代化改革的路径选择',
    '——基于浙江省嵊州市乡镇治理创新实践',
    '',
    '2015-03-06 05:59马思远',
    '哈尔滨市委党校学报 2015年3期',
    '关键词:嵊州市乡镇政府乡镇',
    '',
    '马思远',
    '',
    '(中共嵊州市委党校,浙江 嵊州 312400)',
    '',
    '乡镇治理现代化是国家治理体制现代化与国家治理能力现代化的重要组成部分。',
    '',
    '一、当前乡镇治理危机',
    '',
    '在我国,乡镇政府的战略意义不仅在于其治理范围的广袤——全国3万多个乡镇,治理着全国一半以上的人口,更在于其特殊的治理地位。',
  ].join('\n');
  test('said to be an academic paper at its journal line (was: nothing said)', () => {
    expect(at(read(page).result, 'other-document')).toEqual([expect.stringMatching(/^5:1 .*an academic paper/u)]);
  });
  test('guard: one part alone — a report\'s "关键词" in a sentence\'s line, a gazette\'s issue — says nothing', () => {
    const report = ['某县2023年政府工作报告', '', '各位代表:', '关键词:高质量发展。过去一年,全县经济稳中有进。', '本报告刊载于某县人民政府公报2023年3期。'].join('\n');
    expect(at(read(report).result, 'other-document')).toEqual([]);
  });
});
