/**
 * Ingest defects the lead found on real pages of the search tool's `pages` corpus, blind, in stop 45 (2026-12-04).
 * Each test is the page's shape reduced to a few lines, with its URL; its name says what ingest did before ("was: …").
 * Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said } from './ingest-helpers.ts';

const ruleAt = (text: string, line: number) => readIngested(text, 'page.txt', { clean: false }).result.file.messages.filter((m) => m.line === line).map((m) => m.ruleId);

describe('stop 45, blind: a town congress\'s news whose headline names the session with the verb 召开', () => {
  // http://www.chrd.gov.cn/Article/show/id/11979.html (巢湖市散兵镇)
  const page = [
    '巢湖市散兵镇召开镇第十一届人民代表大会第五次会议',
    '',
    '3月28日上午,散兵镇召开镇第十届人民代表大会第五次会议,镇52名人大代表及17名列席代表参加此次会议。',
    '',
    '会上,向旭升同志代表人民政府做《政府工作报告》。报告指出,年来,我们出色地完成了各项工作。',
    '',
    '文章来源:本站   编辑:admin',
    '打印该页   关闭窗口   返回页面顶部',
  ].join('\n');
  test('the headline is the title (was: removed as a session page\'s heading, title "")', () => {
    const { front } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('巢湖市散兵镇召开镇第十一届人民代表大会第五次会议');
    expect(said(page, 'news-story')).toHaveLength(1);
  });
  test('guard: the session\'s name alone over the text is still the page\'s heading, no title', () => {
    const session = '梨树县第十八届人民代表大会第一次会议\n\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、过去一年的工作\n全县经济平稳增长。';
    const { front } = readIngested(session, 'page.txt', { clean: false });
    expect(front.title ?? '').not.toContain('梨树县第十八届');
  });
});

describe('stop 45, blind: a banner CPPCC session\'s news, a photo caption naming the hall over it', () => {
  // https://lxtdedu.com/html/.ztzllhzt....zwgkxwdtzwyw201712t20171207_46229.html (政协乌拉特中旗)
  const page = [
    '开幕会会场',
    '2017年12月6日上午,政协乌拉特中旗第十四届委员会第一次会议隆重开幕。来自全旗各族各界、各条战线的政协委员信心满怀、齐聚一堂,共商改革发展大计。',
    '市纪检委派驻市委组织部纪检组组长刘智文,指导组成员刘强、白金光到会指导。',
    '市政协副主席、旗委书记徐茂龙,旗委副书记、政府旗长闫永春等处级以上领导出席会议;老干部代表及群众代表应邀列席会议。',
    '本次大会的执行主席是:辛耀雄、敖登其其格、李贤、崔忠义、何志坤、杨东伟。',
    '市政协副主席、旗委书记徐茂龙讲话',
    '会上,市政协副主席、旗委书记徐茂龙作了重要讲话。',
  ].join('\n');
  test('"开幕会会场" is a photo caption (was: the title)', () => {
    const { front } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title ?? '').toBe('');
    expect(ruleAt(page, 1)).toContain('caption');
  });
  test('is said to be a news story: 到会指导, 出席会议；, 列席会议。, 执行主席是： (was: nothing said, one telling)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/到会指导/u);
  });
  test('guard: a heading naming a hall keeps its number and stays a heading', () => {
    const report = '政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、过去一年的工作\n（三）会场建设\n新建会展中心一座。';
    const { blocks } = readIngested(report, 'page.txt', { clean: false });
    expect(blocks.some((b) => b.includes('会场建设'))).toBe(true);
  });
});

describe('stop 45, blind: npc.gov.cn\'s resolution, its font buttons\' label before the source and the day', () => {
  // http://www.npc.gov.cn/zgrdw/npc/xinwen/2016-03/16/content_1985539.htm
  const page = [
    '当前位置:首页 >  滚动',
    '',
    '第十二届全国人民代表大会第四次会议关于最高人民检察院工作报告的决议',
    '',
    '浏览字号: 来源: 新华社 2016年3月16日',
    '',
    '  新华社北京3月16日电',
    '',
    '  第十二届全国人民代表大会第四次会议听取和审议了最高人民检察院检察长曹建明所作的工作报告。会议充分肯定最高人民检察院过去一年的工作,同意报告提出的2016年工作安排,决定批准这个报告。',
    '',
    '责任编辑: 张晓霖',
  ].join('\n');
  test('"浏览字号: 来源: 新华社 2016年3月16日" is the stamp row (was: the first paragraph)', () => {
    const { blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(blocks.some((b) => b.includes('浏览字号'))).toBe(false);
    expect(ruleAt(page, 5)).toContain('page-info');
  });
});

describe('stop 45, blind: a district paper\'s page continued from page 1, unbracketed', () => {
  // http://daily.cnnb.com.cn/fhrb/html/2021-01/22/content_1257583.htm?div=-1 (奉化日报)
  const page = '上接第1版① 区人民法院院长赵江涛代表区人民法院向大会作工作报告。他说,2020年,区人民法院切实履行维护公平正义职责使命,各项工作取得新进展。 区人民检察院检察长叶林达代表区人民检察院向大会作工作报告。他说,2020年,区人民检察院各项工作实现新发展。';
  test('"上接第1版①" is the paper\'s jump marker, the text before it on another page (was: text, ① an unlinked note marker)', () => {
    const { blocks, result } = readIngested(page, 'page.txt', { clean: false });
    expect(blocks[0]).toMatch(/^区人民法院院长赵江涛/u);
    const ids = result.file.messages.map((m) => m.ruleId);
    expect(ids).not.toContain('note-marker-unlinked');
    expect(ids).toContain('cut-off');
  });
  test('guard: a sentence opening with 上接第1版 and going on with its words keeps them', () => {
    const text = '政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n上接第1版所列的各项任务,全县上下共同努力,全部完成。';
    const { blocks } = readIngested(text, 'page.txt', { clean: false });
    expect(blocks.some((b) => b.startsWith('上接第1版所列'))).toBe(true);
  });
});

describe('stop 45, blind: a Hong Kong paper\'s story with its writer, its times lost and its gallery\'s buttons', () => {
  // https://zh.hk01.com/即时中国/60216120/两会-政协开幕-王沪宁发表全国政协常委会工作报告
  const page = [
    '两会・政协开幕|王沪宁发表全国政协常委会工作报告',
    '撰文: 朱加樟',
    '出版:更新:',
    '全国政协十四届三次会议今日(4日)下午3时在北京人民大会堂开幕,全国政协主席王沪宁作全国政协常委会工作报告。',
    '+1',
    '+1',
    '王沪宁表示,全国政协常委会全面履行各项职能,其中组织深化港澳与内地交流合作考察。',
  ].join('\n');
  test('"撰文: 朱加樟", "出版:更新:" and "+1" are removed (was: four paragraphs)', () => {
    const { blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(blocks).toHaveLength(2);
    expect(ruleAt(page, 2)).toContain('page-info');
    expect(ruleAt(page, 3)).toContain('page-info');
    expect(ruleAt(page, 5)).toContain('image-name');
    expect(said(page, 'news-story')).toHaveLength(1);
  });
  test('guard: a sentence after 撰文 keeps its line', () => {
    const text = '政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n撰文:组织专家撰写地方志,全年出版三部。';
    const { blocks } = readIngested(text, 'page.txt', { clean: false });
    expect(blocks.some((b) => b.startsWith('撰文'))).toBe(true);
  });
});

describe('stop 45, blind: a Now 新聞台 story, its headline of two clauses and its topic tag', () => {
  // https://hk.mobi.yahoo.com/全國政協會議開幕-王滬寧發表工作報告-073200911.html
  const page = '全國政協會議開幕 王滬寧發表工作報告\n\n【Now新聞台】全國政協十四屆二次會議在北京開幕。\n\n國家主席習近平等領導人出席全國政協會議,政協主席王滬寧發表上任後首份工作報告。\n\n#要聞';
  test('the headline is read as clauses — the session\'s event the title, "王滬寧發表工作報告" its deck, said; "#要聞" is removed (was: "全國政協會議開幕王滬寧發表工作報告" one word, a paragraph "#要聞")', () => {
    // (发表…报告 is an act clause, so mends45's headline-parts rule of the same stop reads the line as event + deck)
    const { front, blocks, result } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('全國政協會議開幕');
    expect(result.file.messages.some((m) => m.ruleId === 'headline-parts' && String(m.reason).includes('王滬寧發表工作報告'))).toBe(true);
    expect(blocks.some((b) => b.includes('要聞'))).toBe(false);
  });
});

describe('stop 45, blind: a resolution copied out of a layout table, the cell\'s bar after its last sentence', () => {
  // https://szdiy168.com/html/art2014221art_16301_355713.html (鄞州区)
  const page = [
    '(2014年2月20日宁波市鄞州区第十七届人民代表大会第三次会议通过)',
    '宁波市鄞州区第十七届人民代表大会第三次会议听取和审查了张光宏院长所作的区人民法院工作报告。会议充分肯定区人民法院过去一年的工作,同意报告提出的2014年工作安排,决定批准这个报告。',
    '会议要求,区人民法院要认真贯彻落实党的十八大和十八届三中全会精神,忠实履行宪法和法律赋予的职责,为维护社会公平正义,推动我区经济社会的全面发展提供更加有力的司法保障。 |',
  ].join('\n');
  test('the bar is removed and said; the text ends with its sentence, not cut off (was: "…保障。|", a cut-off warning)', () => {
    const { blocks, result } = readIngested(page, 'page.txt', { clean: false });
    expect(blocks[blocks.length - 1]).toMatch(/司法保障。$/u);
    const ids = result.file.messages.map((m) => m.ruleId);
    expect(ids).not.toContain('cut-off');
    expect(result.file.messages.some((m) => m.line === 3 && m.ruleId === 'page-info')).toBe(true);
  });
  test('guard: a pipe table\'s cell a line keeps its bar for the table reader', () => {
    const text = '政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n项目 | 预算数 | 执行数 |\n收入 | 100 | 120 |\n支出 | 90 | 95 |\n全年收支平衡。';
    const { result } = readIngested(text, 'page.txt', { clean: false });
    expect(result.file.messages.some((m) => m.ruleId === 'page-info')).toBe(false);
  });
});

describe('stop 45, blind: an audit bureau\'s news of a visit praising its report', () => {
  // http://sjj.jiaxing.gov.cn/art/2022/7/25/art_1542187_58330342.html (嘉兴市审计局)
  const page = [
    '当前位置:首页 >> 嘉审动态',
    '市人大常委会副主任王马青一行来市审计局调研工作',
    '信息来源: 市审计局 发布时间:2022- 07- 25 09: 12 浏览次数:',
    '',
    '7月22日,市人大常委会副主任王马青与市人大财经委一行来市审计局调研财政同级审等工作,听取市审计局关于2021年市本级预算执行和其他财政收支审计情况的汇报。',
    '',
    '王马青对2021年度《审计工作报告》给予了充分肯定,认为报告围绕市委、市政府决策部署,审计谋划有高度。',
  ].join('\n');
  test('is said to be a news story: a party\'s visit and praise of 《…报告》 (was: nothing said)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/a visit as news/u);
  });
  test('guard: a report recalling a delegation with no visit verb tells nothing', () => {
    const report = '政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、过去一年的工作\n我们接待了省农科院专家一行,签订合作协议三项。';
    expect(said(report, 'news-story')).toHaveLength(0);
  });
});

describe('stop 45, blind: a county paper\'s news of the draft report put to the standing committee', () => {
  // http://medol.cn/keji/49602.html
  const page = [
    '12月11日,县长李镇江就《政府工作报告》在县人大常委会征求意见。县人大常委会主任熊检华,副主任吴志辉、张亚玲参加。',
    '在听取《政府工作报告》(意见征求稿)的基本构架、主要内容说明后,与会人员紧紧围绕《报告》踊跃发言,认为《政府工作报告》(征求意见稿)结构清晰、内容实在。',
    '李镇江代表县政府向县人大常委会及人大代表们对政府工作的支持、理解和监督表示感谢。',
  ].join('\n');
  test('is said to be a news story: the draft named in brackets, put to comment (was: nothing said)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/a consultation on its draft/u);
  });
  test('guard: a report saying it sought comments widely tells nothing', () => {
    const report = '政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、过去一年的工作\n我们编制“十四五”规划纲要,广泛征求意见,凝聚各方共识。';
    expect(said(report, 'news-story')).toHaveLength(0);
  });
});

describe('stop 45, blind: 澳门日报\'s e-paper page, its page label over the headline and its template\'s fields after the story', () => {
  // https://xiangyu-macau.oss-cn-hongkong.aliyuncs.com/app/szb/pc/content/content_2079.html
  const page = [
    '2019年10月09日',
    '第C07版:港聞',
    '',
    '特首擬周三立會宣讀施政報告',
    '',
    '特首擬周三立會宣讀施政報告',
    '',
    '【香港中通社八日電】香港特區行政長官林鄭月娥八日表示,希望在本月十六日特區立法會新會期首次會議上宣讀二○一九年施政報告,但此計劃要視乎情況而定。',
    '',
    '當日上午,林鄭月娥出席行政會議前會見傳媒時表示,施政報告目前仍在最後籌備階段。',
    '',
    '2019-10-09 1 1 澳门日报 content_2079.html 1 特首擬周三立會宣讀施政報告 /enpproperty-->',
  ].join('\n');
  test('the page label is removed and the headline is the title (was: "第C07版：港聞" a paragraph, no title, the headline a paragraph and a heading)', () => {
    const { front, blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('特首擬周三立會宣讀施政報告');
    expect(blocks[0]).toMatch(/^【香港中通社八日電】/u);
    expect(ruleAt(page, 2)).toContain('page-info');
  });
  test('the template\'s leaked fields are removed; "【…社…日電】" is a news dateline (was: a last paragraph; nothing said)', () => {
    const { blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(blocks.some((b) => b.includes('enpproperty'))).toBe(false);
    expect(said(page, 'news-story')[0].reason).toMatch(/a news dateline/u);
  });
  test('guard: a sentence naming the paper\'s page keeps its line', () => {
    const report = '政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n第3版刊登的全县重点项目,全部按期开工。';
    const { blocks } = readIngested(report, 'page.txt', { clean: false });
    expect(blocks.some((b) => b.startsWith('第3版刊登'))).toBe(true);
  });
});

describe('stop 45, blind: a legal paper\'s story re-posted with its original headline noted', () => {
  // http://gscn.com.cn/fzgs/system/2020/01/15/012304394.shtml
  const page = [
    '张海波在省十三届人大三次会议上作法院工作报告',
    '原标题:张海波在省十三届人大三次会议上作法院工作报告',
    '法制网讯(记者 赵志锋 李双红)1月12日上午,甘肃省高级人民法院院长张海波在甘肃省第十三届人民代表大会第三次会议上作了《甘肃省高级人民法院工作报告》。',
    '张海波在报告中说,2019年省法院各项工作取得新进步。',
  ].join('\n');
  test('"原标题:…" is removed (was: the first paragraph)', () => {
    const { blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(blocks[0]).toMatch(/^法制网讯/u);
    expect(ruleAt(page, 2)).toContain('page-info');
  });
});

describe('stop 45, blind: a news site\'s story with the report\'s transcript after its label', () => {
  // http://yzydsg.com/c/2020-05-19/2575275.shtml (a copy of 人民政协网's story, its pinyin glued on)
  const page = [
    '人民政協網北京3月12日電 3月12日上午,第十三屆全國人民代表大會第二次會議在人民大會堂舉行第三次全體會議,聽取最高人民法院院長周強關於最高人民法院工作的報告。',
    '周強作最高人民法院工作報告',
    '以下為文字實錄:',
    '最高人民法院院長 周強',
    '2019年工作安排',
    '2019年是新中國成立70周年,是全面建成小康社會、實現第一個百年奮斗目標的關鍵之年。',
  ].join('\n');
  test('"以下為文字實錄:" is removed; the site\'s "…網北京3月12日電" is a dateline (was: a paragraph; nothing said)', () => {
    const { blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(blocks.some((b) => b.includes('文字實錄'))).toBe(false);
    expect(said(page, 'news-story')[0].reason).toMatch(/a news dateline/u);
  });
});

describe('stop 45, blind: a city paper\'s story, its reporters named after the last sentence', () => {
  // http://ccwb.yunnan.cn/html/2019-01/19/content_1262791.htm?div=-1 (春城晚报)
  const page = '昨日下午,云南省高级人民法院召开全省中级法院院长会,院长侯建军对2019年云南全省法院中心工作做出全面部署。 侯建军院长指出,全省法院要紧紧围绕“努力让人民群众在每一个司法案件中感受到公平正义”的目标,实现全省法院整体工作迈入全国法院第一方阵。 本报记者 熊波 通讯员 杨帆\n|';
  test('the credit is removed; the text ends with its sentence (was: "…第一方阵。本报记者熊波通讯员杨帆", a cut-off warning)', () => {
    const { blocks, result } = readIngested(page, 'page.txt', { clean: false });
    expect(blocks[blocks.length - 1]).toMatch(/第一方阵。$/u);
    expect(result.file.messages.map((m) => m.ruleId)).not.toContain('cut-off');
  });
  test('guard: a report\'s sentence naming reporters goes on and keeps its words', () => {
    const report = '政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n我们邀请新闻记者 张三 李四 参与监督,全年公开曝光问题十二个。';
    const { blocks } = readIngested(report, 'page.txt', { clean: false });
    expect(blocks.some((b) => b.includes('张三'))).toBe(true);
  });
});

describe('stop 45, blind: a congress site\'s digest of the court report under a column tag and a question', () => {
  // https://www.gzrd.gov.cn/dbdhhy/…/202301/t20230115_78120784.html (贵州人大)
  const page = [
    '【省法院工作报告】过去五年,全省法院做了哪些工作?',
    '1月15日上午,贵州省第十四届人民代表大会第一次会议举行第二次全体会议,贵州省高级人民法院党组书记、代理院长茆荣华向大会作《贵州省高级人民法院工作报告》。',
    '根据报告,过去五年,全省法院主要做了七个方面的工作:',
    '一、坚持党对司法工作的绝对领导,确保人民法院正确政治方向',
    '二、严格公正司法,建设更高水平平安贵州法治贵州',
    '(来源:人大论坛全媒体)',
  ].join('\n');
  test('the headline after the tag is the title (was: "省法院工作报告", the tag)', () => {
    const { front } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('过去五年，全省法院做了哪些工作？');
  });
  test('is said to be a news story: who delivered it (向大会作《…》), 根据报告 (was: nothing said)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/who delivered the report/u);
  });
  test('guard: a search keyword after a bracketed document name still leaves the name as the title', () => {
    const text = '[2020年某区人大常委会工作报告] 2020年是几中全会\n各位代表:\n现在,我代表区人大常委会向大会报告工作,请予审议。\n一、过去一年的工作\n全区人大工作取得新进展。';
    const { front } = readIngested(text, 'page.txt', { clean: false });
    expect(front.title).toBe('2020年某区人大常委会工作报告');
  });
});

describe('stop 45, blind: a county CPPCC site\'s news of its standing committee\'s meeting', () => {
  // http://fxzx.ahfeixi.gov.cn/content/detail/677c950d2b56e036728b4567.html (肥西县政协)
  const page = [
    '1月6日上午,县政协主席戴昭军主持召开县政协十一届十八次常委会会议。县政协副主席吴其珍、胡宁,秘书长张良利出席会议。县政协常委参加会议。',
    '会议听取了各讨论组关于讨论政府工作报告及其他有关报告情况和协商候选人情况的汇报;讨论通过了县政协十一届四次会议决议(草案)。',
    '各讨论组召集人、乡镇政协联络组组长、大会秘书处副秘书长和各组负责人列席会议。',
  ].join('\n');
  test('is said to be a news story: 主持召开, and those who sat in (列席会议。) (was: one telling, nothing said)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/列席会议/u);
  });
});

describe('stop 45, blind: a city congress site\'s news of the meetings on its draft report, its writers in brackets', () => {
  // http://tcrd.cn/news/3708.html
  const page = [
    '近日,市人大常委会工作报告(稿)征求意见座谈会先后召开,市人大常委会副主任何智、陈玉莲、张敏丽、付伟分别主持座谈会。',
    '座谈会上,与会人员围绕市人大常委会工作报告(稿)的主要内容等方面进行了充分讨论,就进一步修改、完善报告(稿)提出意见建议。',
    '部分人大代表参加座谈会。 (姚艺迪 曹姗 吴磐)',
  ].join('\n');
  test('the writers\' names in brackets are removed; the draft "报告(稿)" tells a consultation (was: "…座谈会。（姚艺迪曹姗吴磐）")', () => {
    const { blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(blocks[blocks.length - 1]).toBe('部分人大代表参加座谈会。');
    expect(said(page, 'news-story')[0].reason).toMatch(/a consultation on its draft/u);
  });
  test('guard: "（草案）" after a sentence is no one\'s name and stays', () => {
    const report = '政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n会议审议了县国民经济和社会发展第十四个五年规划纲要。（草案）';
    const { blocks } = readIngested(report, 'page.txt', { clean: false });
    expect(blocks.some((b) => b.includes('（草案）'))).toBe(true);
  });
});

describe('stop 45, blind: a city paper\'s review of the standing committee\'s year under its reporter\'s byline', () => {
  // http://zyrb.com/content/202401/08/content_8903.html
  const page = [
    '本报记者 康 宁',
    '岁序更新,观往知来。站在2024年的起点回首过往,市人大常委会2023年的工作充实丰盈、亮点频闪,在步履坚定和实干担当中书写出了属于自己的精彩。',
    '这是奋发有为的新时代答卷——制定地方性法规2件,作出决议决定10项,听取审议专项工作报告20项,开展执法检查6项。',
    '(下转第三版)',
  ].join('\n');
  test('the byline is removed and tells a story, no title (was: title "本报记者康宁")', () => {
    const { front } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title ?? '').toBe('');
    expect(ruleAt(page, 1)).toContain('byline');
    expect(said(page, 'news-story')[0].reason).toMatch(/a reporter's byline/u);
  });
});

describe('stop 45, blind: a Macao news portal\'s sidebar of outlets, one a line, and a channel\'s name over the headline', () => {
  // https://www.cyberctm.com/zh_TW/news/detail/1010939
  const page = [
    '媒體', '  • 澳廣視新聞', '  • 政府消息', '  • 濠江日報', '  • 澳門日報', '  • MediaOutReach', '  • 美通社', '  • EQSGroup', '分類', '  • 正報', '新聞',
    '', '發表施政報告 特首下月十七日', '', '2015-10-23 07:30', '',
    '【特訊】行政長官崔世安將於11月17日下午3時在立法會發表《2016年財政年度施政報告》,其後於下午5時在特區政府總部舉行記者會,就明年的施政報告回答記者提問。',
    '', '關注CyberCTM',
  ].join('\n');
  test('the sidebar (Latin names, its labels) and the channel\'s name go, the headline is the title (was: "媒體", "• MediaOutReach" … paragraphs, the headline a heading)', () => {
    const { front, blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toMatch(/^發表施政報告[ \u3000]?特首下月十七日$/u);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatch(/^【特訊】/u);
    expect(said(page, 'news-story')[0].reason).toMatch(/a news dateline/u);
  });
  test('guard: a report\'s list of three short items under a heading keeps its label', () => {
    const report = '政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、重点工作\n民生实事\n- 教育\n- 医疗\n- 养老\n全面完成年度任务。';
    const { blocks } = readIngested(report, 'page.txt', { clean: false });
    expect(blocks.some((b) => b.includes('全面完成年度任务'))).toBe(true);
  });
});

describe('stop 45, blind: 澳門日報\'s e-paper page (the e-paper system many papers run): its page controls and headline list', () => {
  // http://www.macaodaily.com/html/2018-11/14/content_1309817.htm
  const page = [
    'top top top', '第A01版:澳聞 4下一版  ', '      本版標題導航', '羅司:經屋輪隊做唔到', '經屋上調廿五歲爭議大', '特首明發表2019施政報告', '兩車猛撞一司機被困',
    '     [ 設為首頁 ] | | [ 返回主頁 ] |', '今日日期:     版面導航', '當前報紙日期:', '2018 11月14日 星期', ' ', '3上一篇  下一篇4  ', '  放大 縮小 默认        ', '',
    '    特首明發表2019施政報告', '',
    '    【本報消息】行政長官崔世安於明(十五)日下午三時到立法會發表《2019年財政年度施政報告》,下午五時於澳門特別行政區政府總部舉行記者會,就施政報告內容回答記者提問。',
  ].join('\n');
  test('the controls and the headline list go; the story\'s headline is the title (was: four headlines of the page joined as the title, seven lines of controls as paragraphs)', () => {
    const { front, blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('特首明發表2019施政報告');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatch(/^【本報消息】/u);
  });
  test('guard: a report\'s short lines after a sentence are no headline list', () => {
    const report = '政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、主要工作\n标题导航类栏目建设完成。\n全县新建公园三个';
    const { blocks } = readIngested(report, 'page.txt', { clean: false });
    expect(blocks.some((b) => b.includes('全县新建公园三个'))).toBe(true);
  });
});

describe('stop 45, blind: a Macao government page printing its news in Chinese and then Portuguese', () => {
  // https://www.gaspf.gov.mo/?s=…&lang=pt (澳門新聞局's release)
  const page = [
    '行政長官賀一誠明日發表【2023年度施政報告】(澳門新聞局)', '', '2022-11-14', '',
    '行政長官賀一誠將於明(15)日下午3時在立法會發表《2023年財政年度施政報告》,並於同日下午5時在政府總部舉行新聞發佈會,就施政報告內容回答記者提問。', '',
    'Chefe do Executivo apresenta a 15 de Novembro as Linhas de Acção Governativa para o ano de 2023', '',
    'O Chefe do Executivo, Ho Iat Seng, apresentará, amanhã (dia 15 de Novembro), às 15h00, o «Relatório das Linhas de Acção Governativa para o ano financeiro de 2023», na Assembleia Legislativa, seguindo-se a conferência de imprensa, às 17h00, na Sede do Governo.',
  ].join('\n');
  test('the Portuguese is said to be Portuguese, taken out, no bilingual edition (was: "Read the page as a bilingual edition", the Portuguese called damaged English)', () => {
    const { result, blocks } = readIngested(page, 'page.txt', { clean: false });
    const twins = result.file.messages.filter((m) => m.ruleId === 'english-twin');
    expect(twins).toHaveLength(1);
    expect(twins[0].reason).toMatch(/it is Portuguese, not English/u);
    expect(blocks.some((b) => /Chefe do Executivo/u.test(b))).toBe(false);
  });
  test('guard: an English paragraph naming São Paulo is English', async () => {
    const { isPortuguese } = await import('../pipeline/ingest/twins.ts');
    expect(isPortuguese('The delegation visited São Paulo and Rio de Janeiro to discuss trade and investment with a group of local companies.')).toBe(false);
    expect(isPortuguese('O Chefe do Executivo apresentará amanhã, às 15h00, o relatório na Assembleia Legislativa.')).toBe(true);
  });
});

describe('stop 45, blind: a city paper\'s session story, its reporters\' roles and its pictures\' captions in table cells', () => {
  // http://nggsl.com/article/item-1584.html (宁国)
  const page = [
    '孙正东主持大会 唐佑文作《政府工作报告》',
    '□ 记者 胡起/文 胡黎明/图',
    '孙正东主持大会 |',
    '唐佑文作《政府工作报告》 |',
    '花团锦簇迎盛会,群贤毕至商大计。1月11日上午,宁国市第十四届人民代表大会第四次会议在市会议中心隆重开幕。',
    '市十四届人大四次会议应到代表205人,实到189人,符合法定人数。',
  ].join('\n');
  test('the byline and the two captions are removed (was: three paragraphs, "唐佑文作《政府工作报告》|")', () => {
    const { blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(blocks).toHaveLength(2);
    expect(ruleAt(page, 2)).toContain('byline');
    expect(ruleAt(page, 3)).toContain('caption');
    expect(ruleAt(page, 4)).toContain('caption');
  });
  test('guard: a report\'s sentence about a reporter\'s work keeps its line', () => {
    const report = '政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n记者 张三/文 的报道获全国新闻奖,全县宣传工作再上台阶。';
    const { blocks } = readIngested(report, 'page.txt', { clean: false });
    expect(blocks.some((b) => b.includes('全国新闻奖'))).toBe(true);
  });
});

describe('stop 45, blind: page widgets\' words left alone on their lines — a read-aloud label, a bookmark\'s toast', () => {
  // https://www.sznews.com/news/content/2024-01/19/content_30707538.htm ("人工智能朗读:"), http://www.qikan.com.cn/article/zxzc20220603.html ("收藏成功")
  const page = [
    '龙华区二届人大四次会议开幕', '2024-01-19 07:37', '来源: 深圳特区报', '人工智能朗读:', '  • 打印', '  • 收藏', '收藏成功', '',
    '深圳新闻网2024年1月19日讯(深圳特区报记者 杨明铭 吴禾昆)昨日上午,深圳市龙华区第二届人民代表大会第四次会议在龙华会堂开幕。区长雷卫华代表龙华区人民政府向大会作政府工作报告。',
  ].join('\n');
  test('"人工智能朗读:" and "收藏成功" are removed (was: two paragraphs)', () => {
    const { blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatch(/^深圳新闻网/u);
  });
});

describe('stop 45, blind: a re-post of a news agency\'s story on a briefing about the report', () => {
  // http://www.ysigr.com/html/283e499544.html (a spun copy of 新华社's story)
  const page = [
    '两会速递|向东:政府工作报告的起草过程是一个集众智汇众力的过程',
    '3月5日,国务院新闻办公室举行吹风会。国务院研究室副主任向东说,政府工作报告的起草过程是一个集众智汇众力的过程。',
    '向东表示,报告起草过程中,共收到各方面意见建议1000多条。',
  ].join('\n');
  test('"举行吹风会" tells a briefing (was: one telling, nothing said)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/a press conference on it/u);
  });
  test('guard: a report promising press conferences tells nothing', () => {
    // (no salutation or 我代表 in this excerpt: the tells alone decide)
    const report = '一、过去一年的工作\n我们健全新闻发布制度,县政府新闻办全年举行新闻发布会24场,回应群众关切。\n县长在报告中指出,要持续改进作风。';
    expect(said(report, 'news-story')).toHaveLength(0);
  });
});
