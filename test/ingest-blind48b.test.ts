/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 48 (2026-12-04, helper blind48b):
 * the other reports delivered to congresses and their coverage (法院、检察院、政协常委会、提案、人大常委会、预算、决算、计划、审计,
 * 街道 and 乡镇 councils, resolutions), county level most of all. Each test is the page's shape reduced to a few lines, with its
 * URL; its name says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said } from './ingest-helpers.ts';

const ruleAt = (text: string, line: number) => readIngested(text, 'page.txt', { clean: false }).result.file.messages.filter((m) => m.line === line).map((m) => m.ruleId);
const paragraphs = (text: string) => readIngested(text, 'page.txt', { clean: false }).blocks;

/** A report's opening in its own voice, for the guards. */
const opening = ['县人民法院工作报告', '——2024年1月10日在某县第十八届人民代表大会第三次会议上', '县人民法院院长 王明', '各位代表:', '现在,我代表县人民法院向大会报告工作,请予审议。', '一、2023年主要工作', '过去一年,全院受理各类案件3553件。'];

describe('stop 48, blind: a traditional mirror of a city financial committee\'s review, the reporters\' credit in brackets', () => {
  // http://www.1183118.com/zwgk/czxx/content/post_3054933.html
  const page = [
    '昨日上午,市十二屆人大七次會議財經委員會會議召開。',
    '財經委員會認為,市政府提出的2020年預算安排,貫徹了中央經濟工作會議精神,總體可行。',
    '(記者黃曉娜 通訊員楊愛民 翟繼輝)',
  ].join('\n');
  test('"(記者黃曉娜 通訊員楊愛民 翟繼輝)", each name glued to its role, is the credit (was: a paragraph)', () => {
    expect(ruleAt(page, 3)).toContain('page-info');
    expect(paragraphs(page).some((b) => b.includes('翟繼輝'))).toBe(false);
  });
  test('guard: a bracketed sentence naming a reporter stays text', () => {
    const report = [...opening, '（记者招待会由县委宣传部主办）'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('记者招待会'))).toBe(true);
  });
});

describe('stop 48, blind: a city news app\'s digest of the procuratorate\'s report, its byline and disclaimer', () => {
  // https://m.cqcb.com/topics/kaiqixinzhengcheng2021zhongqinglianghuitebiebaodao/zhitonglianghui/2021-01-23/3623033_pc.html
  const page = [
    '市检察院工作报告指出,2020年,全市检察机关共批捕各类犯罪嫌疑人13987人,提起公诉32580人;审查办理控告申诉11232件。',
    '上游新闻·重庆晨报记者 王梓涵',
    '【免责声明】上游新闻客户端未标有“来源:上游新闻-重庆晨报”或“上游新闻LOGO、水印的文字、图片、音频视频等稿件均为转载稿。如转载稿涉及版权等问题,请与上游新闻联系。',
  ].join('\n');
  test('"上游新闻·重庆晨报记者 王梓涵", two outlets a dot apart, is the byline (was: a heading)', () => {
    expect(ruleAt(page, 2)).toContain('byline');
    expect(paragraphs(page).some((b) => b.includes('王梓涵'))).toBe(false);
  });
  test('"【免责声明】…" is the disclaimer (was: a paragraph)', () => {
    expect(ruleAt(page, 3)).toContain('disclaimer');
    expect(paragraphs(page).some((b) => b.includes('免责声明'))).toBe(false);
  });
  test('guard: a heading with a middle dot naming no reporter stays', () => {
    const report = [...opening, '二、“一带一路”·开放合作', '全县外贸平稳增长。'].join('\n');
    expect(paragraphs(report)).toContain('## 二、“一带一路”·开放合作');
  });
  test('guard: a sentence on a disclaimer stays text', () => {
    const report = [...opening, '【典型案例】某公司在合同中以免责声明排除责任,法院依法认定无效。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('免责声明排除责任'))).toBe(true);
  });
});

describe('stop 48, blind: a traditional mirror of an agency story, the site\'s footer', () => {
  // http://solnowat.com/rmtzcg/xwy/wzxw/202403/t20240305_2111161941.html
  const page = [
    '新華社北京3月4日電 十四屆全國人大二次會議5日上午9時在人民大會堂開幕,聽取國務院總理李強關于政府工作的報告。',
    '中央廣播電視總臺將對十四屆全國人大二次會議開幕會進行現場直播。',
    '工信部備案號:京ICP備05071141號',
    '互聯網新聞信息服務許可證 10120170024',
  ].join('\n');
  test('"互聯網新聞信息服務許可證 10120170024" is the footer\'s licence line (was: a paragraph)', () => {
    expect(ruleAt(page, 4)).toContain('disclaimer');
    expect(paragraphs(page).some((b) => b.includes('许可证') || b.includes('許可證'))).toBe(false);
  });
  test('guard: a sentence on licences stays text', () => {
    const report = [...opening, '全年核发互联网新闻信息服务许可证12件,依法查处违规网站。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('许可证12件'))).toBe(true);
  });
});

describe('stop 48, blind: a county congress site\'s story of a town\'s session, its reviewer-editor', () => {
  // http://www.tsinfo.com.cn/tsrd/zhenjierenda/2011/0117/1681.html
  const page = [
    '1月13日,海宴镇第十四届人民代表大会第六次会议隆重召开。与会人员认真听取镇长罗富贞向大会作的2010年海宴镇人民政府工作报告。',
    '海宴镇委书记马品高在会上发表讲话,肯定过去工作成绩。',
    '审编:陈麟育',
  ].join('\n');
  test('"审编:陈麟育" is the reviewer-editor\'s credit (was: a paragraph)', () => {
    expect(ruleAt(page, 3)).toContain('page-info');
    expect(paragraphs(page).some((b) => b.includes('陈麟育'))).toBe(false);
  });
});

describe('stop 48, blind: a district court\'s story of its report delivered, the court site\'s footer rows', () => {
  // http://bsqfy.ahcourt.gov.cn/article/detail/2019/12/id/4746569.shtml
  const page = [
    '王先年院长向区十七届人大四次会议报告工作',
    '12月26日上午,在蚌埠市蚌山区第十七届人民代表大会第四次会议上,王先年院长代表区人民法院向大会报告工作。',
    '报告对2020年的工作也作出安排。',
    '责任编辑:莫富强',
    '最高人民法院中国法院网蚌埠法院网人民法院报中国裁判文书网',
    '新浪微博 腾讯微博',
  ].join('\n');
  test('the row of the courts\' national sites is a links list (was: a paragraph, said to be cut off)', () => {
    expect(ruleAt(page, 5)).toContain('pager');
    expect(paragraphs(page).some((b) => b.includes('中国裁判文书网'))).toBe(false);
  });
  test('"新浪微博 腾讯微博" is the share row (was: a paragraph)', () => {
    expect(ruleAt(page, 6)).toContain('social');
  });
  test('guard: a sentence naming the courts\' sites stays text', () => {
    const report = [...opening, '在中国裁判文书网、中国庭审公开网公开裁判文书1.2万份。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('中国庭审公开网公开'))).toBe(true);
  });
  test('guard: a heading of two platforms stays', () => {
    const report = [...opening, '（一）微信 微博', '全院开通政务新媒体。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('微信'))).toBe(true);
  });
});

describe('stop 48, blind: a district CPPCC portal\'s story of members\' 街道 group, the sentence broken after its day', () => {
  // http://zhengxie.bjdch.gov.cn/n3201135/n3203993/c3219979/content.html
  const page = [
    '4月10日',
    ',体育馆路街道开展政协委员街道活动小组2014年第一次活动。区政协主席徐鸿达、秘书长赵汶柏出席。',
    '街道办事处负责人首先向委员们汇报了街道2013年工作情况和2014年工作安排。',
  ].join('\n');
  test('"4月10日" is no title and the line opening with its comma goes on it (was: the title, a paragraph opening with "，")', () => {
    const { front, blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title ?? '').toBe('');
    expect(blocks[0]).toBe('4月10日，体育馆路街道开展政协委员街道活动小组2014年第一次活动。区政协主席徐鸿达、秘书长赵汶柏出席。');
  });
  test('guard: a headline with its date stays the title', () => {
    const { front } = readIngested(['县人大常委会召开第二十七次会议', '12月17日,县人大常委会主任段秀华主持召开会议。会议听取了报告。'].join('\n'), 'page.txt', { clean: false });
    expect(front.title).toBe('县人大常委会召开第二十七次会议');
  });
  test('guard: a line after a finished sentence opening with a quotation stays its own paragraph', () => {
    const report = [...opening, '“十四五”规划顺利实施。'].join('\n');
    expect(paragraphs(report)).toContain('“十四五”规划顺利实施。');
  });
});

describe('stop 48, blind: a mirror of a county government\'s story, its stamp row\'s day without 日', () => {
  // http://www.zhilengw.com/16/9514
  const page = [
    '县人大常委会主任李友先出席颜集乡代表团审议工作报告',
    '2013年03月09 12:41:38 来源:民权县人民政府网站',
    '3月8日下午,县人大主任李友先参加了颜集乡代表团的审议。讨论中,各位代表畅所欲言。',
  ].join('\n');
  test('the stamp row is removed (was: a paragraph)', () => {
    expect(ruleAt(page, 2)).toContain('page-info');
    expect(paragraphs(page).some((b) => b.includes('12:41:38'))).toBe(false);
  });
  test('guard: a sentence with a day and a source stays text', () => {
    const report = [...opening, '2013年03月09日,来源于群众的意见建议全部办结。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('来源于群众'))).toBe(true);
  });
});

describe('stop 48, blind: a city CPPCC session\'s report on the proposals\' review, its title over three lines', () => {
  // http://xianning.cjyun.org/p/112989.html
  const page = [
    '中国人民政治协商会议',
    '咸宁市第五届委员会第二次会议',
    '关于提案审查情况的报告',
    '(2018年1月11日市政协五届二次会议通过)',
    '中国人民政治协商会议咸宁市第五届委员会第二次会议期间,共收到提案156件,其中集体提案17件。',
    '全会闭幕后,市政协提案委员会将对收到的提案进行审查立案。',
  ].join('\n');
  test('"中国人民政治协商会议" is the title\'s first line (was: a paragraph, the title opening with "咸宁市第五届委员会")', () => {
    const { front, blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('中国人民政治协商会议咸宁市第五届委员会第二次会议关于提案审查情况的报告');
    expect(blocks).not.toContain('中国人民政治协商会议');
  });
  test('the same stack over its occasion: the body\'s name and its committee are the issuer (was: the name removed as the page\'s head)', () => {
    const report = ['中国人民政治协商会议', '咸宁市第五届委员会常务委员会', '关于提案工作情况的报告', '——2018年1月9日在政协咸宁市第五届委员会第二次会议上', '各位委员:', '我受常务委员会委托,向大会报告提案工作情况,请予审议。'].join('\n');
    const { front } = readIngested(report, 'page.txt', { clean: false });
    expect(front.issuer).toBe('中国人民政治协商会议咸宁市第五届委员会常务委员会');
    expect(front.title).toBe('关于提案工作情况的报告');
  });
  test('guard: a committee line that names its body keeps the site\'s name over it out of the title', () => {
    const report = ['中国人民政治协商会议', '政协咸宁市第五届委员会常务委员会工作报告', '——2018年1月9日在政协咸宁市第五届委员会第二次会议上', '各位委员:', '我代表常务委员会向大会报告工作,请予审议。'].join('\n');
    const { front } = readIngested(report, 'page.txt', { clean: false });
    expect(front.title).toBe('政协咸宁市第五届委员会常务委员会工作报告');
  });
});

describe('stop 48, blind: a legal news site\'s story of a county court\'s report, its promoted-story ticker', () => {
  // http://sdfzcm.com/a/news/2021/0115/46818.html
  const page = [
    '今日特推: 全国公安机关开展为期一年的打击整治专项工作',
    '搜索:',
    '吉林通化县人民法院工作报告获满票通过',
    '浏览: 来源:山东法制传媒网',
    '  山东法制传媒网吉林:(孙媛鑫)吉林省通化县十七届人民代表大会第五次会议于1月6日至8日召开,副院长邹秀芳在此次会议上代表县法院所作的工作报告获满票通过。',
    '  在随后的代表团审议中,代表们对县法院工作报告普遍给予了充分肯定和高度评价。',
  ].join('\n');
  test('"今日特推: …" is the site\'s ticker, the headline the title (was: the ticker the title, the headline a paragraph)', () => {
    const { front, blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('吉林通化县人民法院工作报告获满票通过');
    expect(ruleAt(page, 1)).toContain('pager');
    expect(blocks.some((b) => b.includes('今日特推') || b.includes('专项工作'))).toBe(false);
  });
  test('guard: a paragraph opening with a promoted item and a sentence stays text', () => {
    const report = [...opening, '特别推荐:全县推广“一站式”调解,群众满意率达98%。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('一站式'))).toBe(true);
  });
});

describe('stop 48, blind: a Hong Kong agency\'s story of the CPPCC\'s proposals report, its caption and team credit in layout cells', () => {
  // https://bj.crntt.com/doc/22_275_105352941_1.html
  const page = [
    '|',
    '全国政协副主席苏辉报告提案工作情况(中评社 徐梦溪摄) |',
    '中评社北京3月3日电(中评社报道组)全国政协副主席、台盟中央主席苏辉今天下午在全国政协十三届二次会议上向大会报告政协十三届一次会议以来的提案工作情况。她表示,全国政协委员提交大会提案5360件。',
    '苏辉介绍,广大政协委员、政协各参加单位和各专门委员会提交大会提案5360件,平时提案211件。',
    '(中评社报道组:张爽 张心怡 林艳 徐梦溪 后援:阎晓阳) |',
  ].join('\n');
  test('the caption closed by "(中评社 徐梦溪摄)" is a photo caption, not the title (was: the title)', () => {
    const { front } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title ?? '').toBe('');
    expect(ruleAt(page, 2)).toContain('caption');
  });
  test('"(中评社报道组:…) |" is the team\'s credit (was: a paragraph, said to be cut off)', () => {
    expect(ruleAt(page, 5)).toContain('page-info');
    expect(paragraphs(page).some((b) => b.includes('阎晓阳'))).toBe(false);
  });
  test('"苏辉今天下午在…会议上向大会报告…" is a story\'s third person: the page is said to be a story (was: read as the speaker\'s voice)', () => {
    expect(said(page, 'news-story')).toHaveLength(1);
  });
  test('guard: a report\'s own "现在，我代表…向大会报告" is its voice', () => {
    expect(said(opening.join('\n'), 'news-story')).toEqual([]);
  });
  test('guard: a heading closed by a photographer\'s word in a sentence stays', () => {
    const report = [...opening, '（二）加强摄影作品版权保护（含摄影、摄像）', '全院审结著作权案件120件。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('版权保护'))).toBe(true);
  });
});

describe('stop 48, blind: a county news portal\'s story of a county CPPCC session, headlined by its opening', () => {
  // http://m.gxcounty.com/show-23-146361.html
  const page = [
    '政协平果县第九届委员会第四次会议开幕',
    '  1月15日上午,政协平果市第九届委员会第四次会议在平果市城召开,大会在雄壮的国歌中拉开序幕。200多名委员、特邀嘉宾、列席人员出席了会议。',
    '  会议听取了《中国人民政治协商会议平果市第九届委员会常务委员会工作报告》。2018年,该县政协常委会认真履行职能。',
    '  会上,县委书记黄志愿发表了重要讲话。',
  ].join('\n');
  test('the headline "…第四次会议开幕" tells a story: the page is said to be one (was: nothing said)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/第四次会议开幕/u);
  });
  test('guard: a CPPCC report titled by its document keeps its voice', () => {
    const report = ['政协平果县第九届委员会常务委员会工作报告', '——2019年1月15日在政协平果县第九届委员会第四次会议上', '各位委员:', '我代表政协平果县第九届委员会常务委员会,向大会报告工作,请予审议。', '县政协九届三次会议胜利召开以来,常委会认真履行职能。'].join('\n');
    expect(said(report, 'news-story')).toEqual([]);
  });
});

describe('stop 48, blind: a district court\'s story of its president delivering the report', () => {
  // http://bsqfy.ahcourt.gov.cn/article/detail/2019/12/id/4746569.shtml
  const page = [
    '王先年院长向区十七届人大四次会议报告工作',
    '12月26日上午,在蚌埠市蚌山区第十七届人民代表大会第四次会议上,王先年院长代表区人民法院向大会报告工作。',
    '报告对2020年的工作也作出安排:全面提升各项工作水平。',
  ].join('\n');
  test('the headline and "王先年院长代表区人民法院向大会报告工作" tell a story (was: nothing said)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/代表区人民法院向大会报告/u);
  });
  test('guard: a head of government\'s 述职报告 titled with the office alone is no story', () => {
    const report = ['县长述职报告', '各位代表:', '一年来,我认真履行职责,现将工作报告如下。', '一、主要工作', '全县经济平稳增长。'].join('\n');
    expect(said(report, 'news-story')).toEqual([]);
  });
});

describe('stop 48, blind: a traditional mirror of a city financial committee\'s review meeting', () => {
  // http://www.1183118.com/zwgk/czxx/content/post_3054933.html
  const page = [
    '昨日上午,市十二屆人大七次會議財經委員會會議召開。',
    '會議審查了我市2020年國民經濟和社會發展計劃草案及《惠州市2019年預算執行情況和2020年預算草案的報告》。',
    '財經委員會認為,市政府提出的2020年預算安排總體可行。建議市十二屆人大七次會議批準。',
  ].join('\n');
  test('"昨日上午,…會議召開。" and "會議審查了…" tell a story (was: nothing said)', () => {
    expect(said(page, 'news-story')).toHaveLength(1);
  });
  test('guard: a standing committee\'s report recalling a session held stays the report', () => {
    const report = [...opening.slice(0, 5), '1月13日,县十八届人大一次会议胜利召开。会议选举产生了新一届国家机关领导人员。', '一年来,常委会依法履职。'].join('\n');
    expect(said(report, 'news-story')).toEqual([]);
  });
});

describe('stop 48, blind: a spam mirror of a county portal\'s meeting story, a betting site\'s title woven into a sentence', () => {
  // http://travelhrb.com/doc/2023/02/11/316692.shtml
  const page = [
    '李雷主持召开2023年第4次县政府常务会议',
    '2月9日,县长李雷主持召开县政府常务会议。研究《政府工作报告(征求意见稿)》等相关事宜。',
    '李雷指出,泗交国家级旅游度假区建设项目是热博体育官网_热博体育在线¥注册平台app下载文化旅游产业发展的核心工程、龙头项目。',
  ].join('\n');
  test('"…体育官网_…¥注册平台app下载" is said as injected spam (was: nothing said)', () => {
    const told = said(page, 'injected-spam');
    expect(told).toHaveLength(1);
    expect(told[0].line).toBe(3);
  });
  test('guard: a report\'s sports, its official site and an app stay unsaid', () => {
    const report = [...opening, '建成全民健身中心,开通县政府官网和“掌上政务”app,下载量突破10万次。'].join('\n');
    expect(said(report, 'injected-spam')).toEqual([]);
  });
});

describe('stop 48, blind: a county portal\'s disclosure column, its stamps as a bulleted list', () => {
  // http://eryuan.gov.cn/eyxrmzf/c107737/202301/20fc61631f7048bda397d0c54913185e.shtml
  const page = [
    '县十七届人大二次会议隆重开幕',
    '  • 发布时间:2023年01月16日',
    '  • 来源:洱源发布',
    '  • 【打印文本】',
    '今天上午,洱源县第十七届人民代表大会第二次会议在县城农村文化活动中心隆重开幕。',
    '大会由会议主席团常务主席、大会执行主席何家伟主持。',
  ].join('\n');
  test('"• 【打印文本】" is the print button (was: a paragraph)', () => {
    expect(ruleAt(page, 4)).toContain('page-info');
    expect(paragraphs(page).some((b) => b.includes('打印文本'))).toBe(false);
  });
});

describe('stop 48, blind: a district bureau\'s note on its budget disclosure, closed by its 落款', () => {
  // https://www.qingxin.gov.cn/qxqzdlyxxgk/czxx/sgjf/content/post_1278544.html
  const page = [
    '今年,我局暂未对财政预决算公开栏目进行更新,主要原因是我区人大会议延期召开,暂未对《清新区2020年财政预算执行情况和2019年财政决算(草案)的报告》进行审议。',
    '下一步,我局将严格执行《预算法》有关规定,在区财政局批复后的20日内对栏目进行更新。',
    '清远市生态环境局清新分局',
    '2020年9月8日',
  ].join('\n');
  test('the 落款 names the issuer and dates the page (was: no issuer, no date)', () => {
    const { front, blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(front.issuer).toBe('清远市生态环境局清新分局');
    expect(front.date).toBe('2020-09-08');
    expect(front.date_source).toBe('written');
    expect(blocks.slice(-2)).toEqual(['清远市生态环境局清新分局', '2020年9月8日']);
  });
  test('guard: a report whose speaker names its issuer keeps it over a closing line', () => {
    const report = [...opening, '全院干警将继续努力。', '县委政法委员会', '2024年1月10日'].join('\n');
    const { front } = readIngested(report, 'page.txt', { clean: false });
    expect(front.issuer).toBe('某县人民法院');
  });
  test('guard: a closing sentence and a day are no 落款', () => {
    const { front } = readIngested(['各位代表:', '一年来,我们坚持依法履职。', '让我们紧密团结在一起,努力奋斗', '2024年1月10日'].join('\n'), 'page.txt', { clean: false });
    expect(front.issuer ?? '').toBe('');
  });
});

describe('stop 48, blind: resolutions on a report, their makers and days', () => {
  // https://m.news.shi-fen.com/china/202206/50-1342226.html
  const central = [
    '全国人民代表大会常务委员会关于批准2021年中央决算的决议',
    '(2022年6月24日第十三届全国人民代表大会常务委员会第三十五次会议通过)',
    '第十三届全国人民代表大会常务委员会第三十五次会议听取了财政部部长刘昆受国务院委托作的《国务院关于2021年中央决算的报告》。会议决定批准2021年中央决算。',
  ].join('\n');
  test('a resolution titled with its maker names the issuer, the title kept whole (was: no issuer)', () => {
    const { front } = readIngested(central, 'page.txt', { clean: false });
    expect(front.issuer).toBe('全国人民代表大会常务委员会');
    expect(front.title).toBe('全国人民代表大会常务委员会关于批准2021年中央决算的决议');
  });
  test('guard: a resolution titled without its maker guesses none', () => {
    const { front } = readIngested(central.replace('全国人民代表大会常务委员会关于', '关于'), 'page.txt', { clean: false });
    expect(front.issuer ?? '').toBe('');
  });
  // http://djtrjvjv.cn/law/law_view.asp?id=553415
  const city = [
    '市十五屆人大一次會議關于市中級人民法院工作報告的決議',
    '江西省萍鄉市人大常委會',
    '(2016年10月21日萍鄉市第十五屆人民代表大會第一次會議通過)',
    '萍鄉市第十五屆人民代表大會第一次會議,聽取和審議了市中級人民法院院長張雪群所作的《萍鄉市中級人民法院工作報告》。會議決定批準這個報告。',
  ].join('\n');
  test('the adoption note under the publishing body\'s name dates it (was: no date)', () => {
    const { front } = readIngested(city, 'page.txt', { clean: false });
    expect(front.date).toBe('2016-10-21');
    expect(front.date_source).toBe('written');
  });
  test('guard: an adoption note under a paragraph dates nothing', () => {
    const { front } = readIngested(city.replace('江西省萍鄉市人大常委會', '會議認為,過去五年工作成績顯著。'), 'page.txt', { clean: false });
    expect(front.date ?? '').toBe('');
  });
});
