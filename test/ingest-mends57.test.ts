/**
 * Known ingest gaps of stop 56 closed in stop 57 (helper mends57): losses and text run together first (two issuers on one line, an
 * aggregator's source label run into the text, a lost indent's "??" joined to the paragraph over it), then titles and heads, then
 * what a page is, then the body. Each test is the page's shape reduced to a few lines, with its URL; its name says what ingest did
 * before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const at = (result: ReturnType<typeof read>['result'], ruleId: string) =>
  result.file.messages.filter((m) => m.ruleId === ruleId).map((m) => `${m.line}:${m.column} ${m.reason}`);
const body = (result: ReturnType<typeof read>['result']) => result.markdown.split('\n---\n').slice(1).join('\n---\n');
const paragraphs = (result: ReturnType<typeof read>['result']) => body(result).split(/\n{2,}/u).map((p) => p.trim().replace(/\s*\{#[^}]+\}$/u, '')).filter(Boolean);

describe('stop 57: losses and text run together — two issuers on one line, a source label, a lost indent', () => {
  // https://stats.hainan.gov.cn/tjj/tjgb/fzgb/n2/201102/t20110225_1628772.html (海南 2010's statistical communiqué: the two issuers
  // on one line under the title, a space apart)
  const communique = [
    '2010年海南省经济和社会发展统计公报',
    '海南省统计局 国家统计局海南调查总队',
    '2010年,全省各族人民在省委、省政府的正确领导下,深入贯彻落实科学发展观,认真贯彻执行国家的各项宏观调控政策措施,开创了科学发展新局面。',
    '一、综合',
    '经济保持快速增长,经济总量跨上新台阶。2010年全省生产总值突破2000亿元大关,达到2052.12亿元,比上年增长15.8%。',
  ].join('\n');

  test('two issuers a space apart stay two (was: "海南省统计局国家统计局海南调查总队", one)', () => {
    const { front } = read(communique);
    expect(front.issuer).toBe('海南省统计局 国家统计局海南调查总队');
  });

  test('guard: a sentence whose spaces are wraps between organ-like words ("省统计局 会同 国家统计局…") is closed up as before', () => {
    const page = communique.replace('经济保持快速增长,', '海南省统计局 会同国家统计局海南调查总队 发布公报,经济保持快速增长,');
    expect(paragraphs(read(page).result).some((p) => p.includes('海南省统计局会同国家统计局海南调查总队发布公报'))).toBe(true);
  });

  // https://www.cititic.com/news/mm/1573932-20210309.htm (an aggregator's copy of the procuratorate's report summary: "消息来源:上海证券报"
  // before the story's dateline on one line, the parts a space apart)
  const aggregated = [
    '城市镜像.新闻汇总 2021-03-09',
    '',
    '消息来源:上海证券报 新华社北京3月8日电 最高人民检察院检察长张军8日下午向十三届全国人大四次会议作最高人民检察院工作报告 摘要如下:2020年工作回顾过去一年极不平凡 在以习近平同志为核心的党中央坚强领导下,各项工作取得新进展。',
  ].join('\n');

  test('an aggregator\'s "消息来源:上海证券报" before the text is out and said (was: run into it, "消息来源:上海证券报新华社北京…")', () => {
    const { result } = read(aggregated);
    expect(paragraphs(result).some((p) => p.includes('上海证券报'))).toBe(false);
    expect(paragraphs(result).some((p) => p.startsWith('新华社北京3月8日电'))).toBe(true);
    // (stop 58, mends58: the aggregator's header "城市镜像.新闻汇总 2021-03-09" over it is removed and said too, at 1:1)
    expect(at(result, 'page-info')).toEqual([expect.stringMatching(/^1:1 .*“城市镜像\.新闻汇总 2021-03-09”/u), expect.stringMatching(/^3:1 .*“消息来源:上海证券报”/u)]);
  });

  test('guard: a stamp row "来源:新华网 发布时间:2021-03-09" is no source label before a text (not this rule)', () => {
    const { result } = read(aggregated.replace('消息来源:上海证券报 新华社北京', '来源:新华网 作者:张三\n新华社北京'));
    expect(at(result, 'page-info').some((m) => /aggregator's source label/u.test(m))).toBe(false);
  });

  test('guard: a sentence opening "来源:" on a table note ("资料来源:国家统计局 单位:亿元") stays', () => {
    const page = [communique, '资料来源:海南省统计局 单位:亿元'].join('\n');
    expect(paragraphs(read(page).result).some((p) => p.includes('资料来源'))).toBe(true);
  });

  // http://bilew.cn/lnews/722.html (a spun copy of 绵阳's 2008 yearbook: each paragraph opens with "??", its lost indent, and a line of
  // "??" alone stands between paragraphs, the first one right under a paragraph)
  const spun = [
    '1-概 述',
    '??【各縣市區經濟成長減速,繁重災區縣均為負增長】 2008年縣市區別離實現地域出產總值環境為:涪城區274.1億元,比上年增長10.5%;北川10.2億元,下降29.1%。',
    '??',
    '??【縣域經濟處于一種不服衡成長狀態】 綿陽市縣域地域縣與縣之間成長狀況東倒西歪,平原地域成長較快,丘陵山區成長相對落伍。',
    '??',
    '??【農村經濟低位運行】 受汶川特大地動影響,農業出產本領遭到粉碎,農田水利設施損毀嚴重。',
  ].join('\n');

  test('a "??" line right under a paragraph is dropped and said (was: joined to it, "…下降29.1%。？?")', () => {
    const { result } = read(spun);
    expect(paragraphs(result).some((p) => /[?？]/u.test(p))).toBe(false);
    expect(at(result, 'lost-indent').map((m) => m.split(' ')[0])).toEqual(['2:1', '3:1', '4:1', '5:1', '6:1']);
  });

  test('guard: a question ending "??" in a sentence stays ("…怎么办??")', () => {
    const page = spun.replace('下降29.1%。', '下降29.1%,怎么办??');
    expect(paragraphs(read(page).result).some((p) => /怎么办[?？]{2}/u.test(p))).toBe(true);
  });
});

const missing = (result: ReturnType<typeof read>['result']) => result.file.messages.filter((m) => /^missing-/u.test(m.ruleId ?? '')).map((m) => m.ruleId);

describe('stop 57: titles and heads — a dashed subtitle alone, a resolution\'s session, another document\'s table', () => {
  // http://paulbertholy.com/article.html?id=1280++ (a story whose headline the copy lost: it opens with its dashed subtitle)
  const dashed = [
    '——市人大常委會副主任賴慶潤調研我市上半年計劃執行情況',
    '根據市六屆人大常委會第十七次會議議題安排,為準確掌握我市經濟運行情況,客觀分析、科學研判全市經濟發展態勢,認真做好常委會審議計劃執行情況的準備工作。',
    '今年上半年面對嚴峻復雜的宏觀經濟環境,全市經濟社會保持了逆勢向好、逆勢向上的發展勢頭。上半年地區生產總值實現248.24億元,增長10.5%。',
  ].join('\n');

  test('a dashed subtitle with no title over it is the subtitle, the title asked for (was: the title, its dash kept)', () => {
    const { front, result } = read(dashed);
    expect(front.title ?? '').toBe('');
    expect(front.subtitle).toBe('市人大常委會副主任賴慶潤調研我市上半年計劃執行情況');
    expect(missing(result)).toContain('missing-title');
  });

  test('guard: a title over its dashed subtitle stays the title, the subtitle under it', () => {
    const { front } = read(['上半年計劃執行情況良好', dashed].join('\n'));
    expect(front.title).toBe('上半年計劃執行情況良好');
  });

  // http://jiubao.dongyingnews.cn:80/detail?ChannelID=124404&randno=972&record=6&resultid=14106 (a newspaper archive's 1993 resolution:
  // its session line wrapped, "通过)" alone on the next line; the text names the government whose report it resolves on)
  const resolution = [
    '东营市第三届人民代表大会第一次会议关于政府工作报告的决议',
    '(一九九三年三月十二日东营市第三届人民代表大会第一次会议',
    '通过)',
    '东营市第三届人民代表大会第一次会议,认真审议了李殿魁市长代表市人民政府所作的政府工作报告。认为这个报告实事求是地总结了过去五年的工作。',
    '会议认为,在过去的五年里,市政府在市委的正确领导下,坚持党的基本路线,各项工作取得了显著成绩。',
  ].join('\n');

  test('a resolution whose title names its session is the session\'s (was: issuer 东营市人民政府, read from the text)', () => {
    expect(read(resolution).front.issuer).toBe('东营市第三届人民代表大会第一次会议');
  });

  test('the session line\'s wrapped end "通过)" goes with it (was: "通过）" the text\'s first paragraph)', () => {
    const ps = paragraphs(read(resolution).result);
    expect(ps.some((p) => /^通过[)）]$/u.test(p))).toBe(false);
    expect(ps[0]).toMatch(/^东营市第三届人民代表大会第一次会议，认真审议了/u);
  });

  test('guard: a work report whose text names its government keeps the government as issuer', () => {
    const report = ['东营市政府工作报告', '(一九九三年三月八日在东营市第三届人民代表大会第一次会议上)', '市长 李殿魁', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议。'].join('\n');
    expect(read(report).front.issuer).toBe('东营市人民政府');
  });

  // http://www.8835w.com/public/2655573/193409871.html (a mirror of 宿州's portal: the disclosure table of a 2022 notice over the
  // mayor's 解读 of the 2023 report)
  const otherTable = [
    '索 引 號: 003187229/202210-00003 信息分類: 規范性文件發布',
    '發布機構: 宿州市人民政府辦公室',
    '成文日期: 2022-09-29 發布日期: 2022-10-05 10:31',
    '名  稱: 宿州市人民政府辦公室關于印發宿州市健全重特大疾病醫療保險和救助制度若干舉措的通知',
    '',
    '王啟榮市長解讀2023年政府工作報告',
    '',
    '2022年12月30日,在宿州市第六屆人民代表大會第二次會議上,市長王啟榮代表市人民政府,向大會報告工作。現將《政府工作報告》解讀如下。',
    '一、意見征求和文稿修改',
    '報告起草過程中,廣泛征求了各方面意見,共收到意見建議86條,採納52條。',
  ].join('\n');

  test('a disclosure table naming another document does not date the page (was: 2022-09-29, the notice\'s 成文日期)', () => {
    const { front } = read(otherTable);
    expect(front.title).toBe('王啟榮市長解讀2023年政府工作報告');
    expect(front.date).not.toBe('2022-09-29');
  });

  test('guard: a table naming the page\'s own document dates it', () => {
    const own = otherTable.replace('宿州市人民政府辦公室關于印發宿州市健全重特大疾病醫療保險和救助制度若干舉措的通知', '王啟榮市長解讀2023年政府工作報告');
    expect(read(own).front.date).toBe('2022-09-29');
  });
});

describe('stop 57: a headline printed with its deck on one line', () => {
  // http://epaper.hljnews.cn/hljrb/20170117/251384.html (the e-paper's headline, two phrases and the deck of acts with its spaces lost)
  const page = [
    '凝神聚焦发力 奋力开创龙江振兴发展新局面 王宪魁主持陆昊作政府工作报告杜宇新等出席',
    '本报16日讯(记者闫紫谦)凝心聚力绘蓝图,继往开来谱新篇。16日上午,黑龙江省第十二届人民代表大会第六次会议在哈尔滨国际会议中心隆重开幕。',
    '9时,王宪魁宣布大会开始。全体起立,唱国歌。',
  ].join('\n');

  test('the deck of acts after the last space is the subtitle, said (was: glued to the title)', () => {
    const { front, result } = read(page);
    expect(front.title).toBe('凝神聚焦发力奋力开创龙江振兴发展新局面');
    expect(front.subtitle).toBe('王宪魁主持陆昊作政府工作报告杜宇新等出席');
    expect(at(result, 'headline-parts')).toEqual([expect.stringMatching(/^1:22 /u)]);
  });

  test('guard: a title of two phrases, no act after them, stays whole ("以民為本 穩中求進")', () => {
    const { front } = read(page.replace('凝神聚焦发力 奋力开创龙江振兴发展新局面 王宪魁主持陆昊作政府工作报告杜宇新等出席', '凝神聚焦发力 奋力开创龙江振兴发展新局面'));
    expect(front.title).toBe('凝神聚焦发力奋力开创龙江振兴发展新局面');
    expect(front.subtitle).toBeUndefined();
  });
});

describe('stop 57: the body — captions closed by their credits, a sentence about the report, a caption at the sitting', () => {
  // http://epaper.hljnews.cn/hljrb/20170117/251384.html (an e-paper's page: three photo captions, each closed by the same credit)
  const captions = [
    '王宪魁主持省十二届人大六次会议开幕式。本报记者邵国良刘心杨摄',
    '陆昊作政府工作报告。本报记者邵国良刘心杨摄',
    '省十二届人大六次会议会场。 本报记者邵国良刘心杨摄',
    '本报16日讯(记者闫紫谦)凝心聚力绘蓝图,继往开来谱新篇。16日上午,黑龙江省第十二届人民代表大会第六次会议在哈尔滨国际会议中心环球剧场隆重开幕。 大会主席团成员在主席台就座。',
    '9时,王宪魁宣布大会开始。全体起立,唱国歌。',
  ].join('\n');

  test('guard: a page of captions alone keeps them (stop 36: news-story reads their credits)', () => {
    const alone = captions.split('\n').slice(0, 3).join('\n');
    const kept = body(read(alone).result);
    expect(kept).toMatch(/开幕式/u);
    expect(kept).toMatch(/会场/u);
  });

  test('photo captions closed by their credit are out and said whole (was: the credit taken as a watermark, the captions paragraphs)', () => {
    const { result } = read(captions);
    const ps = paragraphs(result);
    expect(ps.some((p) => p.includes('开幕式') || p.includes('会场。'))).toBe(false);
    expect(at(result, 'caption').map((m) => m.split(' ')[0])).toEqual(['1:1', '2:1', '3:1']);
  });

  // http://m.orobotics.cn/dfpd/wenchuan3nian/2011-04/15/content_12335609.htm (a traditional-character copy: the caption and its
  // credit apart by spaces)
  test('a caption with its credit in traditional characters, "汶川縣體育館。 本報記者 余坪 攝", is out and said (was: a paragraph)', () => {
    const page = ['汶川縣體育館。 本報記者 余坪 攝', '“5·12”特大地震給震中汶川縣帶來毀滅性打擊,全縣因災死亡15941人,失蹤7595人,受傷34584人;交通中斷;基礎設施全部癱瘓……直接經濟損失達643億元。', '但汶川人堅強不屈,恢復重建進展迅速。截至去年底,汶川納入災后恢復重建項目已累計完工455個。'].join('\n');
    const { result } = read(page);
    expect(paragraphs(result).some((p) => p.includes('體育館'))).toBe(false);
    expect(at(result, 'caption')).toEqual([expect.stringMatching(/^1:1 .*汶川縣體育館/u)]);
  });

  test('guard: a story\'s sentence with a clause before the credit-like words stays ("…,本报记者张三摄影作品获奖。")', () => {
    const page = captions.replace('省十二届人大六次会议会场。 本报记者邵国良刘心杨摄', '会议期间,本报记者邵国良拍摄的照片获奖。');
    expect(paragraphs(read(page).result).some((p) => p.includes('拍摄的照片获奖'))).toBe(true);
  });

  // http://ccxi.gov.cn/info/1308/19387.htm (a disclosure annual report's opening sentence about itself)
  const disclosure = [
    '本报告根据《中华人民共和国政府信息公开条例》规定编制。全文包括总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况等6个部分。报告中所列数据统计期为2022年1月1日至2022年12月31日。',
    '一、总体情况',
    '2022年,我单位严格按照《中华人民共和国政府信息公开条例》的有关规定和要求,认真落实财政信息公开工作。',
  ].join('\n');

  test('a report\'s sentence about itself, "本报告根据《…条例》规定编制。", is no bold lead (was: made one)', () => {
    const md = body(read(disclosure).result);
    expect(md).not.toMatch(/\*\*本报告根据/u);
    expect(md).toMatch(/本报告根据《中华人民共和国政府信息公开条例》规定编制。/u);
  });

  // https://xw.qq.com/cmsid/20210114A08C2300 (a CPPCC session story: the caption of a picture between two paragraphs)
  const story = [
    '政协淮安市八届五次会议开幕,市委书记蔡丽新发表讲话',
    '大会应到委员423人,实到委员381人,符合规定人数。',
    '上午9时,范更生主持会议并宣布大会开幕,全体起立,会场响起雄壮的《中华人民共和国国歌》。会议协商通过了会议议程。',
    '市委书记蔡丽新在会上发表讲话',
    '戚寿余代表政协淮安市第八届委员会常务委员会向大会作工作报告。报告全面回顾总结了市政协2020年工作,部署了2021年主要工作。',
  ].join('\n');

  test('a caption "市委书记蔡丽新在会上发表讲话" is out and said (was: made a heading)', () => {
    const { result } = read(story);
    expect(result.markdown).not.toMatch(/^#+ 市委书记蔡丽新/mu);
    expect(at(result, 'caption')).toEqual([expect.stringMatching(/^4:1 .*蔡丽新在会上发表讲话/u)]);
  });

  test('guard: the story\'s sentence "市委书记蔡丽新在会上发表讲话,他强调…。" stays', () => {
    const page = story.replace('市委书记蔡丽新在会上发表讲话', '市委书记蔡丽新在会上发表讲话,他强调,要把握新发展阶段。');
    expect(paragraphs(read(page).result).some((p) => p.startsWith('市委书记蔡丽新在会上发表讲话'))).toBe(true);
  });
});
