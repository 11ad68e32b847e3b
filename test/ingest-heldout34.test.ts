/**
 * Ingest defects found on the thirty-fourth round of held-out pages (2026-12-02): seven pages from seven hosts the
 * corpus had not seen — Hong Kong's policy address on an overseas news portal (2018, the full text) and on two Hong Kong
 * TV news portals (2017, its first and its last chapter), Macao's on the government information bureau (2023, a part),
 * a traditional mirror of 湖南's report on an exam site, and two live pieces of 浙江's report on the provincial paper's
 * portal (2009, 2014) — listed in test/fixtures/ingest-corpus/README.md under "Held-out pages, round 34". Each test is
 * the page's shape reduced to a few lines; its name says what ingest did before ("was: …"). Guards are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

describe('held-out round 34: a part or chapter of an address named after the document', () => {
  const page = (heading: string) =>
    [heading, '', '展望2023年,國際局勢仍然複雜多變,世紀疫情影響深遠,全球經濟復甦乏力,發展前景不明朗。主要發達經濟體收緊貨幣政策,將對金融市場帶來一定的負面影響。'].join('\n');

  test('"NAME---PART (1)": the part and its number after hyphens are not the title (was: the whole heading)', () => {
    expect(readIngested(page('二○二三年財政年度施政報告---二○二三年施政總體方向和施政重點 (1)')).front.title).toBe('二○二三年財政年度施政報告');
  });

  test('"YEAR《NAME》(一)CHAPTER": the chapter is not the title, nor the 《》 round the name (was: "2017《施政報告》（一）引言")', () => {
    expect(readIngested(page('2017《施政報告》(一)引言')).front.title).toBe('2017施政報告');
  });

  test('"NAME:CHAPTER": the closing chapter after a colon is not the title', () => {
    expect(readIngested(page('施政報告:結語')).front.title).toBe('施政報告');
  });
});

describe('held-out round 34: a news portal\'s live piece of the report, handed over by "…说——"', () => {
  const closing = '各位代表!今年我省经济社会发展的任务十分艰巨。我们要紧密团结在以胡锦涛同志为总书记的党中央周围,坚定信心,振奋精神,以优异的成绩迎接新中国成立六十周年!';
  const problems = '我们也清醒地看到,与人民群众的要求和期待相比,政府工作还存在不少差距。主要是:政府职能转变仍然滞后,一些领域消极腐败问题依然多发频发。对这些问题,我们一定高度重视,采取有力措施认真加以解决。';

  test('the dateline lede ending "他说——" is the page\'s, its maker the speaker (was: the lede the first paragraph, no speaker)', () => {
    const { front, blocks, rules } = readIngested(
      ['浙江在线01月16日讯 今天上午9时,浙江省十一届人大二次会议在省人民大会堂隆重开幕,浙江省省长吕祖善作政府工作报告。他说——', closing].join('\n'),
    );
    expect(blocks[0]).toMatch(/^各位代表/u);
    expect(front.speaker).toBe('浙江省省长 吕祖善');
    expect(rules).toContain('page-head');
  });

  test('a line of its own "在回顾2013年工作时,李强说——" under the lede hands over too (was: both lines paragraphs)', () => {
    const { front, blocks } = readIngested(
      ['浙江在线01月16日讯 今天上午9时,浙江省十二届人大二次会议在省人民大会堂隆重开幕。省长李强代表省人民政府向大会作政府工作报告。', '在回顾2013年工作时,李强说——', problems].join('\n'),
    );
    expect(blocks[0]).toMatch(/^我们也清醒地看到/u);
    expect(front.speaker).toBe('省长 李强');
  });

  test('guard: words handed over by "…说——" with no report made above them are the text', () => {
    const { blocks } = readIngested(['2023年县政府工作报告', '今天上午,我们召开全县经济工作会议,县委书记在会上说——', problems].join('\n'));
    expect(blocks[0]).toMatch(/^今天上午/u);
  });
});

describe('held-out round 34: a news portal\'s full text of a policy address under its label "《…》全文"', () => {
  const page = (label: string) =>
    [
      '“世上并无完美方案” 香港特首发布最新施政报告[全文]',
      '',
      '+',
      '',
      'A',
      '',
      '-',
      '2018-10-10 00:40:00',
      '',
      '香港行政长官林郑月娥已于当地时间2018年10月10日宣读完其自上任以来的第二份施政报告,在这份拥有6万字内容的报告中,林郑月娥阐述了多项领域的执政思路,现刊载全文如下。',
      '',
      '对于这份施政报告,香港特首林郑月娥指“世界上并无完美方案”(图源:新华社)',
      '',
      label,
      '',
      '立法会主席、各位议员、各位市民:',
      '',
      '(一)前言:坚定前行',
      '',
      '1. 我今天发表的《施政报告》,除了重申我的施政理念和详细交代本届政府在各政策范畴的愿景和措施外,亦反映了我担任行政长官以来的体会。',
    ].join('\n');

  test('the label over the legislature\'s salutation names the document; the headline, buttons, lede and caption are the page\'s (was: the headline the title, the lede the first paragraph)', () => {
    const { front, blocks, rules } = readIngested(page('《行政长官2018年施政报告》全文'));
    expect(front.title).toBe('行政长官2018年施政报告');
    expect(blocks[0]).toBe('立法会主席、各位议员、各位市民：');
    expect(rules).toContain('page-head');
  });

  test('the lede naming who read the address and on which day gives the speaker and the date (was: neither)', () => {
    const { front } = readIngested(page('《行政长官2018年施政报告》全文'));
    expect(front.speaker).toBe('香港行政长官 林郑月娥');
    expect(front.date).toBe('2018-10-10');
    expect(front.date_source).toBe('occasion');
  });

  test('guard: a lede naming who read another document names no speaker', () => {
    const { front } = readIngested(page('《行政长官2018年施政报告》全文').replace('宣读完其自上任以来的第二份施政报告', '宣读完其自上任以来的第二份新年贺词'));
    expect(front.speaker).toBeUndefined();
  });

  test('guard: a label naming no document over the salutation leaves the page as it was', () => {
    const { blocks } = readIngested(page('《春天的故事》全文'));
    expect(blocks.some((b) => b.startsWith('香港行政长官林郑月娥已于'))).toBe(true);
  });
});

describe('held-out round 34: a photo caption naming the governor after his name ("杜家毫省長作政府工作報告。")', () => {
  const page = (caption: string) =>
    [
      '湖南省政府工作報告全文,湖南省政府工作報告精神要點解讀和中英文翻譯',
      '',
      caption,
      '',
      '各位代表:',
      '',
      '現在,我代表省人民政府向大會作政府工作報告,請予審查,并請各位政協委員和其他列席人員提出意見。',
    ].join('\n');

  test('the role after the name is the speaker\'s role (was: no speaker)', () => {
    expect(readIngested(page('杜家毫省長作政府工作報告。湖南日報記者羅新國攝')).front.speaker).toBe('省長 杜家毫');
  });

  test('guard: a caption with the name alone still gives the name alone', () => {
    expect(readIngested(page('杜家毫作政府工作報告。湖南日報記者羅新國攝')).front.speaker).toBe('杜家毫');
  });
});

describe('held-out round 34: an exam site\'s headline "NAME全文,…解讀和中英文翻譯"', () => {
  test('the name before "全文," is the title (was: the whole headline, once the caption under it was read as one)', () => {
    const { front } = readIngested(
      ['湖南省政府工作報告全文,湖南省政府工作報告精神要點解讀和中英文翻譯', '', '各位代表:', '', '現在,我代表省人民政府向大會作政府工作報告,請予審查,并請各位政協委員和其他列席人員提出意見。'].join('\n'),
    );
    expect(front.title).toBe('湖南省政府工作報告');
  });
});

describe('held-out round 34: the headline a title was read from, printed again over the text', () => {
  const paragraph = '273. 主席、 各位議員、各位市民, 今年是香港回歸祖國的20周年。20年來,國家的發展取得舉世矚目的成就,國際影響力亦不斷提升。';

  test('its second copy ("施政報告:結語" twice, the title "施政報告") is the page\'s too (was: the first paragraph)', () => {
    const { front, blocks } = readIngested(['施政報告:結語', '', '施政報告:結語', '', paragraph].join('\n'));
    expect(front.title).toBe('施政報告');
    expect(blocks[0]).toMatch(/^273\./u);
  });

  test('the name alone with its 《》 ("2017《施政報告》" under the headline "2017《施政報告》(一)引言") is the page\'s too', () => {
    const { blocks } = readIngested(['2017《施政報告》(一)引言', '', '2017《施政報告》', '', '(一)引言', '', '1.本屆政府一直秉持「發展經濟,改善民生」的施政理念,深信只有發展經濟,才能改善民生,促進社會和諧共融。'].join('\n'));
    expect(blocks[0]).toBe('## （一）引言');
  });

  test('guard: a sentence of the text quoting the headline stays', () => {
    const { blocks } = readIngested(['施政報告:結語', '', '施政報告:結語是本屆政府最後一份施政報告的最後一章。', '', paragraph].join('\n'));
    expect(blocks[0]).toMatch(/^施政報告：結語是/u);
  });
});

describe('held-out round 34: a policy address numbers its paragraphs, not its outline', () => {
  const page = (title: string) =>
    [
      title,
      '',
      '(一)引言',
      '',
      '1.本屆政府一直秉持「發展經濟,改善民生」的施政理念,深信只有發展經濟,才能改善民生,促進社會和諧共融。',
      '',
      '2.美國傳統基金會連續22年評選香港為全球最自由的經濟體。美國智庫卡托研究所去年公布「2016年人類自由指數」排名,香港連續6年排名第一。',
      '',
      '3.過去4年,香港經濟溫和增長,通脹持續回落。政府既鞏固傳統產業的優勢,亦全力推動新興產業。',
      '',
      '4.我另一个体会是世界上并没有完美的方案,也难令社会达致全面的共识,但意见分歧不应成为政府带领香港',
    ].join('\n');

  test('under a title naming a 施政報告 every "N." block is a paragraph, run-in or cut off (was: 2. and 3. split into headings, 4. a heading)', () => {
    const { blocks } = readIngested(page('2017《施政報告》'), 'page.txt', { clean: false });
    expect(blocks.filter((b) => b.startsWith('#'))).toEqual(['## （一）引言']);
    expect(blocks.slice(1).every((b) => /^[1-4]\./u.test(b))).toBe(true);
  });

  test('guard: under another report\'s title the run-in headings stay headings', () => {
    const { blocks } = readIngested(page('政府工作报告'), 'page.txt', { clean: false });
    expect(blocks.filter((b) => b.startsWith('#')).length).toBeGreaterThan(1);
  });
});

describe('held-out round 34: a news portal\'s player and share notices, and its name printed over and under the text', () => {
  const text = ['1.本屆政府一直秉持「發展經濟,改善民生」的施政理念,深信只有發展經濟,才能改善民生,促進社會和諧共融。', '', '2.過去4年,香港經濟溫和增長,通脹持續回落,政府財政穩健,就業人口累計增加16萬,失業率極低。'];

  test('"未能播放Youtube視頻" and "已複製連結" are the page\'s (was: the first paragraph, or glued to the lines by them)', () => {
    const { blocks, rules } = readIngested(['未能播放Youtube視頻', '', '已複製連結', '', ...text].join('\n'));
    expect(blocks[0]).toMatch(/^1\./u);
    expect(rules.filter((r) => r === 'media' || r === 'social').length).toBe(2);
  });

  test('the broadcaster\'s name, three times or more, is the page\'s (was: paragraphs of the text)', () => {
    const { blocks } = readIngested(
      ['2017《施政報告》(一)引言', '', '發佈日期: 2017-01-18 11:10', '無綫新聞 TVB News', '無綫新聞 TVB News', '', '(一)引言', '', ...text, '', '無綫新聞 TVB News', '無綫新聞 TVB News', '無綫新聞 TVB News'].join('\n'),
    );
    expect(blocks.some((b) => /TVB/u.test(b))).toBe(false);
  });

  test('guard: a line of the text printed twice stays, and so does a line without a Latin name', () => {
    const lines = ['2017《施政報告》(一)引言', '', '(一)引言', '', ...text, '', '(掌聲)', '', '(掌聲)', '', '(掌聲)', '', 'GDP增長 TVB', '', 'GDP增長 TVB'];
    const { blocks } = readIngested(lines.join('\n'), 'page.txt', { clean: false });
    expect(blocks.filter((b) => /掌聲/u.test(b)).length).toBe(3);
    expect(blocks.filter((b) => /GDP/u.test(b)).length).toBe(2);
  });
});

describe('held-out round 34: 博彩 as Macao\'s gaming industry, not a gambling site\'s keyword', () => {
  test('"博彩經營批給", "博彩業", "非博彩元素" in a Macao text are no injected keywords (was: a warning on the line)', () => {
    const { rules } = readIngested(
      ['二○二三年財政年度施政報告', '', '從澳門自身來看,第一,博彩經營批給重新競投工作順利完成,澳門綜合旅遊休閒業進入新的發展機遇期。博彩業健康有序發展,非博彩元素發展新佈局將逐步展開。'].join('\n'),
    );
    expect(rules).not.toContain('injected-spam');
  });

  test('guard: 博彩 with no industry after it, and a betting brand, are still said', () => {
    const { rules } = readIngested(['政府工作报告', '', '在中共beat365官方网站手机版_博彩平台委的正确领导下,我们坚持稳中求进工作总基调,经济社会持续健康发展。'].join('\n'), 'page.txt', { clean: false });
    expect(rules).toContain('injected-spam');
    expect(readIngested(['政府工作报告', '', '在博彩平台委的正确领导下,我们坚持稳中求进工作总基调,经济社会持续健康发展。'].join('\n'), 'page.txt', { clean: false }).rules).toContain('injected-spam');
  });
});
