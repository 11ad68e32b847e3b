/**
 * A news story about a report rather than the report: what a search for a report finds first
 * ("县长刘海亮代表县人民政府向大会作工作报告。…刘海亮在报告中指出，…", "…宣布…会议开幕", "在主席台前排就座").
 * It reads like a report's page — the session, the speaker, figures — and ingest would make it one,
 * titled by the headline. A story tells of the report in the third person; the report speaks in its
 * speaker's voice (a salutation, "我代表…向大会报告"). A page with no such voice and at least two
 * paragraphs telling of the report or of its session is said to be a story, at those paragraphs.
 * (A newspaper page that carries the full text under a news lede has the voice: nothing is said.)
 * The same for the other pages about a report a search finds (session of 2026-12-02): a delegation's deliberation, a call
 * for suggestions on the report to be drafted, the session's agenda, an article explaining it, a reader's essay, a writing
 * site's digest of 范文 — said as a "news story or notice" (block-messages.ts). And (stop 29) the congress's resolution on
 * the report, a meeting's news on its draft, a court's or procuratorate's news of its report, a residents' council's news, a
 * mobile page opening with its dateline (enough alone), a synonym-spun copy of a session's news. (Held-out round 38) A
 * paper's commentary on the report and its keyword digest, and a page that is no report at all but lists an office's duties
 * (a 街道办事处's), which a search for its report finds too.
 */
import { toSimplified } from '../model/han-forms.ts';
import { actHeadline } from './act-headline.ts';
import { isReporterAlone, isReporterByline } from './boilerplate-rules.ts';
import { articleVoice } from './other-document.ts';
import { ADDRESSEES_OR_LEGISLATORS, DEPUTIES_PLURAL } from './salutation.ts';
import type { DraftBlock, SourceLine } from './types.ts';

/** Paragraphs telling of the report (or of its session) before the page is called a story. */
const STORY_PARAGRAPHS = 2;

/** Who presents the report to the session in the third person, up to 向大会报告: "陈永高代表县人民政府" (not 我代表, 现在代表, 面…代表). */
// (stop 43, blind: ccbuild.com, "贾庆林在代表政协…常务委员会向大会报告工作后，…": a name's 在代表 is the third person; 现在代表 is the speaker's)
const THIRD_PERSON = String.raw`\p{Script=Han}(?<![我面])(?<!现在)代表[^。]{0,30}`;
const TO_THE_SESSION = '向(?:大会|会议)报告';
/** The report presented in the third person: "陈永高代表县人民政府向大会报告工作" (VOICE leaves it out). */
const PRESENTS = `${THIRD_PERSON}${TO_THE_SESSION}`;
const PRESENTED = new RegExp(PRESENTS, 'u');
/** The report presented, and then something else: "…向大会报告工作后，从六个方面提出了…工作要点" (a story on what followed it). */
const PRESENTED_THEN = new RegExp(`${PRESENTS}[^。，；]{0,8}?(?:之|以)?后`, 'u');

/** The speaker's own voice: a salutation opening a paragraph, or the speaker presenting the report to the session. */
// ("代表们：" is the older salutation; "代表们认为，" is a story telling what the deputies thought; held-out round 39: "各位代表进行表决",
// a photo's caption, no salutation either — the addressees end their line or stand before its mark, the next addressees or 们)
// (stop 42, blind: rss.jingjiribao.cn, "国务院关于…计划执行情况的报告提请全国人大常委会会议审议": the report named as what is submitted
// is a story's third person — the speaker says "现将…提请大会审议", "现提请…")
// (stop 44: a body's own formula presenting what follows, "现将审查结果报告如下：" — 浙江's financial committee's review report,
// zjrb.zjol.com.cn, was a "story" by its adoption note and its 批准预算报告; a story tells of a report, never presents one so)
// (stop 40: a bill's name, "…常务委员会关于提请审议《…条例》的议案", is no one's voice; "陈永高代表县人民政府向大会报告工作" is a story's third person — 向大会报告 after someone's 代表 is the speaker's voice only as 我代表, or after none, "现在代表…", "下面，代表…")

/**
 * The office titles a story writes beside a leader's name, listed once (stop 43: they were three near-twin lists; stop 44: the
 * fourth folded in), each with the tells that read it: `delivers` — who delivered the report (ROLE: a head of government,
 * congress, court or procuratorate, 县长刘海亮, 代理县长李卫, 总理李克强); `says` — a chair's words, reported ("唐龙生副主任指出，");
 * `leads` — a visit as news ("…副主任率财经工委到区发改局调研"); `quoted` — someone's words reported in the third person, a title
 * before the name ("区党委党校…副教授包金运表示，", "县长德吉央宗说：" — a scholar's, a spokesman's, a deputy's titles too). No
 * title is the start of another, so the order of an alternation made of them matters not.
 */
// (stop 37: an audit office's head, 审计局局长, 审计厅厅长, delivers the audit report)
// (stop 42, blind: pub-static.hizh.cn, a district's Party congress — "区委书记、…党工委书记梁耀斌代表区委作工作报告")
// (stop 43: a town's head, "镇长余向阳作月山镇人民政府工作报告" — once read only through the 代表 of 人民代表大会 before it)
type OfficeUse = 'delivers' | 'says' | 'leads' | 'quoted';
const OFFICES: Readonly<Record<string, readonly OfficeUse[]>> = {
  县长: ['delivers', 'says', 'leads', 'quoted'],
  市长: ['delivers', 'says', 'leads', 'quoted'],
  区长: ['delivers', 'says', 'leads', 'quoted'],
  省长: ['delivers', 'quoted'],
  州长: ['delivers', 'quoted'],
  旗长: ['delivers', 'quoted'],
  盟长: ['delivers'],
  镇长: ['delivers', 'says'],
  乡长: ['delivers'],
  总理: ['delivers'],
  // (stop 44, blind: tech999999.com, "受全国人大常委会委托，赵乐际委员长向大会报告全国人大常委会工作": a story's third person)
  委员长: ['delivers'],
  主任: ['delivers', 'says', 'leads', 'quoted'],
  院长: ['delivers'],
  检察长: ['delivers'],
  主席: ['delivers', 'says', 'leads', 'quoted'],
  局长: ['delivers', 'says', 'leads', 'quoted'],
  厅长: ['delivers', 'quoted'],
  书记: ['delivers', 'says', 'leads', 'quoted'],
  部长: ['says', 'leads'],
  秘书长: ['says'],
  教授: ['quoted'],
  研究员: ['quoted'],
  负责人: ['quoted'],
  发言人: ['quoted'],
  人大代表: ['quoted'],
  政协委员: ['quoted'],
};
/** The office titles one tell reads, as an alternation. */
const officesOf = (use: OfficeUse): string => `(?:${Object.keys(OFFICES).filter((title) => OFFICES[title].includes(use)).join('|')})`;
const ROLE = officesOf('delivers');
/**
 * The speaker's own voice (its notes stand above, by THIRD_PERSON). (Stop 44, blind: tech999999.com) 向大会报告 after an office's
 * title is a story's third person too: "赵乐际委员长向大会报告…工作".
 */
// (stop 46, blind: news.jsw.com.cn) — nor one continuing a sentence that had someone deliver the report: "副主任张庆生向大会作市人大
// 常委会工作报告，向大会报告换届以来的主要工作" is the story's third person, its 向大会报告 the same subject's
// (stop 47, blind: 028news.net) — nor one after a name the standing committee entrusted, "受政协第十二届全国委员会常务委员会委托，
// 万钢向大会报告…" (the speaker's own is "受…委托，向大会报告", or "…委托，现在向大会报告"); (kuifo6180.wineast.net, qc.idea-sf.com) nor
// a 提请…审议 that names what was put before the session, "26日提请十四届全国人大常委会审议的一份报告称", or that the session
// decided to put before the delegations, "会议经过表决，决定将…决议草案…提请各代表团审议": a story's words (the page was the report)
// (2getgold.com) nor one after an office and a name who was entrusted, "县政协副主席杨前超受…常务委员会委托，向大会报告…"
// (stop 48, blind: bj.crntt.com) nor one a story dates to its day and places at the session, "苏辉今天下午在全国政协十三届二次会议上
// 向大会报告…" (the speaker's own never says 今天 of the session it addresses: "我代表…", "现在向大会报告")
// (stop 58, mends: news.chengdu.cn) the gap between 提请 and 审议 holds no 审: "拟提请审议的法律草案和审议修改进展" (a story's words on a
// plan's bills) read 提请…审议修改 past the first 审议的, whose 的 shows it is no request (was: the speaker's voice, no story said)
// (stop 61, blind: cqrd.gov.cn, an explanation of the drafting of a standing committee's report) a standing committee's salutation,
// "主任、各位副主任、秘书长、各位委员：" (委员长、…, 主席、…), opens the speaker's own text as 各位代表 does: it was no voice, and the page
// a "story" by "又主持召开了四个片区人大工作座谈会" in its account of the drafting
const VOICE = new RegExp(`^(?:主任|委员长|委員長|主席)[、，,][^。！？；]{0,40}?各位(?:委员|委員)[：:]|^(?:${ADDRESSEES_OR_LEGISLATORS}(?=[们們：:，,！!、；;\\s]|各位|同志|$)|${DEPUTIES_PLURAL}(?=[：:，,！!]|$))|我代表|(?<!${THIRD_PERSON})(?<!${ROLE})(?<!(?:作|做)[^。；！]{0,40}报告[，,]\\s*)(?<!委托[，,]\\s*(?!现在|本人|特此|谨此|下面)\\p{Script=Han}{2,3})(?<!${ROLE}\\p{Script=Han}{2,3}受[^。；！]{1,40}?委托[，,]\\s*)(?<!今天(?:上午|下午|晚上)?在[^。；！，,]{1,40}?上)${TO_THE_SESSION}|请予审议|(?<!关于|报告》?|决定将[^。]{0,80})提请[^。审]{0,12}审议(?!的)|现将[^。]{0,80}提请[^。]{0,12}审议|现将[^。]{0,40}?报告如下`, 'u');
/**
 * (stop 47, blind: hainan.sina.com, 2getgold.com) Entrusted, then the one named who delivered it: "受…常务委员会委托，苏忠仕作《…》的报告"
 * (the speaker's own is "受…委托，向大会…" or "…委托，现在…": no name after the comma).
 */
const ENTRUSTED_NAME = '受[^。；！]{1,40}?委托[，,](?!现在|现将|我们|本人|下面)[\\u4e00-\\u9fff]{2,3}(?:向(?:大会|会议))?(?:作|做)[^。；]{0,80}?报告';
/** On whose behalf, and to whom: 代表县人民政府向大会. */
// ("代表国务院，向十四届全国人大三次会议作…": a comma before 向, stop 36)
// (stop 37: "受市政府委托，向…会议作《…审计工作报告》", the audit report's 受…委托)
// (stop 43, blind: www.weishou8.cn — not the 代表 of 人民代表大会: "…向第十四届全国人民代表大会第三次会议作…报告" named no one's behalf)
const ON_BEHALF = '(?:代表(?!大会)[^。，；！]{1,24}?|受[^。；！]{1,40}?委托)(?:[，,]?向[^。，；]{1,24})?';
/** Delivered the report: 作工作报告, 作了《政府工作报告》, 所作的工作报告, 作的《…工作报告》, 发表政府工作报告 (a live blog's word, new user round 17). */
// (a report's full name in 《》 may be long: 作《兰州市城关区人民检察院工作报告》)
const DELIVERS = '所?(?<!工)(?:作|做|发表)[了的]?(?:《[^。，；》]{0,60}|[^。，；》]{0,12})报告';
/** Where it was delivered, between the speaker and 作: "检察长苏克鸿在…第六次会议上作…", "院长陈广军在会上作…" (held-out round 38). */
const AT_SESSION = '(?:在[^。，；]{1,40}?上)?';

/**
 * (held-out round 43) The division of a report's tasks among the units that carry it out, or the notice sending it out ("…工作报告
 * 目标任务分解方案", "《政府工作报告》重点工作任务分工", "现印发给你们"); also read in the page's head, the notice's title.
 */
// (stop 54, blind: tongshan.gov.cn) or the division named first, in the notice's title: "县人民政府关于分解落实 2022年县政府重点工作
// 任务的通知", "关于分解落实《政府工作报告》目标任务的通知" — the whole line a notice's title, 关于…的通知: enough alone (a report divides no
// tasks in its own title, and never names itself a notice)
const taskNoticeTitle = /^[^。，；]{0,30}?关于(?:分解|分工)(?:落实|下达)?[^。，；]{0,30}?(?:任务|工作)的通知$/u;
const taskNotice = new RegExp(`${/(?:工作报告|报告》)[^。]{0,20}?(?:目标任务|重点(?:工作)?任务|工作任务|任务)[^。]{0,6}?(?:分解|分工)|现(?:将[^。]{0,60}?)?印发给你们/u.source}|${taskNoticeTitle.source}`, 'u');

/** The writer's own view in the first person singular (on the simplified probe): "我认为", "我觉得", "在我看来", "令我最深刻的". */
// (stop 47, blind: m.23xiu.com, a listener's reflections: "我有两点最深的体会", "我深切感受到…", "我感到非常自豪" — a report's
// speaker says 我们 深切感受到, and has no 体会 of its own; shanggaozx.com, a teacher's essay, "我又认真学习了人民日报五篇评论员文章")
const VIEW = /在我看来|(?<!自)我(?:个人)?(?:认为|觉得|以为|深感|深信|看来)|依我看|令我(?:最为|最)?(?:印象)?(?:最为|最)?深刻|本人(?:认为|觉得|以为)|我(?:有)?[一两二三四五六七八九十几]点(?:最深的?|深刻的?|粗浅的?)?体会|我(?:深切|深深|深刻)地?感受到|我感到(?:非常|十分|很|无比)?(?:自豪|振奋|鼓舞|骄傲)|我(?:又|也|还)?认真(?:学习|阅读|研读)了/u;
/** The same, or the columnist's 笔者 and "让我印象深刻" (commentary's tells): the writer in the first person. */
const FIRST_PERSON = new RegExp(`${VIEW.source}|笔者|让我印象(?:最)?深刻`, 'u');
/**
 * (stop 42) The report named as a head of government's, in the third person: "李强总理在政府工作报告中", "总理所言", "省长所作的报告"
 * — a report never names itself so (a report's quotation of the Party congress's report names 总书记, not a head of government).
 */
// (stop 47, blind: m.23xiu.com) or heard: "听了总理的政府工作报告之后"
const ANOTHERS_REPORT = /(?:总理|[省市县区州旗]长)\p{Script=Han}{0,4}?(?:在[^。]{0,20}?报告中|所言|所说|所作的?[^。]{0,16}?报告|作(?:出|了)?的?[^。，]{0,16}?报告|的(?:政府)?工作报告)/u;

/** What a story says of a report and its session (on the simplified probe). */
/** An agency's abstract introduced: "…作最高人民检察院工作报告。摘要如下：" (a digest's tell; and no lede of it hands over to a text). */
const ABSTRACT_INTRO = '报告。?摘要如下[：:]';
/** A page that is an abstract of the report: its introduction, or its title "…工作报告（摘要）". */
const ABSTRACT = new RegExp(`${ABSTRACT_INTRO}|报告[（(]摘要[）)]$`, 'u');

/**
 * A day as a dateline or a story writes it, in figures or in Chinese numerals: "3月8日", "三月十一日" (written once: the agency's,
 * the news site's and the paper's datelines, "新华社北京3月8日电", "人民政協網北京3月12日電", "本报北京3月11日讯", and the press
 * conference's day read it).
 */
const DAY = String.raw`(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日`;

/** The tell of the report's delivery announced (enough alone). */
const ANNOUNCED = 'its delivery announced';
const TELLS: ReadonlyArray<{ what: string; pattern: RegExp }> = [
  // The congress's resolution on the report ("（…第四次全体会议通过）", "会议听取和审议了…所作的政府工作报告", "会议强调，…", "会议号召，…")
  // and a meeting's news on its draft ("会议指出，起草好三个报告…"): a paragraph that opens with what the meeting resolved (a report
  // says whose: "中央经济工作会议强调", "市委全会指出")
  // (held-out round 39) and its opening "经…第五次会议审议，…决定批准…", a banner's resolution on its plan report in one sentence
  // (held-out round 47) not a tally of the reports a standing committee heard, "听取审议工作报告19个" / "听取和审议专项工作报告31项":
  // its own report's count of its year's work (山西's congress paper), never a session hearing one
  // (stop 55, mends55; blind54b's 81.cn, the national standing committee's report, its second page) nor the committee telling its own
  // year's work, "常委会听取审议了国务院关于…的报告": the committee heard it, as its report says — a session's news names the session
  // (会议听取…), not 常委会 alone
  { what: 'what the session resolved', pattern: /(?:会议|大会)通过[）)]$|(?<!常委会|常委會|常务委员会|常務委員會)听取(?:和|并)?审议了?(?![^。]{0,40}?报告[0-9一二三四五六七八九十]+[个项件份篇])[^。]{0,40}?(?:报告|所作的《)|^会议(?:指出|强调|要求|认为|号召|决定|同意|研究审议|表决通过|审查了)|^经[^。，,；]{2,40}?(?:代表大会|人大)[^。，,；]{0,12}?会议(?:第[一二三四五六七八九十]+次全体会议)?审议[，,]/u },
  // "县长刘海亮代表县人民政府向大会作工作报告", "代理县长李卫作政府工作报告" (not "我代表…作…报告": the speaker's own words)
  // (held-out round 43) and the name before the role, as a court's portal writes it: "灵台县法院蒋军平院长作了《灵台县人民法院工作报告》"
  // (an office's name before its head is no person's: in "县法院院长作…" 法院 is not a name before 院长)
  // (stop 43: on whose behalf, then where, "院长王艳代表凤县人民法院在凤县第十八届人民代表大会第三次会议上作工作报告")
  // (stop 48, blind: bsqfy.ahcourt.gov.cn) or presented it, a name and an office on whose behalf, "王先年院长代表区人民法院向大会报告工作"
  { what: 'who delivered the report', pattern: new RegExp(`${ROLE}[\\u4e00-\\u9fff]{2,3}?${ON_BEHALF}${AT_SESSION}${DELIVERS}|${ENTRUSTED_NAME}|(?<![我们])${ON_BEHALF}${AT_SESSION}${DELIVERS}|${ROLE}[\\u4e00-\\u9fff]{2,3}${AT_SESSION}(?:向(?:大会|会议))?${DELIVERS}|[\\u4e00-\\u9fff]{2,3}(?<![法检察院府局厅委会])${ROLE}${AT_SESSION}${DELIVERS}|(?:${ROLE}[\\u4e00-\\u9fff]{2,3}|[\\u4e00-\\u9fff]{2,3}(?<![法检察院府局厅委会])${ROLE})代表[^。，；]{1,24}?向(?:大会|会议)报告`, 'u') },
  // "刘海亮在报告中指出", "报告强调", "报告从…等5个方面回顾了" — not the Party congress's report a report quotes ("党的二十大报告指出")
  // (stop 42, blind: jyrb.cn's digest of 济源's plan report, "…计划草案的报告》显示，2025年，…"; a report cites no report so —
  // it may well write "《政府工作报告》提出的目标", hence only 显示 after the bracket)
  // ("在工作报告中指出", "报告明确，2026年…"; held-out round 38: "《报告》从培根铸魂，…；…六个方面回顾了…", its parts named over clauses; new user round 17: "政府工作报告说，…", a live blog quoting the report as it is read, not the Party congress's "二十大报告说")
  // (stop 43, blind: jmnews.com.cn, a city paper's digest: "开平市政府工作报告对2024年开平市政府工作…进行了回顾，对2025年工作
  // 计划作了具体部署" — the report as the subject of what it did to the year's work)
  // (stop 44, blind: longnan.chinagscourt.gov.cn, "《报告》指出，": the report named in its brackets)
  // (stop 45, blind: gzrd.gov.cn, a digest's "根据报告，过去五年，全省法院主要做了七个方面的工作：")
  { what: 'what the report said', pattern: /^根据(?:工作)?报告[，,]|(?<![大会])(?:在(?:工作)?报告中|报告》?(?:从[^。，]{0,40}?)?)(?:指出|强调|提出|表示|回顾|共分|明确|显示)|报告》?从[^。]{2,120}?[一二三四五六七八九十两几\d]+个方面|(?<![大会])报告说[，,：:]|(?<![大会])报告》?对[^。；]{2,60}?(?:进行了|作了|作出了)(?:全面|系统|简要)?(?:回顾|总结)/u },
  // (stop 49, mends49; blind48a's fingermedia.tw, 嘉義縣's council: "縣長張花冠11月3日在縣議會定期會施政報告時強調", "縣長張花冠3日進行口頭施
  // 政報告時，以…之鑑，強調…"; ourchinastory.com's "李强在作政府工作报告时提出") what someone said in delivering the report, reported:
  // delivering it named as an act (作, 进行, 发表 …报告时), or the office and name of who delivered it "在…报告时" — a report's own
  // "常委会在审议…报告时指出" names no one delivering it (nor is the 作 of its "…工作报告时" an act)
  { what: 'what was said in delivering it', pattern: new RegExp(`(?<!习近平|总书记)(?:(?<!工)作|进行|发表)[^。，；]{0,16}?(?:工作|施政)?报告时[，,]?[^。]{0,40}?(?:强调|指出|表示|提出|说)|${ROLE}\\p{Script=Han}{2,3}[^。，；]{0,12}?在[^。，；]{0,24}?(?:工作|施政)报告时(?:强调|指出|表示|提出|说)`, 'u') },
  // "…宣布…会议开幕", "…会议胜利闭幕", "在主席台前排就座", "刘景华主持会议", "会议应到代表224名" (stop 48: "应出席代表159人")
  // (its mood: "会场气氛热烈", "代表齐聚一堂"; and a meeting on the report: "县长王春梅主持召开2026年《政府工作报告》意见征求座谈会", "县领导…参加会议")
  // (stop 41, blind: fjzhxww.com, 政和's session news: "…在主席台前排就坐" as printed, "大会由县人大常委会主任翁贤忠主持", "大会在庄严的国歌声中开幕")
  // (stop 45, blind: lxtdedu.com, a CPPCC session's news: "…等处级以上领导出席会议；…应邀列席会议。", "…到会指导。", "本次大会的执行主席是：")
  // (stop 46, blind: www.dfrd.js.cn) the session's presidium meeting, "…主席团举行第四次会议", and the officials at it, "…、区委副书记陈允春出席。"
  // (held-out round 49, cxwy88.com) the session praised as a story sums it up, "本次大會是勝利的大會、是團結的大會"
  // (stop 54, blind: andnr.com) "参加市五届人大三次会议的代表陆续抵达驻地报到": the deputies arriving to register, the session's eve
  // told as news (a report never tells its deputies' arrival)
  // (stop 59, blind: hnyyzy.hunancourt.gov.cn) "…何中良参加座谈。": who sat in on a court's consultation of deputies, as 参加座谈会
  { what: 'the session as news', pattern: /主席团(?:举行|召开)第[一二三四五六七八九十0-9]{1,3}次会议|[、，,]\p{Script=Han}{2,4}(?:等)?出席[。；]|宣布[^。]{0,40}(?:开幕|闭幕)|(?:胜利|隆重)(?:开幕|闭幕)|国歌声中(?:开幕|闭幕)|(?:大会|会议)由[^。，；]{2,30}主持|在主席台(?:前排)?就[座坐]|主持(?:召开|会议|大会|开幕会|闭幕会)|(?:应到|实到)会?(?:人大)?(?:代表|委员)|(?:应出席|实际出席|出席大会的)(?:人大)?代表[0-9０-９]+(?:人|名)|(?:出席|参加|列席)(?:此次|本次|了)?(?:会议|座谈会|座谈)[。；;]|到会指导|执行主席是[：:]|大会[^。，]{0,30}表决[^。，]{0,12}通过|气氛热烈|齐聚一堂|(?:本次|此次|这次)(?:大会|会议)是(?:一次)?[^。，；]{0,10}的大会|(?:参加|出席)[^。，；]{0,24}?(?:人大|人民代表大会|政协)[^。，；]{0,12}?会议的(?:人大)?(?:代表|委员)(?:们)?(?:陆续|纷纷)?(?:抵达|到达|来到)[^。，；]{0,8}?报到/u },
  // (stop 36) a news photo's caption, its credit closing the paragraph: "…审议政府工作报告。本报记者 吕建荣摄", "新华社记者 丁海涛 摄", "徐讯/摄影"
  { what: "a news photo's caption", pattern: /(?:记者|通讯员)\s*\p{Script=Han}{2,4}(?:[、\s]\s*\p{Script=Han}{2,4})*\s*摄$|\p{Script=Han}{2,4}\s*[\/／]\s*摄影$/u },
  // "大会表决通过了秭归县人民检察院工作报告", "全票通过了…所作的工作报告", "审议通过检察工作报告" (stop 27: a procuratorate's news of its report)
  // ("决定批准旗发展和改革委员会受旗人民政府委托提交的《关于…的报告》": the report's full name in 《》 after whose it is, held-out round 39)
  // (held-out round 43) "…作了《灵台县人民法院工作报告》,…报告获全票通过。": the report named first, then its vote
  { what: 'the report approved', pattern: /(?:表决|审议|全票|一致)通过了?[^。]{0,30}报告|批准了?[^。]{0,20}报告|决定批准[^。《]{0,40}《[^》。]{0,80}报告》|报告》?(?:获|获得|以)(?:全票|高票)(?:表决)?通过/u },
  // "…告诉记者", "接受记者采访时说": people telling a reporter what they made of it (a report never does)
  // (stop 56, mends: uat.speakout.hk, technow.com.hk — stop 55's gaps) the report's delivery announced, "行政長官梁振英將發表新一份施政報告",
  // "財政預算案將於本周三發表": a notice or a post before it — enough alone (ANNOUNCED), a report never announces its own delivery
  { what: ANNOUNCED, pattern: /(?:施政报告|财政预算案|预算案|政府工作报告)》?将(?:会)?(?:于|在)?[^。，,；]{0,12}?发表|将(?:会)?(?:于|在)?[^。，,；]{0,12}?(?:发表|宣读)(?:新一份|最后一份|本届政府[^。，,]{0,6})?《?(?:施政报告|财政预算案)/u },
  { what: 'told to a reporter', pattern: /告诉记者|接受(?:本报)?记者(?:的)?采访|对记者说/u },
  // (stop 60, mends60; blind59b's qjhmcz.com, a copy of the story on the first state-assets report: "24日,国务院向全国人大常委会首次报告了
  // 国有资产管理情况," and "据介绍,这份综合报告是在…的基础上起草而成的") a government's report to the standing committee told as done,
  // "…向…人大常委会(首次)报告了…", and a reporter's source, "据介绍,"/"据悉," opening a paragraph — each a telling (a report says
  // "我代表…向…报告", and its own review "向人大常委会报告工作12次", with no 了 after 报告)
  { what: 'the report delivered, told', pattern: /(?:国务院|人民政府|政府|法院|检察院)向[^。，,；]{0,12}?(?:人大常委会|人民代表大会常务委员会|人大常务委员会)(?:首次|第一次)?(?:报告|汇报)了/u },
  { what: "a reporter's source", pattern: /^据(?:介绍|悉)[，,]/u },
  // (stop 58, mends: blind57a's 100md.com, a journal's interview with a county head) the reporter's question as its own turn, "记者：刚刚过去的
  // “十五”时期…", and the visit told, "本刊记者专程走访了万年县人民政府县长程文": an interview (a report never asks itself questions)
  { what: 'an interview', pattern: /^(?:本报|本刊|本台)?记者[：:](?!\s*$)|(?:本报|本刊|本台)记者(?:专程|日前|近日)?(?:走访|专访|采访)了?/u },
  // (stop 45, blind: medol.cn) "县长李镇江就《政府工作报告》在县人大常委会征求意见", "《政府工作报告》(意见征求稿)": a meeting on the draft,
  // the report named in its brackets (a report's own "广泛征求意见" names none)
  // (stop 59, blind: hnyyzy.hunancourt.gov.cn, ssyule.net) a court or procuratorate asking deputies about its report, its name without
  // brackets: "就市中院2016年度工作报告征求部分市人大代表意见", "征求了代表、委员们对人代会工作报告及检察工作的意见建议" (a report's own
  // "广泛征求各方面意见" names no report)
  { what: 'a consultation on its draft', pattern: /就《[^》]{0,30}报告》[^。]{0,20}?征求意见|报告》?[（(](?:稿|征求意见稿|意见征求稿|送审稿|讨论稿)[）)]|就[^。，；《》]{2,20}?工作报告征求[^。，；]{0,16}?意见|征求(?:了)?[^。；]{0,20}?对[^。，；]{0,12}?工作报告[^。；]{0,12}?的意见/u },
  // (stop 45, blind: sjj.jiaxing.gov.cn) "王马青与市人大财经委一行来市审计局调研…": an official's party visiting, the day's news
  { what: 'a visit as news', pattern: /一行(?:来|到|赴)[^。，；]{1,16}?(?:调研|视察|考察|检查|走访)/u },
  // "本报讯（记者韩云峰）", "临汾新闻网讯（记者孙宗林）", "记者张尚东 通讯员刘珍妮报道：": a news story's dateline, opening its paragraph
  // (and the reporter's credit closing a story: "…进行了现场评议。（记者 代廷伟 通讯员张红旗）"; stop 42, blind: its paper named
  // before it, "…安全能力建设。(经济日报记者 李万祥)")
  // ("红网时刻新闻12月23日讯（记者…）": the outlet's name and the day before 讯 — stop 40: or its app, "湖南日报·新湖南客户端2月27日讯"; held-out round 38: "中新河南网（江松 董媛媛）1月23日，",
  // the outlet, its reporters in brackets and the day)
  // (stop 50, blind: hprc.cssn.cn) an agency's whose 月 and 日 the copy lost, "新华社北京324电"; a site's source lead, "央视网消息：",
  // "中國日報網消息:" (news.sd.cn)
  // (stop 50, blind: paper.people.com.cn) a paper's own with 电, "本报北京12月4日电（记者潘俊强）"
  // (stop 43, blind: www.weishou8.cn) a news agency's, "新华社北京3月8日电", "中新社北京三月十一日电": the agency, the city, the day, 电
  // (stop 45, blind: 澳门日报's e-paper) "【香港中通社八日電】": an agency's dateline in lenticular brackets; (yzydsg.com) a news site's as an
  // agency's, "人民政協網北京3月12日電"; (www.macaodaily.com, cyberctm.com) a Macao paper's "【本報消息】", "【特訊】"
  // (stop 46, blind: lw33.cn) the paper's own with its city and day, "本报北京3月11日讯"
  // (stop 51, blind: big5.taiwan.cn) a news site's with the day and no city, "中新網11月2日電" (was: unsaid)
  // (stop 52, blind: www.cdkmc.com) a site's source lead with a space or nothing, not a colon, before the day: "今日竹山網消息 10月25日，"
  { what: 'a news dateline', pattern: new RegExp(String.raw`^【[^】]{2,16}社[^】]{0,12}?日电】|^【(?:本[报台刊](?:消息|讯)|特讯)】|^(?:\p{Script=Han}{1,4}社\p{Script=Han}{2,8}?(?:${DAY}|[0-9]{3,4})电|\p{Script=Han}{2,8}?(?:网|網|台|报|報|客户端)消息(?:[：:]|\s*(?=${DAY}))|\p{Script=Han}{2,6}网(?:\p{Script=Han}{2,8}?)?${DAY}电|\p{Script=Han}{2,10}?(?:网|报|台|社|新闻)[（(][\p{Script=Han}\s、]{2,16}[）)]\d{1,2}月\d{1,2}日|本[报台网刊](?:\p{Script=Han}{2,6}?${DAY})?讯|本[报台网刊]\p{Script=Han}{2,8}?${DAY}电|[\p{Script=Han}·]{2,16}?(?:网|报|台|社|新闻|客户端)(?:\d{1,2}月\d{1,2}日)?讯|[（(]记者[^）)]{2,20}[）)]|记者\p{Script=Han}{2,4}\s*(?:通讯员\p{Script=Han}{2,4}\s*)?报道)|[（(](?:\p{Script=Han}{2,8}?(?:日报|晚报|报|网|台|社))?记者\s*\p{Script=Han}{2,4}(?:[、\s]\s*\p{Script=Han}{2,4})*(?:\s*通讯员\s*\p{Script=Han}{2,4}(?:[、\s]\s*\p{Script=Han}{2,4})*)?[）)]$|^[（(](?:本报|本台)?(?:全媒体|融媒体)?记者\s*\p{Script=Han}{2,4}\s*(?:整理|采写|采访整理)[）)]$`, 'u') },
  // "…机关干部一起集中收看了大会直播", "大家纷纷表示", "…在分团讨论时如是说", "刘冠闽表示：“听完政府工作报告…”", "激动地说：“…”": people watching the
  // session and saying what they made of it (not a report's "正如…所说：“…”")
  // (stop 40, blind: huashangw.com, a deputy's words on the procuratorate's report, "作为全国人大代表,我长期关注检察工作。…", under
  // "（本报全媒体记者王鹏翔整理）" — the reporter's credit, read as a dateline's above)
  // (stop 41, blind: sjmsw.net, "…在重慶引發熱烈反響。從代表委員到基層群眾，大家紛紛話心聲、說期盼")
  { what: 'people telling what they made of it', pattern: /大家纷纷(?:表示|话|说|点赞|热议|称赞)|大家一致认为|报告[^。]{0,30}引发(?:热烈|强烈)反响|^作为(?:一名)?(?:全国|省|市|县|区|州)?(?:人大代表|政协委员)[，,]我|对[^。，；]{0,20}报告》?给予了?(?:高度|充分)(?:评价|肯定)|集中(?:收看|收听|观看)|纷纷表示|如是说|(?<!所|书记|主席|总理|同志)(?:表示|说)[：:]\s*“/u },
  // "在人大代表分组讨论会上，代表们普遍认为，…", "代表委员审议讨论检察工作报告情况"
  // "璧山代表团举行全体会议，审议市政府工作报告", "沈金强代表说，" (a report's own "人大代表建议" tells nothing: only 说/表示 and a comma)
  // ("代表们分团审议政府工作报告", "代表们一致认为", "与代表们共同审议政府工作报告")
  // (held-out round 38: "与会代表一致认为", "代表们充分肯定")
  // (stop 41, blind: yxzx.yixian.gov.cn, a CPPCC session's group discussion: "委员们认为：", "政协委员们各抒己见、畅所欲言，一致认为")
  // (stop 46, blind: qynews.zjol.com.cn) an official joining a delegation's deliberation, "代县长叶青参加人大第一代表团审议"
  // (www.zhushan.cn) "委员们在发言中说", "在各小组参加了讨论", "分别参加了各组讨论"
  // (stop 48, mends48; mends47's gap 6 — a standing committee's deliberation told once: "…组成人员26日下午分组审议了常委会工作报告稿。
  // 吴邦国委员长参加审议。", neamco.com's copy of a Xinhua story) a leader by name and title joining the deliberation: a telling of
  // its own (a report's "他们认为，" stays no story: a guard of stop 38)
  { what: 'a leader joining the deliberation', pattern: /\p{Script=Han}{2,4}(?:委员长|副委员长|主任|副主任|主席|副主席|书记)参加(?:了)?(?:审议|讨论)[。，,；]/u },
  // (stop 54, blind: khnews.zjol.com.cn) a headline naming a deputy talking of the report, "县人大代表赵长女话报告谋发展" (the whole line,
  // over the deputy's words): a report never names a deputy's talk of itself (a sentence's "代表在审议报告时…" is no headline)
  // (stop 55, blind: web.zhrmt.gyzh.cn, 昭化区's session news) the groups' review named 审查 as some congresses call it, "区七届人大四次会议
  // 分团审查区人大常委会工作报告…", "在第二代表团参加审查" (was: no story said)
  { what: 'the deputies discussing it', pattern: /分[组团](?:讨论|审议|审查)|参加[^。，；]{0,12}代表团(?:的)?(?:分组)?(?:审议|讨论|审查)|(?:代表|委员)们?在(?:发言|讨论|审议)中(?:说|表示|认为)|(?:在各小组|分别)参加了?(?:各组|小组)?讨论|(?:(?:代表|委员)们|(?:与会|参会|列席)(?:代表|委员)们?)(?:普遍|一致)?(?:认为|表示|充分肯定)|各抒己见[、，,]\s*(?:畅所欲言|踊跃发言)|审议讨论|共同审议|代表团[^。]{0,16}审议[^。]{0,16}报告|[\u4e00-\u9fff]{2,3}(?:代表|委员)(?:说|表示)[，：]|^[^。，；]{0,12}?(?:代表|委员)\p{Script=Han}{2,3}(?:话|谈|评|热议|点赞|解读)(?:政府工作)?报告[^。，；]{0,8}$/u },
  // "现公开征集社会各界对…《政府工作报告》…的建议", "本次建议征集活动", "…起草工作已启动" (a notice before the report is written;
  // a report's "广泛征求了各方面意见" is no call)
  { what: 'a call for suggestions on it', pattern: /征集[^。]{0,40}报告[^。]{0,16}(?:建议|意见)|(?:建议|意见)征集|起草工作已(?:经)?启动/u },
  // "本文将通过四个关键词来解读政府工作报告", "关键词一：经济发展", "沈丹阳解读《政府工作报告》", "高频词": an article explaining the report
  // (and a writing site's digest of examples, "以下是10篇精选的《政府工作报告》范文", "- 范例：…"; a reader's essay, "记得上次我看了
  // 那篇报告", "特别让我印象深刻的是", "笔者…聆听…所作的工作报告" — a report speaks as 我们, its 我 only in 我代表)
  // (held-out round 38: a paper's commentary, "特约评论员 马各驰" alone, "细读2025年的綦江区人民政府工作报告"; its digest, "今报为你来解读……",
  // "从8个关键字里…", each keyword in 【】 opening its paragraph: "【和】社会和谐治理有效" — not a box's label, 【专栏】, 【图表】; not
  // 通读, as a report's "组织干部通读党的二十大报告")
  // (held-out round 45: trucostecnicos.com, an explainer of the Supreme People's Court's report — "报告通常包括…", "以下是关于最高
  // 法院工作报告的详细阐述：", "报告中可能会提到…": what a report usually holds, a report never says of itself)
  // (stop 46, blind: m.lh987.com, "政府工作报告格式": "以下为报告的一般格式和要点", "报告通常由引言部分开始" — a page on how such
  // reports are written)
  { what: 'commentary on it', pattern: new RegExp(`${/以下[是为][^。]{0,30}报告的?(?:一般)?(?:详细)?(?:阐述|介绍|解析|说明|格式|要点|写法|结构)|报告(?:通常|一般|往往)(?:会|包括|包含|分为|由)|报告中?可能会(?:提到|涉及|包括)|^(?:特约|本报|本台|本刊)?评论员\s*\p{Script=Han}{2,4}$|(?:细读|细品|数读)[^。，]{0,20}工作报告|为(?:你|您)(?:来)?解读|\d+个关键[字词]|^【(?!专栏|图表|附件|注释|图片|视频)\p{Script=Han}{1,2}】|解读《?[^。，]{0,12}报告|报告》?的(?:对比|逐段|深度|全面)?解读|^关键词[一二三四五六七八九十0-9]*[：:]|高频词|金句|^(?:AI)?导读[：:]|精选[^。]{0,12}范文|^-?\s*范例[：:]|笔者|让我印象(?:最)?深刻|我(?:看了|读了|听了|学习了)[^。]{0,12}报告/u.source}|${articleVoice.source}`, 'u') },
  // (stop 42) The writer's own view, in the first person singular: "我认为", "在我看来", "令我最深刻的" — a report speaks as 我们,
  // its 我 only as 我代表, 我国, 我市 … or a policy address's "我的施政", "我希望" (no 认为 or 觉得 in the corpus's 420 reports);
  // a column on the report (stop 41, blind: stheadline.com). (笔者 and 让我印象深刻 stay commentary's, above.)
  { what: "the writer's own view", pattern: VIEW },
  // (stop 42) A column's byline closing it: "(作者为全国人大代表、某大学教授)", "作者系…研究员" — a report has no author but its speaker
  { what: "a column's byline", pattern: /^[（(]?作者(?:为|是|系)[^。]{2,60}?[）)]?。?$/u },
  // (stop 39) A civil-service exam coaching page on the report ("政府工作报告…值得每一个考生认真学习", sanwenwang.com's "…解读——段落
  // 概括能力提升训练"): the exam's papers and the coaching's words, which no report uses (a report's own 考生 are a school's:
  // "保障高考考生…", no 学习 after them) (stop 47, blind: a coaching site's "面试热点相关背景" over a news feature)
  { what: 'exam coaching on it', pattern: /申论|行测|备考|公考|考公|面试热点|(?:公务员|事业单位|选调生?)(?:考试|笔试|面试)|考生(?:们|朋友们?)?(?:要|应|可以|认真|好好|多)?(?:学习|掌握|积累|借鉴|背诵)/u },
  // (stop 38) a digest of the report, an answer site's "以下是2024年政府工作报告的主要内容摘要：" over its points (enough alone
  // opening the text, as a dateline is)
  // (stop 43, blind: www.weishou8.cn, 新华社's abstract of a report, "…作最高人民检察院工作报告。摘要如下：")
  // (stop 43, blind: jmnews.com.cn) and its invitation to the reader, "…今年有哪些新举措推动新发展？让我们一起来看看。" (a report
  // speaks to the deputies, never invites a reader to look)
  { what: 'a digest of it', pattern: new RegExp(String.raw`以下是[^。]{0,30}报告的?(?:主要内容|核心内容|要点|摘要)|报告的?(?:主要内容|要点)(?:摘要|梳理|速览|一览)|让我们一起(?:来)?(?:看看|看一看|瞧瞧|了解一下)|${ABSTRACT_INTRO}`, 'u') },
  // (stop 43, blind: jmnews.com.cn) the compiler's credit alone on its line, "整理 严建广" (the space gone in the paragraph:
  // "整理严建广"), "采写：李明" — a report is nobody's compilation
  { what: "a compiler's credit", pattern: /^(?:整理|采写|撰稿|撰文)\s*[：:]?\s*\p{Script=Han}{2,3}(?:[、\s]\s*\p{Script=Han}{2,3})?$/u },
  // (held-out round 38) A page listing an office's duties, not a report of its work: "街道办事处的主要职能是：", "主要工作职责是：",
  // "承办上级市委、市政府交办的其它工作", "…是市政府的派出机构", "街道办事处是由区人民政府管理，受区人民政府领导；"
  { what: "an office's duties", pattern: /主要(?:工作)?(?:职责|职能)(?:是|为|包括|如下)[：:]|承办[^。]{0,20}交办的其[他它](?:工作|事项)|^[^。，；]{2,12}是(?:由)?[^。，；]{0,12}政府的?派出(?:机构|机关)|受[^。，；]{2,10}政府领导[；;。]$/u },
  // (stop 37) a government's own meeting on the draft, "徐汇区政府1月12日举行全体会议，审议2026年《政府工作报告》", and its
  // chair's words as a story reports them, a paragraph opening "王华指出，", "王华强调，", "王华要求，" (a name of two or three
  // characters: not "会议指出", told above, nor whose words a report quotes — 中央, 党中央, 习近平, 总书记, 省委 …)
  { what: 'a meeting on its draft', pattern: /(?:举行|召开)[^。；]{0,16}(?:全体|常务|执行)会议[，,]?\s*(?:审议|研究|讨论)[^。；]{0,24}工作报告/u },
  // (stop 42, blind: 148lm.com, a district congress's news — "唐龙生副主任指出，" — the name with the title after it, as a
  // unit's own news writes its leaders; "…副主任率财经工委到区发改局调研": a leader leading an inspection visit)
  { what: "a chair's words, reported", pattern: new RegExp(`^(?!中央|党中央|习近平|总书记|省委|市委|县委|区委|州委|国务院|会议|大会|报告|文件|规划|实践|历史|我们)\\p{Script=Han}{2,3}(?:(?:常务)?副?${officesOf('says')})?(?:指出|强调|要求|表示|认为)[，,]`, 'u') },
  // (stop 42, blind: hizh.cn) a speaker's words quoted, then named as said at the meeting: "…赶考路！”梁耀斌在会上表示，"
  { what: 'words said at the meeting, reported', pattern: /[”"」](?!习近平|总书记)\p{Script=Han}{2,4}在(?:会上|会议上|大会上)(?:表示|指出|强调|说)/u },
  { what: 'a visit as news', pattern: new RegExp(`${officesOf('leads')}\\p{Script=Han}{0,3}率[^。，；]{0,24}(?:到|赴|深入)[^。，；]{1,24}(?:调研|视察|检查)`, 'u') },
  // (stop 42, blind: m.digipub.cc, a city congress's symposium on the plan: "…召開經濟工作調研座談會，", "與會人員結合匯報內容進行了深入討論")
  { what: 'a meeting as news', pattern: /召开[^。，；]{0,20}座谈会[，,]|与会(?:人员|代表|同志|委员|专家)[^。]{0,24}(?:讨论|发言|交流|提出)/u },
  // (stop 38) Someone's words as a story reports them, in the third person: "他表示，这是他任内第四份施政报告", "他指出，…",
  // "她说，…" (a report speaks as 我们; it quotes others by name and office, 习近平总书记指出 — never as 他)
  // (stop 40) and by a title and a name, "区党委党校…副教授包金运表示，", "县长德吉央宗说：" — a report's quotations name no one's office
  // before a personal name with 表示/认为 (its "习近平总书记指出" has the name first and points out)
  // (stop 44, blind: vakiodaily.net, a Macao paper: "他又稱，", "委員會主席陳澤武會後表示，")
  // (stop 47, blind: a news feature on the report's frequent words, "…因此政府始终把发展放在首位。”全国人大代表丁列明说。") and after
  // the words quoted, a title and a name saying them: a report quotes by the name first ("习近平总书记指出"), never "…”代表某某说。"
  { what: 'words reported in the third person', pattern: new RegExp(`(?:^|(?<=[。！？；]))(?:他|她)(?:又|还|并)?(?:指出|强调|表示|说|称|提到|认为|介绍)[，,：:]|${officesOf('quoted')}\\p{Script=Han}{2,4}?(?:会后|会上)?(?:表示|认为)[，,：:]|[”"」][^。，；、”“"]{0,16}?(?<!总)${officesOf('quoted')}\\p{Script=Han}{2,4}?(?:说|表示|认为)[。，,]`, 'u') },
  // (stop 38) A press conference on the report: "以下是行政长官…在《行政长官2025年施政报告》记者会的开场发言：" (info.gov.hk)
  // (stop 45, blind: ysigr.com) "3月5日,国务院新闻办公室举行吹风会": a briefing held on the day, the day's news (a report's "新闻办全年举行
  // 新闻发布会24场" names no day)
  // (stop 54, blind: dlnp.com.cn) or its transcript named so, "汶川特大地震灾后恢复重建情况发布会/实录" (a page's title)
  { what: 'a press conference on it', pattern: new RegExp(String.raw`(?:^|[，,。])${DAY}(?:上午|下午|晚)?[，,]?[^。，；]{0,12}(?:新闻办公室|新闻办|国新办|新闻中心)[^。，；]{0,6}举行(?:[^。，；]{0,8}?)(?:吹风会|新闻发布会|记者会)|报告》?[^。，]{0,6}(?:记者会|记者招待会|新闻发布会|吹风会)|(?:记者会|记者招待会|新闻发布会|吹风会)[^。]{0,6}(?:开场发言|答问|答记者问)|(?:记者会|记者招待会|发布会|吹风会)\s*[/／(（]?\s*(?:文字)?实录[)）]?$`, 'u') },
  // "1.听取区人民政府工作报告", "2.审查…报告（书面）", "9时至10时30分": the session's programme, not what was said at it
  // (stop 40, blind: 凉山's notice of its session, "建议会议的主要议程为：" over "二、审查凉山彝族自治州…计划草案的报告；", items
  // numbered in Chinese, each a report, plan or draft to examine and nothing else — no report's heading reads so)
  { what: "the session's agenda", pattern: /^\d{1,2}[.、．]\s*(?:听取|审查|审议|表决|选举)|^\d{1,2}(?:时|:\d\d)(?:\d{1,2}分)?至\d{1,2}(?:时|:\d\d)|(?:会议|大会)的?主要议程(?:为|是|有)|主要议程(?:为|是)[：:]|^[一二三四五六七八九十]{1,3}、\s*(?:听取|审查|审议)[^。；;]{2,80}(?:报告|纲要|草案|议案)[）)]?[；;。]?$/u },
  // (held-out round 43) A notice sending out the division of the report's tasks: "《2025年管委会工作报告目标任务分解方案》已经管委会
  // 同意，现印发给你们" (万盛经开区's 管委会 office) — a report never sends itself out; a cover notice over the report's text has
  // the speaker's voice under it and is the report
  { what: 'a notice dividing its tasks', pattern: taskNotice },
  // (held-out round 45: www.dawa.gov.cn, a notice issuing the report's task table, its headline not on the page) The notice's
  // release mark closing it, "（此件公开发布）": an office's document, never a report's words — one telling, with the 印发 sentence
  // the page is the notice; a cover notice over the report's text has the speaker's voice under it and is the report
  { what: "a notice's release mark", pattern: /^[（(]此件[^（）()。]{0,8}[)）]$/u },
  // (stop 36) "十二届全国人大五次会议在京开幕", "…人大三次会议开幕会5日9时在北京人民大会堂举行", "…出席大会。": the session opening as news
  // (last: a paragraph's other tells are quoted first)
  // ("政和县第十八届人民代表大会第五次会议开幕", the congress by its full name: stop 41)
  // (stop 48, blind: etkrd.gov.cn) "…人民代表大会第四次会议举行第二次全体会议", "本次大会应出席代表159人": a plenary sitting as news
  { what: 'the session as news', pattern: /(?:人大|政协|人民代表大会)[^。，；]{0,12}次会议(?:举行第[一二三四五六七八九十0-9]{1,3}次全体会议|开幕会[^。，；]{0,16}?举行|[^。，；]{0,6}?(?:在京|在[^。，；]{2,12}?)?(?:开幕|闭幕))|出席大会。/u },
  // (stop 48, blind: tsinfo.com.cn, 1183118.com) a paragraph opening on the day a meeting was held, and saying only that in its first
  // sentence: "1月13日，海宴镇第十四届人民代表大会第六次会议隆重召开。", "昨日上午，市十二届人大七次会议财经委员会会议召开。" (召开 and
  // 举行: an opening or close is the entry's above)
  // (stop 52, blind: www.cncn.gov.cn) or on who held it, the act before the meeting: "前日，县十一届人大常委会召开第三十次主任会议。"
  // (and 前日, the day before yesterday, a story's day too)
  { what: 'the meeting as news', pattern: /^(?:前日|昨日|今日|今天|日前|近日|[0-9]{1,2}月[0-9]{1,2}日)(?:上午|下午|晚上)?[，,]\s*(?:[^。，；]{2,40}?会议(?:在[^。，；]{2,16}?)?(?:隆重|胜利)?(?:召开|举行)|[^。，；]{2,30}?(?:召开|举行)(?:了)?第[一二三四五六七八九十百零〇0-9]+次[^。，；]{0,12}?会议)[。！]/u },
  // (stop 43, blind: wordpress.windo.me, a day's digest of Macao's news on the policy address) a list of stories, each an outlet and
  // its headline: "- 澳門電台 | 岑浩輝下午發表2026年施政報告", "- 新華澳報 | 岑浩輝:優化改善" (a report lists no outlets' headlines)
  { what: 'a list of news stories', pattern: /^[-•·]?\s*\p{Script=Han}{2,8}?(?:电台|電台|日报|晚报|报|网|網|社|新闻|新聞|电视台|電視台)\s*[|｜]\s*\S/u },
  // (stop 38) "王衍诗主持 孙志洋作政府工作报告 郭永航李贻伟等出席": a headline of clauses each with its own act (act-headline.ts)
  { what: 'a news headline', pattern: actHeadline },
];

/**
 * (stop 48, mends48; blind47b's hprc.org.cn and bk.zzlib.net, printed body-only; mends47's www.gov.cn 1954 page, said as a news
 * story) A session's RESOLUTION on a report: its text opens with the session as its subject and its act on the report
 * ("株洲市第十六届人民代表大会第二次会议审查了…的报告", "中国人民政治协商会议第九届全国委员会第五次会议，同意…的报告",
 * "第一届全国人民代表大会第一次会议批准…所作的政府工作报告"), and resolves ("会议决定，批准…", "会议要求…", "会议号召…"); or it is
 * titled by its name, "(<session>)关于…的决议". Not the report, and no news story either: said as the resolution it is (enough alone).
 * A story names a day before the session ("3月5日，…会议开幕"); a report opens in its speaker's voice.
 */
const SESSION = String.raw`(?:(?!召开|举行|举办|通过|表决)[^。，,；;：:\s“”《》]){2,40}?(?:人民代表大会|委员会)(?:常务委员会)?第[一二三四五六七八九十百零〇0-9]+次(?:全体)?会议`;
const RESOLUTION_OPENING = new RegExp(`^(${SESSION})[，,]?\\s*(?:(?:听取|审查|审议)(?:和|并)?(?:审议|审查)?了?|同意|批准)[^。]{0,160}?报告`, 'u');
/** What a resolution resolves, in a sentence of its own: "会议决定，批准…", "会议要求", "决定批准这个报告". */
const RESOLVES = /(?:^|[。；;]\s*)(?:会议|大会)(?:决定|同意|要求|号召|认为|强调|批准)|决定(?:予以)?批准|批准(?:这个|该)报告/u;
/** A resolution's name as its title: "关于政府工作报告的决议", "<session>关于…的决议" (not a headline's act, "表决通过关于…的决议"). */
const RESOLUTION_TITLE = /^((?:(?!通过|表决|作出|做出|审议|举行|召开)[^。，,；;：:\s]){0,60}?)关于[^。，,；;：:]{2,80}的决议$/u;
const RESOLUTION = "the session's resolution on it";

/**
 * (stop 48) The page is a session's resolution on a report: where it says so (its title line or its opening paragraph), and the
 * session (or organ) it names as the one resolving — the resolution's issuer — when it names one.
 */
export function resolutionOf(blocks: readonly DraftBlock[], head: readonly SourceLine[] = [], title?: string): { at: DraftBlock; words: string; issuer?: string } | undefined {
  // (the title first: a name over two lines is the title whole, "中華人民共和國第一屆全國人民代表大會" / "第一次會議關於…的決議")
  const titled = title !== undefined && RESOLUTION_TITLE.test(toSimplified(title.replace(/\s+/gu, ''))) ? head.find((l) => title.replace(/\s+/gu, '').endsWith(l.text.trim().replace(/\s+/gu, ''))) : undefined;
  for (const line of titled ? [{ ...titled, text: title! }] : head) {
    const text = line.text.trim().replace(/\s+/gu, '');
    const match = RESOLUTION_TITLE.exec(toSimplified(text));
    if (!match) continue;
    const organ = text.slice(0, match[1].length);
    const issuer = /(?:会议|委员会|代表大会)$/u.test(match[1]) && match[1].length >= 6 ? organ : undefined;
    const at = titled ?? line;
    return { at: { kind: 'heading', text: at.text.trim(), line: at.line, column: at.column + at.text.indexOf(at.text.trim()) }, words: text, issuer };
  }
  const first = blocks.find((b) => b.kind === 'paragraph');
  if (!first) return undefined;
  const text = first.text.trim();
  const probe = toSimplified(text);
  const opening = RESOLUTION_OPENING.exec(probe);
  if (!opening) return undefined;
  // (what it resolves: in the opening paragraph after its first sentence, or a later paragraph's; or the act itself approves)
  const rest = [probe.slice(opening[0].length), ...blocks.filter((b) => b.kind === 'paragraph' && b !== first).slice(0, 4).map((b) => toSimplified(b.text.trim()))];
  if (!/^[^。]{0,8}(?:批准|同意)/u.test(probe.slice(opening[1].length).replace(/^[，,\s]+/u, '')) && !rest.some((r) => RESOLVES.test(r))) return undefined;
  return { at: first, words: text.slice(0, opening[0].length), issuer: text.slice(0, opening[1].length) };
}

/**
 * (stop 57, mends: jiubao.dongyingnews.cn, stop 56's gap) The organ a resolution's own title names as resolving, "东营市第三届人民代表大会
 * 第一次会议关于政府工作报告的决议": a session, a congress or its committee (six characters or more), or undefined.
 */
export function titleResolvingOrgan(title: string): string | undefined {
  const text = title.replace(/\s+/gu, '');
  const match = RESOLUTION_TITLE.exec(toSimplified(text));
  return match && /(?:会议|委员会|代表大会)$/u.test(match[1]) && match[1].length >= 6 ? text.slice(0, match[1].length) : undefined;
}

/** The story is a session's resolution on the report (said as the resolution). */
export const isResolution = (story: readonly StoryParagraph[]): boolean => story.some((s) => s.what === RESOLUTION);

export interface StoryParagraph {
  block: DraftBlock;
  /** the words that tell of the report, as printed */
  words: string;
  what: string;
}

/**
 * The paragraphs that make the page a news story about the report, or [] when it is the report (or may be). `head`: the
 * page's head lines that left the text (metadata.ts: the title, the page's head), where only a news headline is looked for.
 */
/** The press conference's tell, also read in the page's head (its title). */
const pressConference = TELLS.find(({ what }) => what === 'a press conference on it')!.pattern;
/**
 * A title that names the page an explanation of the report ("市政府工作报告解读——…", "一图读懂2024年政府工作报告", "解读
 * 《政府工作报告》"), read in the page's head: one telling, as a body's paragraph is (stop 39: sanwenwang.com's exam coaching).
 * A page carrying the report's text under such a title has the speaker's voice and is the report.
 */
// (stop 41, blind: itansuo.net, "出现75次!“改革”“创新”成今年《政府工作报告》高频词": the report's frequent words counted)
// (stop 61, blind: fanwen118.com, "盘点20xx年政府工作报告十大亮点": an agency's pick of the report's highlights, in the third person)
const explainedTitle = /报告》?[^。，]{0,4}(?:解读|解析|学习笔记|高频词|亮点)|(?:解读|解析|读懂|图解|盘点)[^。，]{0,16}报告/u;

/** A news photo's caption's tell, also read in the captions boilerplate.ts removed. */
const photoCaption = TELLS.find(({ what }) => what === "a news photo's caption")!.pattern;

/** The deputies' discussion's tell, also read in the page's head (its title). */
const discussed = TELLS.find(({ what }) => what === 'the deputies discussing it')!.pattern;
/** (stop 55) A headline asking for opinions on the report or its draft: "…征求县政协对《政府工作报告》(征求意见稿)的意见". */
const consultedHeadline = /征求[^。《》]{0,24}《[^》]{0,30}报告》\s*[（(]?(?:征求意见稿|意见征求稿|讨论稿|送审稿|稿)?[）)]?\s*的?意见/u;

/** (stop 48) A headline naming who delivered the report: an office and a name (either order), 向…会议报告工作 or 作…报告. */
const deliveredHeadline = new RegExp(String.raw`^(?:[^。，；：:]{0,20}?${ROLE}\p{Script=Han}{2,3}|\p{Script=Han}{2,3}(?:代理|代)?${ROLE})(?:代表[^。，；]{2,20}?)?(?:向[^。，；]{2,30}?会议(?:报告工作|作[^。，；]{0,30}?报告)|(?:在[^。，；]{2,30}?上)?(?:作|做)了?[《“]?[^。，；]{0,30}?报告》?)$`, 'u');
/** (stop 48) A headline of the session opening or closing: "…人大…次会议开幕", "政协…第四次会议隆重召开", "…会议胜利闭幕". */
const sessionHeadline = /(?:人大|政协|人民代表大会|委员会)[^。，；]{0,16}次(?:全体)?会议(?:在[^。，；]{2,12}?)?(?:隆重|胜利)?(?:开幕|闭幕|召开)$/u;
/** Exam coaching's tell, also read in the page's head (stop 47, blind: a coaching site's title "面试热点相关背景"). */
const coached = TELLS.find(({ what }) => what === 'exam coaching on it')!.pattern;

export function newsStory(blocks: readonly DraftBlock[], head: readonly SourceLine[] = [], title?: string): StoryParagraph[] {
  // (stop 48) a session's resolution on the report: said as the resolution, first, enough alone
  const resolution = resolutionOf(blocks, head, title);
  if (resolution && !blocks.some((b) => (b.kind === 'paragraph' || b.kind === 'heading') && VOICE.test(toSimplified(b.text.trim())))) {
    // (alone: a resolution's "听取和审议了…所作的报告" tells nothing of a story — it is the resolution's own words)
    return [{ block: resolution.at, words: resolution.words, what: RESOLUTION }];
  }
  return newsTold(blocks, head);
}

function newsTold(blocks: readonly DraftBlock[], head: readonly SourceLine[]): StoryParagraph[] {
  const texts = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'heading' || b.kind === 'quote').map((block) => ({ block, text: block.text.trim(), probe: toSimplified(block.text.trim()) }));
  if (texts.some(({ probe }) => VOICE.test(probe))) return [];
  // (stop 40) A lede presenting the report in the third person hands over to its text when a heading of it follows (a paper's
  // re-post, "區長連天浪代表章貢區人民政府向大會報告工作。…讓我們一起來看看…" over "2018年工作回顧"); with none after it, it is the story's
  // (stop 43, blind: ccbuild.com) — not one telling what came after it, "…向大会报告工作后，从六个方面提出了…工作要点": its headings are the points'
  // (stop 44, blind: tech999999.com) — nor one over an agency's abstract of the report ("报告摘要如下：", "…工作报告（摘要）"): what
  // follows is the agency's digest, not the report's text
  // (only an abstract: a paper's re-post of the whole report may still say "让我们一起来看看", stop 40)
  const digest = texts.some(({ probe }) => ABSTRACT.test(probe));
  if (!digest && texts.some(({ probe }, i) => PRESENTED.test(probe) && !PRESENTED_THEN.test(probe) && texts.slice(i + 1).some(({ block }) => block.kind === 'heading'))) return [];
  const told: StoryParagraph[] = [];
  /** How many different things the page's paragraphs tell (a paragraph telling two counts two). */
  let tellings = 0;
  /** The head's tellings counted after the text's (stop 48). */
  const late: { line: SourceLine; text: string; what: string }[] = [];
  // (stop 38) A news headline read as the page's title ("王衍詩主持 孫志洋作政府工作報告 郭永航李貽偉等出席") is the story's.
  for (const line of head) {
    const text = line.text.trim();
    const probe = toSimplified(text);
    /** The head line told as `what` (a heading at the line's place). */
    const tell = (what: string) => told.push({ block: { kind: 'heading', text, line: line.line, column: line.column + line.text.indexOf(text) }, words: text, what });
    if (actHeadline.test(probe)) tell('a news headline');
    // (a page titled as the press conference on the report: "《行政長官2025年施政報告》記者會開場發言(只有中文)")
    else if (pressConference.test(probe)) {
      tell('a press conference on it');
      // (stop 54, blind: dlnp.com.cn) a title naming the conference's transcript, "…情况发布会/实录", is enough alone: a report is
      // never a transcript of questions and answers
      tellings += /实录[)）]?$/u.test(probe) ? STORY_PARAGRAPHS : 1;
    } else if (taskNotice.test(probe) && !told.some((t) => t.words === text)) {
      // (held-out round 43: the notice's title, "…关于印发2025年管委会工作报告目标任务分解方案的通知")
      tell('a notice dividing its tasks');
      tellings += taskNoticeTitle.test(probe) ? STORY_PARAGRAPHS : 1;
    } else if (explainedTitle.test(probe) && !told.some((t) => t.words === text)) {
      // (once: a headline printed again under the stamp is the same telling)
      tell('commentary on it');
      tellings++;
    } else if (coached.test(probe) && !told.some((t) => t.words === text)) {
      tell('exam coaching on it');
      tellings++;
    } else if (consultedHeadline.test(probe) && !told.some((t) => t.words === text)) {
      // (stop 55, mends55; blind54a's www.xuhongcf.com) a headline of a consultation on the draft, "武山縣政府征求縣政協對《政府工作報告》
      // (征求意見稿)的意見": enough alone — a report never asks for opinions on itself (was: nothing said)
      tell('a consultation on its draft');
      tellings += STORY_PARAGRAPHS;
    }
    // (stop 41, blind: yxzx.yixian.gov.cn) a headline telling of the deputies' group discussion, "县政协十一届五次会议举行分组讨论"
    // (not a speech's title, "在参加…代表团分组审议时的讲话": it names a document)
    // (stop 44, blind: shilongqu.gov.cn — but a headline naming the reports reviewed, "区人大代表分团审议区政府工作报告和计划、
    // 财政报告", is the story's: only a speech's "…时的报告" is a document)
    else if (discussed.test(probe) && !/(?:讲话|发言|致辞|[时上]的报告)$/u.test(probe)) {
      tell('the deputies discussing it');
      tellings++;
    }
    // (stop 48, blind: m.gxcounty.com) a headline telling of the session's opening or close, "政协平果县第九届委员会第四次会议开幕",
    // "…第四次会议隆重召开"; (bsqfy.ahcourt.gov.cn) or naming who delivered the report, an office and a name, "王先年院长向区十七届
    // 人大四次会议报告工作": a report's title names a document, never its session's opening nor its speaker delivering it — one
    // telling, counted after the text's (where the text tells enough alone, its message is as it was)
    else if (sessionHeadline.test(probe)) late.push({ line, text, what: 'the session as news' });
    else if (deliveredHeadline.test(probe)) late.push({ line, text, what: 'who delivered the report' });
    // (stop 39) a reporter's byline over the text, removed as the page's furniture ("大众网记者 宋晓豪 通讯员 刘汉章 李响 临沂报道"): a report has none
    // (stop 45, blind: zyrb.com) so is "本报记者 康 宁" alone over the text, which boilerplate.ts removed as the page's first line
    else if (isReporterByline(text) || isReporterAlone(text)) tell('a reporter\'s byline');
    // (stop 58, mends: blind57b's news.chengdu.cn, 新华社's story on the NPC SC report's annexes) the reporters' credit in brackets after the
    // story's last sentence, "(记者陈菲、罗争光)", removed as the page's: a report is credited to no reporter — a byline's telling
    else if (/^[（(]\s*(?:\p{Script=Han}{1,12}?(?:网|报|台|社))?(?:本报|本台)?记者\s*\p{Script=Han}{2,4}(?:[、\s]+\p{Script=Han}{2,4}){0,3}\s*[）)]$/u.test(probe)) tell('a reporter\'s byline');
    // (stop 47) a news photo's caption closed by its credit, removed as the page's furniture (it was a paragraph, and told so)
    else if (photoCaption.test(probe)) {
      tell("a news photo's caption");
      tellings++;
    }
  }
  for (const { block, text, probe } of texts) {
    const matches = TELLS.flatMap(({ what, pattern }) => {
      const match = pattern.exec(probe);
      return match ? [{ what, match }] : [];
    });
    if (matches.length === 0) continue;
    // (the probe maps one character to one: its offsets are the text's)
    const { what, match } = matches[0];
    told.push({ block, words: text.slice(match.index, match.index + match[0].length), what });
    tellings += matches.some((m) => m.what === ANNOUNCED) ? STORY_PARAGRAPHS : Math.min(matches.length, STORY_PARAGRAPHS);
  }
  // (stop 48) the headline's telling of the session's opening or of who delivered the report, where the text's alone is too little
  if (tellings < STORY_PARAGRAPHS)
    for (const { line, text, what } of late) {
      told.push({ block: { kind: 'heading', text, line: line.line, column: line.column + line.text.indexOf(text) }, words: text, what });
      tellings++;
    }
  // (A dateline opening the page's text, "红网时刻新闻12月23日讯（记者…）", is a story's first words: enough alone.)
  // (A digest's "以下是…报告的主要内容摘要：" opening it says as much.)
  const datelined = (told[0]?.what === 'a news dateline' || told[0]?.what === 'a digest of it') && told[0].block === texts[0]?.block;
  // (stop 38) So is a headline of clauses each with its own act — who chaired, who delivered the report, who attended: a
  // report's title names a document.
  const headlined = told.some(({ what }) => what === 'a news headline' || what === 'a reporter\'s byline');
  // (stop 42) A writer's own view of a report a head of government delivered ("我认为，李强总理在报告中…"): a column on it, one
  // telling enough — the report's own voice is never a single 我 giving an opinion of a report named as someone else's.
  const column = told.length > 0 && texts.some(({ probe }) => FIRST_PERSON.test(probe)) && texts.some(({ probe }) => ANOTHERS_REPORT.test(probe));
  if (column) return told;
  // (stop 36) A story told in one paragraph — a journal's abstract of the session's news, "…总理温家宝代表国务院向大会作《政府
  // 工作报告》。温家宝在报告中回顾了…" — tells two things in it: who delivered the report and what it said.
  return tellings >= STORY_PARAGRAPHS || datelined || headlined ? told : [];
}
