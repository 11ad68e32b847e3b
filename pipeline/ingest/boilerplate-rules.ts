/**
 * Site boilerplate's line rules: what a line of menus, breadcrumbs, stamps, print/close links, counters, disclaimers,
 * footers and the like looks like, one rule each, with the label its removal is reported under (boilerplate.ts applies them).
 *
 * Patterns are anchored (at the start of the line) or limited to short
 * lines, so a report sentence that merely mentions 评论 or 首页 survives.
 */
import { toSimplified } from '../model/han-forms.ts';
import { mentionsIn } from '../model/places.ts';
import { DISCLOSURE_KEYS } from './disclosure.ts';
import { documentWord } from './document-title.ts';
import { pictureShows, ROLE_WORDS } from './speaker.ts';
import { spamAlone } from './injected-spam.ts';
import { isSiteStamp } from './watermark.ts';
import { escapeRegExp } from './chars.ts';
import { buttonWord, counterAlone, dayInFigures, isPublisherStamp, isStampCells, isStampRow, stampItemLabel, stampLabel, stampPair, timeOfDay } from './stamp-row.ts';

interface Rule {
  rule: string;
  /** What the rule removes, for messages. */
  label: string;
  test: (text: string) => boolean;
}

/**
 * (stop 59, mends59; blind58a's linxia.gov.cn, a disclosure portal's list over the one document it opened — "序号 标题 发文字号 成文日期
 * 发布日期" over "临夏回族自治州人民政府信息公开指南(2023年)") A document list's column header: three to eight column names a space apart,
 * one naming the item (标题, 名称) and one its date (…日期, …时间), nothing else (read simplified). Removed only under a portal's menu
 * (boilerplate.ts listedMenus): a table's header over its rows stays.
 */
export function listHeader(text: string): boolean {
  const cells = toSimplified(text.trim()).split(/[ \u3000\t|｜]+/u).filter(Boolean);
  return cells.length >= 3 && cells.length <= 8 && cells.every((c) => LIST_COLUMN.test(c)) && cells.some((c) => /^(?:标题|名称|文件名称|文件标题|信息名称|题名)$/u.test(c)) && cells.some((c) => /(?:日期|时间)$/u.test(c));
}
/** A portal's document list's column names: the number, the item, its number, date, issuer, source, count. */
const LIST_COLUMN = /^(?:序号|编号|标题|名称|文件名称|文件标题|信息名称|题名|发文字号|文号|索引号|成文日期|发布日期|发文日期|印发日期|公开日期|生成日期|日期|发布时间|时间|更新时间|发布机构|发文机关|发布单位|来源|浏览次数|点击数|有效性)$/u;

/** A news photo's caption alone on its line: [role] a person, 作, the report's name, [the photographer's credit]. */
/** A reporter's byline: an outlet maybe, 记者 or 通讯员 and their names (a space or 、 apart), maybe more roles, a place and 报道. */
// (stop 46, blind: wwwfh2222.com) an outlet named 在线 or 客户端 too: "四川在線記者 程文雯 吳亞飛"
// (stop 47, blind: atoomu.net) a space between the outlet and 记者: "潮新聞客戶端 記者 蔣欣如"
// (stop 48, blind: m.cqcb.com) two outlets a middle dot apart, the app's and the paper's: "上游新闻·重庆晨报记者 王梓涵"
// (stop 48, blind: qbwb.hebiw.com) a paper named by one character before 报, "晨报记者 张凯培 实习生 许婧"; (qdhnews.com.cn) a
// trainee reporter, "记者 王建才 杨波 见习记者 余来坤"
const reporterByline = /^(?:\p{Script=Han}{1,10}?(?:网|报|台|社|新闻|在线|客户端)\s*(?:[·・]\s*\p{Script=Han}{2,10}?(?:网|报|台|社|新闻|在线|客户端)\s*)?)?(?:本报|本台|本刊)?(?:(?:记者|通讯员|实习生|见习记者|实习记者)\s*\p{Script=Han}{2,4}(?:[、\s]+\p{Script=Han}{2,4})*?\s*)+(?:\p{Script=Han}{2,4}报道)?[：:]?$/u;
/**
 * A reporter's byline alone on its line — closed by 报道, or naming its outlet, or a reporter and a correspondent (not
 * "记者招待会", "通讯员队伍建设"; nor "本报记者 李明" alone, which a reprint may set where a speaker stands: metadata.ts reads that).
 */
/**
 * (stop 45, blind: zyrb.com) A reporter's credit alone, no outlet, no 报道, no correspondent: "本报记者 王平", "记者 康 宁" (a
 * name's characters maybe letter-spaced). As the page's first line it is the story's byline (boilerplate.ts); under a title it
 * may stand where a speaker's line does, so it is no byline anywhere else. news-story.ts reads it as a tell in the page's head.
 */
export function isReporterAlone(text: string): boolean {
  return /^(?:本报|本台|本刊)?(?:特约)?记者\s*\p{Script=Han}(?:\s*\p{Script=Han}){1,3}(?:[、\s]+\p{Script=Han}(?:\s*\p{Script=Han}){1,3}){0,3}$/u.test(toSimplified(text.trim()));
}

export function isReporterByline(text: string): boolean {
  // (stop 46, blind: szb.zhonghongnet.com) a paper's box mark before it: "□本报记者  郑海涛  报道"
  const probe = toSimplified(text.trim()).replace(/^[□■◇◆]\s*/u, '');
  // (stop 46, blind: udn.com) a Taiwan or Hong Kong paper's, its parts apart by slashes: "聯合報／ 記者廖士鋒／即時報導",
  // "中央社記者XX台北24日電" aside (a dateline)
  if (/^\p{Script=Han}{2,8}\s*[／/]\s*(?:记者|特派员|编译)\s*\p{Script=Han}{2,4}(?:\s*[、，,]\s*\p{Script=Han}{2,4})*\s*[／/]\s*\p{Script=Han}{0,6}(?:报导|报道|连线|专访)$/u.test(probe)) return true;
  // (stop 58, blind: taiwanhot.net, www.tynews.com.tw) a Taiwan paper's reporter, a slash, the desk or place and 報導, maybe its time
  // after it or the whole in brackets: "記者陳昭宗/地方報導 2019-02-11 20:53", "【天眼日報記者林永明/高雄市報導】" (both were paragraphs)
  if (/^[【\[［]?\s*(?:\p{Script=Han}{2,8}?(?:报|日报|新闻|网)\s*)?(?:记者|特派员)\s*\p{Script=Han}{2,4}\s*[／/]\s*\p{Script=Han}{0,6}(?:报导|报道)\s*[】\]］]?(?:\s+[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?)?$/u.test(probe)) return true;
  // (stop 49, blind: www.ynmh.gov.cn) a county portal's credit with no role, a name (or names) and 报道 apart by a space:
  // "李德琳  报道:" (it was a paragraph) — not "专题报道", a column's name with no space in it
  if (/^\p{Script=Han}{2,4}(?:[、\s]+\p{Script=Han}{2,4}){0,3}\s+(?:报道|报导)[：:]?$/u.test(probe)) return true;
  // (stop 48) a reporter and a second role — a correspondent, a trainee (实习生, 见习记者, 实习记者) — make a byline, no speaker's line
  return (
    probe.length <= 60 &&
    reporterByline.test(probe) &&
    (/报道[：:]?$/u.test(probe) ||
      /^(?!本)\p{Script=Han}{2,10}?(?:网|报|台|社|新闻|在线|客户端)\s*(?:[·・]\s*\p{Script=Han}{2,10}?(?:网|报|台|社|新闻|在线|客户端)\s*)?(?:记者|通讯员)/u.test(probe) ||
      (/记者/u.test(probe) && /通讯员|实习生|见习记者|实习记者/u.test(probe.replace(/^[^记]*记者/u, ''))))
  );
}
/**
 * (stop 47, blind: 124.42.81.250, 028news.net, j.mingriaudio.com, atoomu.net) A caption of any words closed by its photographer's credit
 * after the sentence's stop: "香港特区行政长官李家超发表2023年施政报告。人民网吴宇扬扬 摄", "3月3日，…万钢向大会报告十二届政协的提案工作
 * 情况。新华社记者庞兴雷摄", "…隆重召开。图为开幕式主席台。 记者 贾同军摄". Its words before the credit, the caption's part (boilerplate.ts
 * removes the line only where nothing is lost: its words are printed elsewhere on the page, or it says 图为).
 */
/** The label a novel site's banner or reader's notice is removed under: index.ts passes those lines to other-document.ts. */
export const NOVEL_SITE = "a novel site's banner or reader's notice";
/** (stop 54, blind: m.shexun.cn) An e-book store's trail to its fiction shelf, "书城小说蹉跎政绩" (boilerplate.ts readerChrome removes it). */
export const NOVEL_SHELF = /^书城\s*[>＞/|｜»]?\s*小说/u;

export function creditCaption(text: string): string | undefined {
  if (text.length > 200) return undefined;
  // (stop 57, mends: epaper.hljnews.cn) after the reporter's role, two names glued: "本报记者邵国良刘心杨摄"
  const credit = /[。！]\s*(?:\p{Script=Han}{1,8}?(?:社|网|报|台|日报|晚报|新闻|客户端))?(?:摄影)?(?:(?:记者|通讯员|实习生)?\s*\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4}){0,2}|(?:记者|通讯员|实习生)\s*\p{Script=Han}{2,4}(?:[\s、]*\p{Script=Han}{2,4}){0,2})\s*摄$/u.exec(text);
  return credit ? text.slice(0, credit.index + 1) : undefined;
}

/** Who a news photo's caption names: [place, body and offices, 、 between them] a name of 2–4 characters [its office] [同志]. */
const captioned = String.raw`(?!我|现在|下面|今年|去年|会议|大会)(?:[\p{Script=Han}、]{0,16}?(?:代理|代)?(?:${ROLE_WORDS}|书记))?\p{Script=Han}{2,4}(?:(?:代理|代)?${ROLE_WORDS})?(?:同志)?`;
/** A reporter's credit after a sentence's full stop, no 摄 (the story's own sentence is no caption for it: storySentence reads it without). */
const reporterAfter = /(?<=。)\s*(?:[\p{Script=Han}·]{1,16}?(?:社|网|报|台|客户端))?\s*(?:本报|本台)?(?:记者|通讯员)\s*\p{Script=Han}{2,4}(?:[、\s]+\p{Script=Han}{2,4}){0,2}$/u;
/**
 * A photographer's credit after a caption: "记者 王磊 摄", "（…攝）". (stop 53, blind: xinjiapo.news) Or the reporter's credit with
 * no 摄, an outlet before it: "省长唐仁健作《政府工作报告》。 新甘肃·甘肃日报记者 李小龙" (the caption was the text's first paragraph).
 */
const photoCredit = String.raw`(?:\s*[（(]?[^。，；]{0,24}[摄攝][）)]?|\s*(?:[\p{Script=Han}·]{1,16}?(?:社|网|報|报|台|客户端))?\s*(?:本报|本台)?(?:记者|記者|通讯员|通訊員)\s*\p{Script=Han}{2,4}(?:[、\s]+\p{Script=Han}{2,4}){0,2})?`;
/**
 * (stop 47, blind) The story's own sentence saying who delivered the report, for whom and to whom, with its full stop and no
 * credit after it ("县长何英禅代表县政府向大会作政府工作报告。"), or naming the person as 同志 with its full stop ("镇人大主席王道燕同志作
 * 镇人大主席团工作报告。", zzkailai.com, under the picture's own caption "图 4…作…报告"): the session story's text, never a photo's caption.
 */
const storySentence = /(?:代表\p{Script=Han}{2,24}?向大会|同志)作[\p{Script=Han}《》“”]{2,30}?报告》?。$/u;
// (stop 52, blind: pullwithmatpa.com) not the 作 of 工作: a report's title printed again, "提案工作情況報告", is no caption of 提案工
// delivering a 情況報告 (it was removed, and 提案工 taken as the speaker) — as news-story.ts's DELIVERS reads it
// (stop 61, blind: gpsfy.gxcourt.gov.cn, a court's picture story) the caption placing the act at the sitting, "桂平法院院长黄志军在会上
// 作工作报告" under "大会现场" (the hall's caption went, this one stayed a paragraph over the story)
const captionLine = new RegExp(String.raw`^${captioned}(?:在(?:会上|大会上|会议上|开幕会上|全体会议上))?(?:代表\p{Script=Han}{2,24}?)?(?:向大会)?(?<!工)作[\p{Script=Han}《》“”]{2,30}?报告》?。?${photoCredit}$`, 'u');
/**
 * (stop 41) A news photo's caption naming a person's place at the session: "县委书记江涛在主席台前排就座", "…主持会议",
 * "…出席", "…讲话" (麻阳's session news: two such captions were joined to its headline as the title).
 */
/**
 * (stop 47; the review of stop 46 saw it written twice, 16 characters before it in brackets and 10 bare) A picture's caption naming
 * the hall or the scene: "大会现场", "开幕会会场", "分组讨论现场一角", "（大會現場）" — one shape, its one parameter how many characters
 * may name the hall: in brackets (a caption's own marks) 16, "（县十八届人大一次会议开幕式现场）"; bare 10, since a bare line is
 * also an unnumbered heading's shape — at 16 "全面推进建筑工地文明施工现场" over its paragraph was removed (a probe; no fixture holds
 * either length, and both bounds as one leave every fixture output as it was).
 */
const hallCaptions = new Map([10, 16].map((longest) => [longest, new RegExp(String.raw`^\p{Script=Han}{0,${longest}}(?:会场|现场)(?:一角|全景)?$`, 'u')]));
const hallCaption = (text: string, longest: 10 | 16) => hallCaptions.get(longest)!.test(text);
/** A caption's words inside its brackets: a person's act, the hall (…现场), or the deputies at a vote or a deliberation. */
function bracketedCaption(inner: string): boolean {
  return captionLine.test(inner) || captionActLine.test(inner) || hallCaption(inner, 16) || /(?:进行|举手|投票)表决$|审议[^。，；]{0,20}现场$/u.test(inner);
}
/** (stop 55) An e-paper's control bar: a previous/next pair, the size buttons or the day besides, nothing else. */
function epaperBar(text: string): boolean {
  if (text.length > 80 || !/[上下]一(?:版|篇)/u.test(text)) return false;
  const rest = text
    .replace(/(?:19|20)[0-9]{2}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日/gu, ' ')
    .replace(/[0-9]{0,2}\s*[上下]一(?:版|篇)\s*[0-9]{0,2}/gu, ' ')
    .replace(/星期[一二三四五六日天]?|放大|缩小|默认|语音朗读/gu, ' ');
  return rest.trim() === '' && /放大|缩小|默认|星期|语音朗读/u.test(text);
}

/**
 * (stop 47) A photo's caption naming a person's act at the session, full stop or not ("县长张德花代表县人民政府向大会作政府工作报告。"):
 * boilerplate.ts reads it as the caption when the story prints the same sentence again right under it (the picture's caption, then
 * the text's sentence: the first copy goes, the sentence stays).
 */
export function isCaptionWords(text: string): boolean {
  return text.length <= 60 && (captionLine.test(text) || captionActLine.test(text));
}
/** (stop 47) A numbered caption's words: a person's act, the hall, or the sitting's opening or closing (开幕式, 闭幕式). */
function numberedCaption(words: string): boolean {
  return !/[，。；：]/u.test(words) && (bracketedCaption(words) || /^\p{Script=Han}{0,12}(?:开幕式|闭幕式|开幕会|闭幕会)$/u.test(words));
}
// (stop 46; the lead's blind pages 45, www.shaoshang.cn) the sitting chaired named too, "县人大常委会主任刘焕华主持开幕大会" (it was the
// title); a sentence saying who chaired it, "开幕大会由县人大常委会主任刘焕华主持。", is the story's text, no caption (it was one)
// (stop 52, blind: jktzhamen.com, a town's session news) or the oath the newly elected take, under its picture at the story's
// end: "新当选镇长熊丹进行宪法宣誓", "新当选县长张三向宪法宣誓" (it was the text's last paragraph)
// (stop 57, mends: xw.qq.com, stop 56's gap) the act at the sitting, "市委书记蔡丽新在会上发表讲话" (it was made a heading)
const captionActLine = new RegExp(String.raw`^(?![^。，；]*由[^。，；]*主持)${captioned}(?:在(?:会上|大会上|会议上|开幕式上|闭幕式上)(?=发表|讲话|致辞))?(?:在主席台(?:前排)?就座|主持(?:开幕|闭幕)?(?:会议|大会|会)?|出席(?:会议|大会)?|(?:发表)?讲话|致辞|(?:进行|向)宪法宣誓)。?${photoCredit}$`, 'u');

/** The site's address and its posting time, a layout cell's bar after them (tlnews.com.cn). */
// (stop 50, mends50; blind49b's finance.sina.com.cn) the outlet after the time, its layout row's empty cells after it:
// "http://finance.sina.com.cn 2005年03月04日 07:12 四川在线-华西都市报 | |||||||||" (it was a paragraph)
const addressStamp = new RegExp(String.raw`^https?:\/\/[\w.-]+\/?\s*${dayInFigures}(?:\s*${timeOfDay})?(?:\s+\p{Script=Han}{2,10}(?:[-－·]\p{Script=Han}{2,10})?)?(?:\s*[|｜])*$`, 'u');
/**
 * (stop 47, blind: yogviha.cn, a mirror of 中新網's story) A posting time alone: the day in 年月日 and the time of day ("2003年02月16日
 * 14:38") under the headline — a report dates itself by its day, never to the minute. (boilerplate.ts: not a label's value on the line
 * under it, "• 发文日期:" / "2024年04月06日 16:40", which the disclosure table reads.)
 */
export const dayAndTime = new RegExp(String.raw`^[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*${timeOfDay}$`, 'u');
/** A news agency or outlet and the day of its story (jizihe.com, "新華社·2019年5月23日"). */
// (stop 47, blind: cq.cri.cn) with its time of day, "重庆日报2018-12-04 10:00:59"
// (stop 54, blind: news.xinhua08.com) with its time and the story's category after it, "经济参考报2019年10月25日09:04分类:宏观经济"
// (it was the first paragraph) — a category only after a time of day
const outletDay = new RegExp(String.raw`^\p{Script=Han}{2,8}(?:社|网|报|台|客户端)\s*[·•・|｜]?\s*${dayInFigures}(?:\s*${timeOfDay}(?:\s*(?:分类|栏目|类别)\s*[:：]\s*[^\s:：。，；,]{1,12})?)?$`, 'u');
/**
 * (stop 54, blind: dlnp.com.cn, a mirror of 中国网's transcript) the day and time first, then a bar and the outlet, its address, and the
 * china.com.cn template's links after it: "2011年05月10日14:16 | 中国发展门户网 www.chinagate.cn | 给编辑写信 字号:T|T" (it was a
 * paragraph) — a bar between the day and the outlet, the outlet's name ending on 网, 社, 报 or 台, nothing else but those links
 */
const dayOutlet = new RegExp(String.raw`^${dayInFigures}\s*(?:${timeOfDay})?\s*[|｜]\s*\p{Script=Han}{2,12}(?:网|社|报|台|客户端)(?:\s*(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:cn|com|net|org))?(?:\s*[|｜]?\s*(?:给编辑写信|纠错|打印|字号\s*[:：]\s*T\s*[|｜]\s*T))*\s*[|｜]?$`, 'u');
/** A portal's clock over its page, the weekday after the day (www.eweihai.gov.cn, "2023-11-05 11:00:00 星期日"). */
// (stop 51, blind: 66wc.com) the time after the half of the day it falls in, "2018/12/28 上午9:27:28 星期五" (it was the page's title)
const portalClock = new RegExp(String.raw`^${dayInFigures}(?:\s*(?:上午|下午|中午|晚上|凌晨)?\s*${timeOfDay})?\s*(?:星期|礼拜|周)[一二三四五六日天]$`, 'u');
/**
 * An e-paper's page, column, issue number and printing day (szb.zhonghongnet.com, "一版:要闻总第2015期 >2018-01-16编印"). (stop 56,
 * blind: ksktxx.mifengchengshi.com, the same system) the column's name a figure, the page's number again, "第一版:1总第283期
 * >2024-03-08编印" (it was the page's title).
 */
const epaperIssue = new RegExp(String.raw`^(?:第\s*)?[A-Z]?[0-9一二三四五六七八九十]{1,3}\s*版\s*[:：]\s*(?:\p{Script=Han}{0,8}?|[A-Z]?[0-9]{1,3})\s*总第\s*[0-9]{1,6}\s*期\s*(?:[>＞|｜]\s*)?(?:${dayInFigures})?\s*(?:编印|出版|印发)?$`, 'u');

const SHORT = 40;
/** An e-paper page's roles in its credits ("本版制图 李梦源", "本版编辑 张三 美编 李四"). */
const pageRole = String.raw`(?:制图|编辑|责编|责任编辑|美编|校对|摄影|图片|设计|组稿|统筹|撰稿|供图)`;
/** One to four personal names, a space or a 、 between them. */
const creditNames = String.raw`\p{Script=Han}{2,4}(?:[、\s]\p{Script=Han}{2,4}){0,3}`;
/** A news agency's dateline with the story's headline after 题: "新华社北京3月5日电 题:…", "中新社北京三月五日电 题：…". */
const agencyDatelineTitle = new RegExp(String.raw`^\p{Script=Han}{1,8}(?:社|网|台|报)\p{Script=Han}{0,10}?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日电\s*题\s*[:：]\s*[^。！？]{4,60}$`, 'u');
const pageCredits = new RegExp(String.raw`^本版${pageRole}\s*[:：]?\s*${creditNames}(?:\s+(?:本版)?${pageRole}\s*[:：]?\s*${creditNames})*$`, 'u');
/** The courts' and procuratorates' national sites a court's or procuratorate's page links in its footer, and its city's court site. */
const courtSite = String.raw`(?:最高人民法院|最高人民检察院|中国法院网|人民法院报|人民法院网|中国裁判文书网|中国执行信息公开网|中国庭审公开网|中国审判流程信息公开网|人民法院诉讼资产网|人民法院公告网|中国检察网|正义网|检察日报|\p{Script=Han}{2,6}(?:法院网|检察网))`;
const courtLinks = new RegExp(String.raw`^(?:${courtSite}[\s　|｜、]*){3,12}$`, 'u');
const short = (re: RegExp) => (text: string) => text.length <= SHORT && re.test(text);
const anchored = (re: RegExp) => (text: string) => re.test(text);
/** A document library's file-info row: label-value pairs of its uploader, number, time, format, pages and size, three or more, nothing else. */
const libraryPair = /(?:上传人|上传者|贡献者|文档编号|文档ID|资料编号|上传时间|上传日期|格式|文件格式|页数|文档页数|大小|文件大小|下载次数|浏览次数|分类)\s*[:：]\s*[^\s:：。，；,]{1,24}/gu;
const isLibraryInfoRow = (text: string) => text.length <= 120 && (text.match(libraryPair) ?? []).length >= 3 && text.replace(libraryPair, '').trim() === '';
/** A page's font-size buttons in a stamp row, "【字号:大 中 小】", "[字体: 大 中 小]", or cut after the label, "【字号". */
const fontButtons = /[【\[]?字[号號体體]\s*[:：]?\s*(?:[大中小]\s*){0,3}[】\]]?/gu;
/** A stamp row's posting day (and time) opening the line, then a space: "2023/8/27 10:05:33 ". */
const dayFirst = new RegExp(`^${dayInFigures}(?:\\s*${timeOfDay})?\\s+`, 'u');
/** A button's label or a stamp's label and value, as a news page prints each inside brackets (read simplified). */
const bracketedItem = new RegExp(`^(?:${buttonWord}|${stampLabel}\\s*[:：]\\s*[^:：]{0,20})$`, 'u');
/**
 * A line opening with a stamp label (not a counter's) and its colon or closing bracket (stamp-row.ts's one list): "发布时间:2020-01-23 …",
 * "【责任编辑:…】", "（责编：韦继川、王小明）", and (held-out round 40) "- 时间:2023-02-24", the portal's meta list printed with
 * its list dash.
 */
const lineOpensWithLabel = new RegExp(`^(?:[-•·●]\\s*)?[【（(\\[［]?${stampItemLabel}\\s*[:：】\\]］]`, 'u');
/** A button's label alone on its line, maybe printed twice (its icon's text, then its own): "打印", "纠错 纠错". */
const buttonAlone = new RegExp(`^(${buttonWord})(?:\\s+\\1)?$`, 'u');
/** One button in brackets alone on its line: "[纠错]". */
const buttonBracketed = new RegExp(`^[\\[［【]\\s*${buttonWord}\\s*[\\]］】]$`, 'u');

/** A line of two or more bracketed items, each a button or a stamp pair and nothing else ("【纠错】 【责任编辑:钟红霞】"). */
function bracketedPageInfo(text: string): boolean {
  if (text.length > 80 || !/^(?:\s*[【\[［][^【】\[\]［］]{1,30}[】\]］])+\s*$/u.test(text)) return false;
  const items = [...text.matchAll(/[【\[［]([^【】\[\]［］]+)[】\]］]/gu)].map((m) => toSimplified(m[1].trim()));
  return items.length >= 2 && items.every((item) => bracketedItem.test(item));
}

/** A 版记's 印发 line: the office that printed the document (maybe on the line above) and the day, "…2022年9月28日印发". */
export const issuedLine = /^(?:[\p{Script=Han}（）()]{2,30}\s+)?[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*印\s*发$/u;
/** The printing office alone right over the 印发 date (a plain dump breaks the 版记's line in two). */
export const issuingOffice = /^[\p{Script=Han}（）()]{2,30}(?:办公室|办公厅|秘书处|秘书科|综合科|机要室)$/u;

/**
 * (held-out round 33) A line of a picture's places alone as a page's text renders them in Markdown ("![]() |", "![](/a.jpg)
 * ![]()"), maybe in a table's cells, trimmed: the image-name rule's, and what image-marks.ts leaves to it.
 */
/**
 * A writing or document site's preview wall, opening its line: "预览结束,免费获取全文定制代笔此类文章,请扫码联系老师!" (held-out
 * round 33), "文稿预览结束,查看原文请点击下方加入会员全站免费下载" (round 42: what was previewed named first). The text stops at it
 * (boilerplate.ts: the rest of the page is the site's).
 */
export function isPreviewWall(text: string): boolean {
  return text.length <= 80 && /^(?:文稿|文档|文章|全文|本文)?(?:预览|试读)已?结束/u.test(text) && /(全文|完整|扫码|下载|原文|会员)/u.test(text);
}

export const imageMarksLine = /^(?:!\[[^\]]{0,40}\]\([^)\s]{0,200}\)\s*[|｜]?\s*)+$/u;

/**
 * (stop 56, mends: technow.com.hk, stop 55's gap) A news site's ticker of headlines on one line, the items apart by runs of spaces
 * ("《Disney +》 迪士尼、…  賀《貓咪大戰爭》下載突破…開跑!  hololive 官方網店…正式開業  …"): five items or more, each of a
 * headline's length (6 to 90 characters, words in it), no full stop or comma ending any and no 。 in the line; three of them with a
 * headline's marks (《》, 【】, 「」, !, ?). A flattened page's line has its sentences' stops; a table's row its figures alone.
 */
export function isHeadlineTicker(text: string): boolean {
  if (text.length < 100 || /[。]/u.test(text)) return false;
  const items = text.trim().split(/[ \u3000\u00a0]{2,}/u);
  if (items.length < 5) return false;
  if (!items.every((x) => x.length >= 6 && x.length <= 90 && /(?:[\p{Script=Han}]|[A-Za-z]{2}).*(?:[\p{Script=Han}]|[A-Za-z]{2})/u.test(x) && !/[，,；;：:、]$/u.test(x))) return false;
  return items.filter((x) => /[《》【】「」!！?？]/u.test(x)).length >= 3;
}

/**
 * Languages as a site's switcher names them, each in its own tongue (an endonym), and the Chinese editions' own links.
 * (stop 58, blind: www.rmhb.com.cn)
 */
const LANGUAGE_NAMES = [
  'English', 'Русский язык', 'Русский', '한국어', '日本語', '日本语', 'Français', 'Deutsch', 'Español', 'Português', 'Italiano',
  'العربية', 'Tiếng Việt', 'ภาษาไทย', 'Bahasa Indonesia', 'Bahasa Melayu', 'Монгол хэл', 'Монгол', 'ᠮᠣᠩᠭᠣᠯ', 'ئۇيغۇرچە',
  'བོད་ཡིག', 'Қазақша', 'Türkçe', 'Esperanto', '中文简体', '中文繁體', '中文繁体', '简体中文', '繁體中文', '繁体中文', '中文版',
  '中文', '简体', '繁體', '繁体', '英文版', 'EN', 'CN',
].sort((a, b) => b.length - a.length);
const languageName = new RegExp(LANGUAGE_NAMES.map(escapeRegExp).join('|'), 'gu');

/**
 * A line that is a site's language switcher and nothing else: two or more languages named in their own tongues (not all
 * Chinese ones, and not only the two-letter codes), run together or apart by spaces, bars, slashes or dots.
 */
export function isLanguageSwitcher(text: string): boolean {
  const t = text.trim();
  if (t.length > 120) return false;
  const names = t.match(languageName) ?? [];
  if (names.length < 2) return false;
  if (t.replace(languageName, '').replace(/[\s|｜/／·•,，、]+/gu, '') !== '') return false;
  const foreign = names.filter((n) => !/^(?:\p{Script=Han}+|EN|CN)$/u.test(n));
  return foreign.length >= 1 && names.some((n) => n.length > 2);
}

export const rules: readonly Rule[] = [
  {
    rule: 'navigation',
    label: "a news site's ticker of headlines",
    test: (text) => isHeadlineTicker(text),
  },
  {
    rule: 'navigation',
    label: 'navigation menu',
    test: (text) =>
      // ("跳至主要內容", a Hong Kong government page: 內 read as 内 on the probe)
      /^(导航菜单|网站导航|导航|栏目导航|主导航|菜单|首页|跳过导航|跳过主导航|跳至主要内容|跳到主要内容|跳转到主要内容)$/.test(text) ||
      // "跳转到内容", "跳到导航", "跳到搜索": a wiki's skip links (MediaWiki's desktop pages, Wikisource), alone on their line
      /^跳(?:转)?[到至](?:[内內]容|导航|搜索)$/.test(text) ||
      // (stop 59, blind: cmab.gov.hk) "跳至內容的開始": a Hong Kong bureau's skip link in longer words (it was the title)
      /^跳(?:转)?[到至](?:主要)?(?:[内內]容|正文)的?[开開]始$/u.test(text) ||
      // (stop 59, blind: www.kmcc.gov.tw, www.kmdn.gov.tw, Taiwan county sites) the skip link to the content named by its block,
      // "跳到主要內容區塊", or told by the key that follows it, "按Enter到主內容區" (both were the page's title); and the
      // accessibility anchors those sites print as ":::" alone on their lines (each was a paragraph) — links, no word of the page
      /^(?:跳(?:转)?[到至]|按\s*Enter\s*[键鍵]?\s*(?:跳)?[到至])主要?[内內]容(?:区块|區塊|区域|區域|区|區)?$/iu.test(text) ||
      /^:::$/u.test(text) ||
      // (stop 46, blind: joammi.com) "站内搜索:": the site's search box's label alone on its line, its field and button lost
      // (stop 61, blind: heilongjiang.big5.dbw.cn) or spaced as a button prints it, "搜 索" (it was the page's first paragraph)
      /^(?:站内搜索|全站搜索|本站搜索|搜\s*索|检\s*索)\s*[:：]?\s*(?:搜索|检索|高级搜索)?$/u.test(text) ||
      // (stop 49, blind: m.zjtcn.com) "选择特殊符号", "选择搜索类型", "请输入搜索内容": a search box's pickers and its field's prompt, each
      // alone on its line (the first was the title)
      /^(?:选择(?:特殊符号|搜索类型|搜索范围)|请输入(?:搜索|关键[字词]|检索)(?:内容|词|关键[字词])?(?:\.{3}|…)?)$/u.test(text) ||
      // "无障碍版 长者助手 登录": a portal's accessibility and account links, nothing else
      isAccessRow(text) ||
      // "关怀版": the portal's switch to its elders' edition alone on its line (stop 43, blind: www.eweihai.gov.cn)
      /^(?:关怀版|适老化|长者(?:模式|版)|无障碍(?:版|浏览|阅读))$/u.test(text) ||
      // (stop 59, blind: roadmaptemplate.com, a mirror of a county profile) "[移動版]": the switch to the page's mobile or desktop
      // edition in its brackets, alone on its line (it was a paragraph)
      /^[\[［【](?:移动版|手机版|电脑版|PC版|触屏版)[\]］】]$/u.test(text) ||
      // "无障碍辅助浏览工具条 |": the accessibility bar's link alone, its separator after it
      /^无障碍\p{Script=Han}{0,10}\s*[|｜]$/u.test(text) ||
      // "欢迎访问【沈阳市城市管理综合行政执法局 沈阳市园林局】官方网站!": a portal's welcome banner, nothing after the site's name
      // (the lead's blind pages, stop 44) "欢迎进入中国昌吉网!": the same banner with 进入.
      (text.length <= 60 && /^欢迎(?:访问|光临|来到|您访问|进入|您进入)[^。，,；]{2,40}(?:网站|网|门户|平台)[!！。]?$/u.test(text)) ||
      // (stop 58, blind: www.adgong.com, a writing site) the banner, then the site's menu on the same line, "欢迎来到专业的阿达文秘网平台!
      // 工作总结 工作计划 心得体会 …" (it was the title, and its 策划方案 said the page was a plan): three short items or more
      // apart by spaces after the banner's mark, no sentence among them
      welcomeThenMenu(text) ||
      // (stop 56, blind: xjnnet.com) the site's name greeting first, its address and its credit after, "新江南网欢迎你/www.xjnnet.com/
      // 新江南网荣誉出品 |" (it was the page's title): a site's name ending 网 and 欢迎你 at the line's start, no clause in the line
      (text.length <= 80 && /^\p{Script=Han}{2,12}?(?:网|網|网站|網站)(?:欢迎|歡迎)(?:你|您)/u.test(text) && !/[。，,；;]/u.test(text)) ||
      // (stop 58, blind: www.tynews.com.tw) or the site's name and its plea to come again, "天眼第三代網站~請多多來站光臨!" (it was the
      // title): a name ending 网站, then (请)(多多)来站/光临/莅临 and nothing after but a mark
      (text.length <= 40 && /^\p{Script=Han}{2,16}?(?:网站|網站)[~～!！\s]*(?:请|請)?(?:多多|常)?(?:来站|來站)?(?:光临|光臨|莅临|蒞臨)[!！~～。]?$/u.test(text)) ||
      // (stop 51, blind: www.lzszyyy.com) or an institution's own site greeting its visitor with its name alone, "欢迎来到泸州市中医医院"
      // (it was the page's title): a body's name after the verb, nothing after it — no sentence ("欢迎来到美丽的XX！各位来宾…" has
      // its punctuation, a speech's welcome more words)
      (text.length <= 30 && /^欢迎(?:访问|光临|来到|进入)\p{Script=Han}{2,20}(?:医院|学校|大学|学院|中学|小学|幼儿园|中心|公司|集团|研究院|研究所|图书馆|博物馆|档案馆|政府|法院|检察院|委员会|局)$/u.test(text)) ||
      // "首页 | 新闻中心 | 政务公开 | 办事服务": a run of short items with separators
      // (each item short: "1.在线反馈:登录…政府网(http://www.lixia.gov.cn/)通过网站政务首页下方…" is a sentence, its URL's slashes no separators)
      (text.length <= 120 && /首页/.test(text) && isMenuRow(text)),
  },
  {
    rule: 'breadcrumb',
    label: 'breadcrumb',
    // (held-out round 32) "ico-crumb.png 首页 > 常委会会议 > …": the trail's icon printed by its file name before it; (stop 54, blind:
    // paper.wenweipo.com) "logo 首頁 > 文匯報 > 內地 > 正文": the site's logo by its alt text before it (it was the title)
    test: (line) => {
      const text = line.replace(/^(?:[\w.-]{1,40}\.(?:png|gif|jpe?g|svg|webp)|(?:site\s*)?logo)\s+(?=\S)/iu, '');
      return (
        // (stop 46, blind: fjsgwy.org) "您的当前位置:福建公务员考试网 >> 最新": 的 between the reader and 当前
        // (stop 49, blind: lixin.gov.cn, yzcity.gov.cn) "您现在所在的位置: 网站首页 > 政府信息公开 > …": 现在 and 所在 both
        // (stop 58, blind: lyj.dandong.gov.cn, www.tynews.com.tw) "您当前所在的位置是:辽宁林业和草原局>丹东市>图片新闻" (是 before the
        // colon) and "當前的位置 : 首頁 > 府會新聞 > …" (的 with no 您): both were the title
        /^[您你]?(?:当前所在的?|当前的|现在所在的?)位置\s*是?\s*[:：]/u.test(text) ||
        /^(当前位置|您现在的位置|[您你]?现在所在的?位置|你现在的位置|您的位置|你的位置|[您你]?所在的?位置|现在位置|位置|[您你]的?当前的?位置|[您你]?当前所在的?位置|当前页面|本页位置)\s*[:：]/.test(text) ||
        // (stop 53, blind: wsb.ln.gov.cn) or an arrow after the label where the colon was, two arrows or more: "当前位置 -> 首页 -> 信息公开 ->
        // LFAO News" (it was the title) — not the bare 位置, a word a report's line may open with
        (text.length <= 120 && /^(当前位置|您现在的位置|[您你]?现在所在的?位置|你现在的位置|您的位置|你的位置|[您你]?所在的?位置|现在位置|[您你]的?当前的?位置|[您你]?当前所在的?位置|本页位置)\s*(?:-{1,2}>|={1,2}>|>>?|＞|»|→)/.test(text) && (text.match(/-{1,2}>|={1,2}>|>>?|＞|»|→/gu) ?? []).length >= 2) ||
        // (stop 56, blind: www.shenbo75.com, a mirror of china.org.cn's bilingual pages) the site's sections behind a dash each, "- CHINA &
        // THE WORLD - News - 雙語" (it was the title): three items or more, each short, one of them in Latin letters (a site's English
        // section name; a report's own dashed list of its sectors is all Chinese), no clause in the line
        (text.length <= 80 && /^[-–]\s+\S/u.test(text) && /[A-Za-z]{2,}/u.test(text) && text.slice(1).split(/\s+[-–]\s+/u).length >= 3 && text.slice(1).split(/\s+[-–]\s+/u).every((w) => w.trim().length >= 2 && w.trim().length <= 24 && /[\p{L}]/u.test(w)) && !/[。，,；;：:！？!?]/u.test(text)) ||
        // (stop 49, blind: www.jl.chinanews.com.cn) "首页-->社会": the arrow typed as dashes and a bracket
        (text.length <= 120 && /^首页\s*(>|>>|＞|»|→|\/|-{1,2}>|={1,2}>)/.test(text)) ||
        // "首页 理论教育 2020年工作…回顾-高县年鉴": home, section and page title separated by single spaces
        (text.length <= 80 && /^首页\s/.test(text) && text.split(/\s+/).length >= 3 && !/[。，；：:]|上一[页頁]|下一[页頁]/.test(text)) ||
        // "人民网>>广西频道>>时政": a trail of three or more short names between arrows, nothing else
        (text.length <= 80 && isTrail(text))
      );
    },
  },
  {
    rule: 'page-info',
    label: 'server page directive',
    // (held-out round 48, hd.smeqh.com) '%@LANGUAGE="VBSCRIPT" CODEPAGE="65001"%>': an ASP page's directive the site printed as
    // its first line (its "<" lost or kept), "<?php … ?>" the same of PHP — code, no word of the page
    test: (text) => /^<?%@\s*[A-Za-z]+\s*=.{0,80}%>$/u.test(text) || /^<\?php\b.{0,80}\?>$/u.test(text),
  },
  {
    rule: 'page-info',
    label: 'date/source/print line',
    test: (text) =>
      (text.length <= 120 &&
        // "（责编：韦继川、王小明）": a news page's editor credit, in brackets after the text; "刊发日期:2024-01-22 作者:  语音阅读:": a county paper's
        // (held-out round 40: "- 时间:2023-02-24", the portal's meta list printed with its list dash)
        lineOpensWithLabel.test(text) &&
        !/[。；]$/.test(text)) ||
      // "回答时间 : 2024-08-07", "提问日期：2023年5月2日 10:21": a time stamp of any label (a Q&A page's), the date alone after it
      // (not a disclosure table's field, "公开日期：2016-05-13": metadata.ts reads those)
      (/^\p{Script=Han}{1,4}(?:时间|日期)\s*[:：]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u.test(text) &&
        !(DISCLOSURE_KEYS as readonly string[]).includes(/^\p{Script=Han}+/u.exec(text)![0])) ||
      // "访问次数: 2538   作者: ahjgbzw   发布时间:2020-01-23", "稿件来源:甘肃人大网 发布时间:2022-11-02 20:14:37": label-value pairs only
      isStampRow(text) ||
      // "发布时间 | 2021-02-10 责任编辑 |  来源 | 沈阳日报": the same set as table cells
      isStampCells(text) ||
      short(/(打印页面|打印本页|关闭页面|关闭窗口|关闭本页|【打印】|【关闭】|【打印正文】|【打印文章】|\[打印\]|\[关闭\]|字号\s*[:：]?\s*[大中小])/)(text) ||
      // (stop 58, blind: app.71.cn) a print view's toolbar, "打印纸张 字号选择:超大 行高 带图打印 返回原文" (it was the title): two of
      // its controls or more on a short line, no sentence
      (text.length <= 60 && !/[。；]/u.test(text) && (text.match(/打印纸张|纸张大小|字号选择|字体选择|行高|行距|带图打印|不带图打印|返回原文|打印预览/gu) ?? []).length >= 2) ||
      // "文 | 全国人大代表、…副研究馆员 罗天", "撰文/张三": an article's byline (not a title: session of 2026-12-02, 163.com)
      /^(?:文|撰文|图文|文字)\s*[|｜/／]\s*[^。；|｜]{1,60}$/u.test(text) ||
      // (stop 45, blind: gscn.com.cn) "原标题:张海波在省十三届人大三次会议上作法院工作报告": a re-post's note of the story's first headline
      (text.length <= 80 && /^原标题\s*[:：]\s*\S/u.test(text) && !/。$/u.test(text)) ||
      // (stop 46, blind: dqxw.yunpaper.cn) "|记者 徐超超 蔡俊": the reporters' credit alone on its line after the text, a layout cell's
      // bar before it
      (/^[|｜]\s*/u.test(text) && isReporterAlone(text.replace(/^[|｜]\s*/u, ''))) ||
      // (stop 46, blind: xptb.shpt.gov.cn) "(记者 陶钦忆)": the reporter's credit in brackets alone over the text (it became the title)
      (/^[（(]\s*/u.test(text) && /\s*[）)]$/u.test(text) && isReporterAlone(text.replace(/^[（(]\s*/u, '').replace(/\s*[）)]$/u, ''))) ||
      // (stop 48, blind: 1183118.com) "（記者黃曉娜 通訊員楊愛民 翟繼輝）": a reporter's and correspondents' credit in brackets, each name glued
      // to its role (spaced, "(记者 杨婷 通讯员 储婷婷)", the brackets' names alone read it) — the byline's own shape inside them
      (/^[（(]\s*/u.test(text) && /\s*[）)]$/u.test(text) && isReporterByline(text.replace(/^[（(]\s*/u, '').replace(/\s*[）)]$/u, ''))) ||
      // (shcafe.org) "本篇文章461字,读完约1分钟": the page's count of the article's words and reading time
      /^(?:本篇文章|本文|全文)(?:共|约)?[0-9]+字[，,]?\s*(?:读完|阅读|预计阅读)(?:约|需)?(?:需)?[0-9]+分钟$/u.test(text) ||
      // (dfrd.js.cn) "admin": the site's user name for whoever posted the page, alone on its line
      /^(?:admin|administrator|webmaster|管理员)$/iu.test(text) ||
      // (stop 46, blind: udn.com) "快訊": a news page's label for a breaking story, alone on its line
      /^(?:快讯|即时新闻|即时报导|突发新闻|独家报道)$/u.test(text) ||
      // (stop 45, blind: zh.hk01.com) "撰文: 朱加樟": the writer's credit after a colon, names only
      /^(?:撰文|图文|采写)\s*[:：]\s*\p{Script=Han}{2,4}(?:[、\s]+\p{Script=Han}{2,4}){0,3}$/u.test(text) ||
      // "小字号", "大字号 中字号 小字号": the page's font-size buttons alone on their line; (stop 39, a 凤凰新闻 copy) "字号变大 | 字号变小"
      /^(?:(?:[大中小默认]字号|字号变[大小]|字体变[大小])\s*[|｜]?\s*){1,4}$/u.test(text) ||
      // (stop 54, blind: www.zhangzi.gov.cn) "字体大小:【大】 【中】 【小】": the font buttons under their long label, each in its own
      // brackets (it was the title)
      /^[【\[]?(?:字[体号體號]|文字)(?:大小)?\s*[:：]?\s*(?:[【\[]?\s*[大中小]\s*[】\]]?\s*){2,3}[】\]]?$/u.test(text) ||
      // (stop 47, blind: big5.chinataiwan.cn) "字號": the font buttons' label alone on its line, its buttons lost; (stop 59, blind:
      // www.pjwnc.com) "【字体大小:", the long label with its bracket opened and its buttons lost (it was a paragraph)
      /^字号\s*[:：]?$/u.test(text) ||
      /^[【\[](?:字号|字体|字体大小|字号大小|文字大小)\s*[:：]?$/u.test(text) ||
      // (stop 51, blind: art.ccnu.edu.cn) "分享至": the share buttons' label alone, its icons lost (a paragraph)
      /^分享至\s*[:：]?$/u.test(text) ||
      // (stop 51, blind: qinghe.me, a blog on the 知更鸟 (Begin) theme) its post's meta row: author, category, comments, the word count,
      // the views and the reading time, its reading-mode button — "贝小鱼 翻译学习评论38,941,781字数 105296阅读168分1秒阅读模式"
      (text.length <= 100 && /阅读模式$/u.test(text) && /[0-9][0-9,]*\s*字数?/u.test(text) && /[0-9]+\s*阅读/u.test(text)) ||
      // (epaper.wifizs.cn) "字数": an e-paper's word count label alone, its value lost
      /^字数\s*[:：]?$/u.test(text) ||
      // (cq.cri.cn) "阅读": the reading counter's label alone, its count lost
      /^阅读\s*[:：]?$/u.test(text) ||
      // (cq.cri.cn) "打开ChinaNews阅读": the button that opens the story in the outlet's app
      /^(?:打开|下载)\s*[A-Za-z0-9\p{Script=Han}]{2,16}?\s*(?:APP|App|app|客户端)?\s*(?:阅读|查看|观看)(?:全文|原文|更多)?$/u.test(text) ||
      // (bkw8.com) "????(唐堅 吳文繼 李德昌 余麗娜) |": the reporters' names alone in brackets, two or more, a layout cell's bar after them
      // (the indent the page lost before them: normalize.ts's lostIndent)
      /^\?{0,4}\s*[（(]\s*\p{Script=Han}{2,4}(?:\s+\p{Script=Han}{2,4}){1,5}\s*[）)]\s*[|｜]?$/u.test(text) ||
      // (stop 48, blind: bj.crntt.com) "(中评社报道组:张爽 张心怡 林艳 徐梦溪 后援:阎晓阳) |": a reporting team's credit in brackets, the
      // outlet's 报道组 and its names, a layout cell's bar after it or not
      /^[（(]\s*\p{Script=Han}{0,8}?(?:报道组|采访组|报道团|前方报道组)\s*[:：][^（）()。，,；]{1,60}[）)]\s*[|｜]?$/u.test(text) ||
      // (stop 49, blind: m-yingcheng.cjyun.org) "（应城电视台记者：尹丹）": the outlet's reporter credit in brackets, a colon before the names
      /^[（(]\s*\p{Script=Han}{0,10}?(?:记者|通讯员|摄像|摄影)\s*[:：]\s*\p{Script=Han}{2,4}(?:[、\s]+\p{Script=Han}{2,4}){0,3}\s*[）)]$/u.test(text) ||
      // (enshifabu.cjyun.org) "(责任编辑 罗茜)": the editor's credit in brackets, a space for its colon
      /^[（(]\s*(?:责任编辑|责编|编辑)\s+\p{Script=Han}{2,4}\s*[）)]$/u.test(text) ||
      // (stop 54, blind: www.xuhongcf.com, a copy of 天水在线's story) the outlet's editor named with the outlet, a colon before the name
      // and a layout cell's bar after the bracket: "(天水在線編輯:馬文潔) |" (it was the text's last paragraph)
      /^[（(]\s*\p{Script=Han}{2,8}?(?:责任编辑|责编|编辑)\s*[:：]\s*\p{Script=Han}{2,4}(?:[、\s]+\p{Script=Han}{2,4}){0,2}\s*[）)]\s*[|｜]?$/u.test(text) ||
      // (epaper.wifizs.cn) "《 舟山日报 》( 2024年02月04日 第 02 版 )": the e-paper's name, issue day and page under the story's title
      /^《\s*\p{Script=Han}{2,12}\s*》\s*[（(]\s*[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*第?\s*[A-Z]?[0-9]{1,3}\s*版\s*[）)]$/u.test(text) ||
      // "打印": the print link alone on its line; "打印 打印", "纠错 纠错": a button's label printed twice (its icon's
      // text, then its own; a disclosure page's 纠错 is its error-report button); "[纠错]": the button in brackets
      buttonAlone.test(text) ||
      // (stop 46, blind: shuohk.com) "點讚(0) 打賞": a post's reaction buttons, a count after each or not — with a like or a tip
      // among them, or a count in brackets (a line "分享" alone is buttonAlone's)
      (/^(?:(?:点赞|打赏|赞赏|收藏|分享|评论|转发)\s*(?:[（(]\s*[0-9]+\s*[）)])?\s*){1,6}$/u.test(text) && /点赞|打赏|赞赏|[（(]\s*[0-9]+\s*[）)]/u.test(text)) ||
      buttonBracketed.test(text) ||
      // (stop 52, blind: www.hnsjb.cn) "支持", "反对": a story's vote buttons, each alone on its line, a count after it or not (they were
      // paragraphs between the story and its comment box)
      /^(?:支持|反对)\s*(?:[（(]\s*[0-9]+\s*[）)])?$/u.test(text) ||
      // "【糾錯】 【責任編輯:鐘紅霞】", "【打印】【关闭】": a news page's buttons and its stamp pairs, each in brackets, on one line
      bracketedPageInfo(text) ||
      // "梨树县人民政府 2017-01-10 16:56:00": the portal's publisher and its posting time, nothing else (stamp-row.ts)
      isPublisherStamp(text) ||
      // (stop 46, blind: tlnews.com.cn) "http://www.tlnews.com.cn/2020年09月04日 08:33:54 |": the site's address and the posting time,
      // a layout cell's bar after them
      addressStamp.test(text) ||
      // (stop 54, blind: chongqing.baogaosu.com) "22.02.2016 11:53": an aggregator's posting day written day first, its time after it
      // (or cut, "22.02.2016 1"), alone on its line under the headline and at the page's end (paragraphs) — a day and a month
      // that can be nothing else (stop 55, mends: right under the headline, its time whole, it dates the page as a posting time
      // there does — date-stamp.ts underHeadline)
      /^(?:0?[1-9]|[12][0-9]|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)[0-9]{2}(?:\s+[0-9]{1,2}(?::[0-9]{0,2}){0,2})?$/u.test(text) ||
      // (stop 46, blind: jizihe.com) "新華社·2019年5月23日": a news agency or outlet and the day of its story, a middle dot or a
      // space between them, nothing else (it had become the page's title)
      outletDay.test(text) ||
      dayOutlet.test(text) ||
      // "李万祥 2025-09-11 12:48:20": a news page's author and posting time, nothing else (stop 42, blind: rss.jingjiribao.cn)
      /^\p{Script=Han}{2,4}\s+[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$/u.test(text) ||
      // "2023-11-05 11:00:00 星期日": a portal's clock over its page (the day it was rendered, not the article's), the weekday after it
      // (stop 43, blind: www.eweihai.gov.cn — it had become the page's title)
      portalClock.test(text) ||
      // "今天是:", "今天是：2026年1月5日 星期一": the same clock's label, its date filled in by a script or left out (stop 43, blind:
      // ynmh.gov.cn)
      // (stop 60, blind: www.tjjh.gov.cn) with the lunar day after the weekday, "今天是:2019年10月31日 星期三 农历十月初七" (it was kept
      // as the report's first paragraph)
      /^今天是\s*[:：]?\s*(?:[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日)?\s*(?:(?:星期|礼拜|周)[一二三四五六日天])?(?:\s*(?:农历|農曆)\s*闰?[正一二三四五六七八九十冬腊臘]{1,2}月\s*(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十))?$/u.test(text) ||
      // (stop 40, blind, epaper.shuozhounews.cn) an e-paper's page controls and counter: "通版阅读请点击:", "展开通版", "收缩通版",
      // "当前版:1版", "文章字数:1786"
      // (stop 54, blind: szb.hscbw.com) the count with its thousands' comma, "文章字数:1,164"
      /^(?:通版阅读请点击\s*[:：]?|展开通版|收缩通版|当前版\s*[:：]\s*[0-9A-Za-z一二三四五六七八九十]{1,4}版?|文章字数\s*[:：]\s*[0-9]+(?:[,，][0-9]{3})*)$/u.test(text) ||
      // (stop 45, blind: 澳门日报's e-paper on xiangyu-macau.oss-cn-hongkong.aliyuncs.com) "第C07版:港聞", "第3版：要闻": the e-paper's
      // page and its column name, alone on their line (it stood between the day and the headline, which lost its title)
      // (stop 51, blind: szb.21xc.com, 许昌日报) the column named with its year, "第05版:2019两会专页" (it was the page's title)
      // (stop 55, blind: www.81.cn, 解放军报) with the page's PDF offered after its column, "第02版:要闻 PDF版下载" (a paragraph)
      /^第\s*[A-Z]?[0-9]{1,3}\s*版\s*[:：]?\s*(?:(?:19|20)[0-9]{2}\s*年?)?\s*\p{Script=Han}{0,8}(?:\s*[0-9]{0,2}\s*[上下]一版\s*[0-9]{0,2})*(?:\s*PDF\s*版?\s*下载)?$/u.test(text) ||
      // (stop 54, blind: cn.govopendata.com, a 人民日报 archive — the shape of the paper's archive mirrors) the page's header: the
      // day, the paper and its page, "1997年3月2日人民日报 第1版"; the page and its column in brackets, "第1版(要闻)"; and the column's
      // label left empty, "专栏:" — each alone on its line over the headline (they were paragraphs)
      /^(?:19|20)[0-9]{2}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*\p{Script=Han}{1,10}?(?:日报|晚报|时报|报)\s*第\s*[A-Z]?[0-9]{1,3}\s*版$/u.test(text) ||
      /^第\s*[A-Z]?[0-9]{1,3}\s*版\s*[（(]\s*\p{Script=Han}{1,8}\s*[）)]$/u.test(text) ||
      /^专栏\s*[:：]$/u.test(text) ||
      // (stop 46, blind: szb.zhonghongnet.com, a county paper's e-paper) "一版:要闻总第2015期 >2018-01-16编印": the page in Chinese
      // numerals, its column, the paper's issue number and the day it was printed — it had become the page's title
      epaperIssue.test(text) ||
      // (澳門日報's own e-paper, www.macaodaily.com — the e-paper system many papers use) its page's controls: "今日日期: 版面導航",
      // "當前報紙日期:", "2018 11月14日 星期" (the day, its weekday lost), "3上一篇  下一篇4", "放大 縮小 默认", "top top top"
      /^(?:今日日期\s*[:：]?\s*(?:版面导航)?|版面导航|当前报纸日期\s*[:：]?)$/u.test(text) ||
      /^[0-9]{4}\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*星期[一二三四五六日天]?$/u.test(text) ||
      /^[0-9]{0,2}\s*上一篇\s+下一篇\s*[0-9]{0,2}$/u.test(text) ||
      // (stop 55, blind: paper.ce.cn, 经济日报's e-paper — the same system's bar) its controls in one line, over the headline and
      // under the story: "上一版3  4下一版 2012年3月14日 星期 放大 缩小 默认" (it was the page's title), "3 上一篇  下一篇 4 语音朗读
      // 放大 缩小 默认" — a previous/next pair and nothing but the day, its weekday, the size buttons and the read-aloud button
      epaperBar(text) ||
      // (stop 55, blind: 055110.com, a law database's copy of the NPC's 2003 resolution on the report — the shape of such databases)
      // the record's fields over the document, each in corner brackets: "【发布部门】 全国人民代表大会" (it was the title), "【实施日期】
      // 2003.03.18", "【时效性】 现行有效", "【效力级别】 工作文件" (paragraphs) — a field's label and a short value, nothing else
      /^【(?:发布部门|颁布部门|制定机关|发文机关|发布日期|颁布日期|公布日期|实施日期|施行日期|生效日期|失效日期|时效性|效力级别|效力等级|发文字号|文号|法规类别|所属类别|类别|专题分类)】\s*[^。；，,]{1,30}$/u.test(text) ||
      // (stop 47, blind: yogviha.cn, a mirror of 中新網's story) the buttons named with what they size: "放大字體  縮小字體"
      /^(?:放大|缩小|默认)(?:字体|字号)?(?:\s+(?:放大|缩小|默认)(?:字体|字号)?){1,2}$/u.test(text) ||
      /^(top|TOP|Top)(?:\s+\1){1,5}$/u.test(text) ||
      // (cyberctm.com) "關注CyberCTM": the site's follow-us link under the story
      /^关注\s*[A-Za-z][A-Za-z0-9._-]{2,20}$/u.test(text) ||
      // (stop 45, blind: www.sznews.com) "人工智能朗读:": the read-aloud widget's label, its player lost
      /^(?:人工智能|AI|智能)?(?:语音)?朗读\s*[:：]?$/u.test(text) ||
      // (the same page) "2019-10-09 1 1 澳门日报 content_2079.html 1 特首擬… /enpproperty-->": the e-paper template's hidden fields,
      // leaked with the close of their HTML comment — a line ending in "-->", no sentence in it
      (/-->\s*$/u.test(text) && !/[。，；！？]/u.test(text)),
  },
  {
    rule: 'masthead',
    label: 'newspaper masthead',
    // "国内统一刊号:CN51-0018 中共甘孜州委机关报·甘孜日报社出版…": an e-paper's masthead line, its registration number
    // (a sentence that names a 刊号 without the CN number is text: "取得国内统一刊号。")
    test: (text) => text.length <= 120 && /(?:国内统一(?:刊号|连续出版物号)|刊号)\s*[:：]?\s*CN\s*[0-9]{2}\s*[-－—]\s*[0-9]{4}/u.test(text),
  },
  {
    rule: 'masthead',
    label: NOVEL_SITE,
    // (stop 52, blind: www.vipxiaoshuo.com, m.hnrhcy.com) a novel site's banner over a chapter, "VIP小说 通过搜索各大小说站为您自动
    // 抓取各类小说的最快更新供您阅读!" (it was the title), and its reader's notice under it, "<本章未完请点击"下一页"继续观看!>" (a
    // paragraph): the site names itself a novel site — a story's page, never a report's (index.ts says it, other-document.ts)
    test: (text) =>
      (text.length <= 80 && /小说/u.test(text) && /最快更新|自动抓取|免费阅读|无弹窗|全文阅读|供您阅读/u.test(text) && !/[。；]/u.test(text)) ||
      // (stop 54, blind: zwdu.net, 八一中文网) the mirror's line naming itself and the book, "八一中文网 www.zwdu.net,淌过岁月静静的河无错
      // 无删减全文免费阅读!" (no 小说 in it: the template's 无错无删减), and its app's banner, "更新超快的免费小说APP", "终身免费阅读"
      (text.length <= 80 && /无错(?:无删减)?|无删减/u.test(text) && /全文免费阅读|免费阅读|全文阅读/u.test(text) && !/[。；]/u.test(text)) ||
      /^(?:更新超快的免费小说\s*APP|终身免费阅读)[！!]?$/iu.test(text) ||
      /^[<＜《]?\s*本章未完[，,]?\s*请?点击\s*["“”]?下一页["“”]?\s*继续(?:阅读|观看)[!！]?\s*[>＞》]?$/u.test(text) ||
      // (stop 53, blind: www.88xiaoshuo.com) its welcome, "亲,欢迎光临88小说网!", and the notices of its template under it, "错缺断章、
      // 加书:站内短信", "后台有人,会尽快回复!" (the three were the title, joined); and its breadcrumb from the site to the chapter, "88小说网 >
      // 都市言情 > 权力巅峰从省委组织部开始 > 第196章 激荡人心的报告"
      /^(?:亲[，,!！]?\s*)?欢迎(?:光临|来到|访问)\s*[\p{Script=Han}A-Za-z0-9]{0,10}小说(?:网|站|阁|吧)[！!。]?$/u.test(text) ||
      /^错缺断章[、，,]\s*加书\s*[:：]\s*站内短信[！!。]?$/u.test(text) ||
      /^后台有人[，,]\s*会尽快回复[！!。]?$/u.test(text) ||
      // (stop 53, blind: 1958cy.com) a chapter's line of the book, its author, its count of characters and its age, "为民无悔 关越今朝
      // 1829 字 5个月前" (a paragraph, under the chapter line)
      // (stop 54, blind: www.tuoluohuo.com) its count left at 0 and the day it was posted for its age, "官涯无悔 关越今朝 0 字 2021-06-26"
      /^[\p{Script=Han}A-Za-z0-9·]{1,20}\s+[\p{Script=Han}A-Za-z0-9·]{1,12}\s+[0-9]{1,6}\s*字\s+(?:[0-9]{1,2}\s*(?:个月|天|小时|分钟|周|年)前|(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2})$/u.test(text) ||
      (text.length <= 80 && /^[\p{Script=Han}A-Za-z0-9]{0,10}小说(?:网|站|阁|吧)\s*[>＞»]/u.test(text) && (text.match(/[>＞»]/gu) ?? []).length >= 2 && /第\s*[0-9一二三四五六七八九十百千零〇]+\s*[章节回]/u.test(text)),
  },
  { rule: 'abstract-label', label: 'journal index label', test: (text) => /^(摘\s*要|简\s*介|内容摘要|内容简介)\s*[:：]?$/.test(text) },
  {
    rule: 'document-site',
    label: 'document library stats or blurb',
    test: (text) =>
      // "ID:21393329", "大小:44.50 KB", "页数:21页": a document library's stats, a number each
      /^(ID|大小|页数|文档页数|文件大小|下载次数|下载|浏览|收藏)\s*[:：]\s*[0-9][0-9.,]*\s*(KB|MB|K|M|页|次)?$/i.test(text) ||
      // (stop 53, blind: m.31doc.com) the same stats as one row of label-value pairs under the file's name, "上传人:上海哈登 文档编号:2333196
      // 上传时间:2019-03-22 格式:DOC 页数:13 大小:54.50KB" (it was the page's title): three pairs or more, no other word
      isLibraryInfoRow(text) ||
      // (stop 53, blind: m.31doc.com) its buttons over the preview, "返回 下载 相关 举报" (it was made a heading): three or more, nothing else
      /^(?:(?:返回|下载|相关|举报|收藏|分享|全屏|上传|纠错)(?:\s+|$)){3,8}$/u.test(text) ||
      // (stop 37, max.book118.com) the preview's stats as a bulleted list: "• 0" (its likes and favourites), "• 约4.99千字",
      // "• 约 11页", "• 2026-01-22 发布于四川", "• 举报" (its report-abuse link) — each alone on its line
      // (stop 40, blind: the same list printed with hyphens, "- 约 9页", "- 2026-02-27 发布于四川")
      // (stop 48, blind: m.61taotao.com) or with no 约, its size and posting day bare, a layout cell's bar after each: "- 2021-04-19 发布 |",
      // "- 37.5 KB |", "- 20页" (the day had become the page's title)
      /^[•·●▪-]\s*(?:[0-9]+|约?\s*[0-9][0-9.]*\s*(?:千字|万字|字|页|KB|MB)|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\s*发布(?:于\s*\p{Script=Han}{2,8})?|举报)\s*[|｜]?$/iu.test(text) ||
      // (stop 55, blind: scribd.com, a budget speech's PDF) the viewer's bar over the document's text, "Download as pdf or txt" (twice),
      // "You are on page 1of 103" (they were its first paragraph): the download offer and the page counter, nothing else on the line
      /^(?:Download\s+as\s+(?:pdf|PDF)(?:\s+or\s+(?:txt|TXT|docx?|DOCX?))?|You\s+are\s+on\s+page\s*[0-9]{1,5}\s*of\s*[0-9]{1,5})$/u.test(text) ||
      // (stop 55, blind: law148.infoeach.com, a law database's page) "下载地址: 点击此处下载": the file's download link over and under
      // the document (a paragraph), its label and the link's words, nothing else
      /^下载地址\s*[:：]\s*(?:点击此处下载|点击下载|本地下载|立即下载)$/u.test(text) ||
      // (stop 48, blind: m.61taotao.com) "申明敬告: 本站不保证该用户上传的文档完整性,…": a document library's disclaimer over the preview
      /^(?:申明敬告|免责声明|声明)\s*[:：]\s*本站不保证/u.test(text) ||
      // (stop 50, mends50; blind49b's bubsandbeans.com) a document library's copyright notice over the preview, "版權說明:本文檔由
      // 用戶提供并上傳,收益歸屬內容提供方,若內容存在侵權,請進行舉報或認領" (the template of many: 人人文库, 原创力文档 …) — it stood as
      // the page's first line of text, so the contents list under it was read as the report's headings
      (text.length <= 120 && /^(?:版权说明\s*[:：]\s*)?本文档由用户提供并上传/u.test(text) && /收益归属|侵权/u.test(text)) ||
      // "…政府工作报告_第1页": a page thumbnail's caption
      (text.length <= 80 && /_第\s*[0-9]+\s*页$/.test(text)) ||
      // (stop 51, blind: www.renrendoc.com) the preview's wall under those captions, "已阅读5页,还剩13页未读 继续免费阅读" (it was the
      // page's title), and its button "下载本文档" alone on its line (the template of many libraries, in traditional characters too)
      (text.length <= 40 && /^已阅读\s*[0-9]+\s*页\s*[，,]\s*还剩\s*[0-9]+\s*页未读/u.test(text)) ||
      /^(?:下载本文档|下载此文档|下载文档)$/u.test(text) ||
      // (held-out round 48, e.wenmi.ren) "内容预览:": a writing site's label over the piece's preview, alone on its line
      // (stop 48, blind: m.61taotao.com) or with no colon, "文档介绍" alone (it was made a heading)
      /^(资源描述|文档介绍|内容介绍|文档简介|内容预览|文档预览)\s*[:：]?$/.test(text) ||
      // (stop 40, blind, wap.haoword.com) a 范文 site's section labels alone on their line, "【概述】" over its blurb, "【正文】"
      // over the piece (not a box's label, 【专栏】; nor a label with its text after it, "【摘要】:2020年,…")
      /^【(?:概述|正文|全文|简介)】$/u.test(text) ||
      // (stop 40, blind, gaozipu.com) a writing site's banner to its members, "@所有人,接通知:…这类内容请到QQ会员群里下载。加入我们"
      (text.length <= 120 && /^@所有人/u.test(text)) ||
      // and its blurb: "结合当前工作需要,好范文网的会员“365769653”为你整理了这篇…范文,希望能给你的学习、工作带来参考借鉴作用。"
      (text.length <= 200 && /(?:会员|小编|网友)[^。]{0,30}(?:为你|为您|为大家)整理了?(?:这|一)篇/u.test(text) && /(?:参考|借鉴|希望)/u.test(text)) ||
      // "-精品合同推荐-": a document site's category between hyphens, alone on its line
      /^-\p{Script=Han}{2,10}-$/u.test(text) ||
      // "《….docx》由会员分享,可在线阅读,更多相关《…(10页珍藏版)》请在优知文库上搜索。": the library's line over its preview
      (text.length <= 160 && /(由会员上传分享|由会员分享|免费在线阅读|更多相关内容在|请在\p{Script=Han}{2,8}上搜索)/u.test(text)) ||
      // "百度搜索“70edu”或“70教育网”即可找到本站免费阅读全部范文。收藏本站方便下次阅读,…在线全文阅读。": a paged copy's footer
      (text.length <= 200 && /(即可找到本站|收藏本站方便下次阅读|在线全文阅读)/u.test(text)) ||
      // "说明:文章内容仅供预览,部分内容可能不全。下载后的文档…": a download site's preview disclaimer
      (text.length <= 200 && /仅供预览/.test(text) && /下载/.test(text)) ||
      // (held-out round 33) "预览结束,免费获取全文定制代笔此类文章,请扫码联系老师!": a writing site's preview wall, opening its line
      isPreviewWall(text) ||
      // "#第一文档网# 导语】以下是…的小编为您整理的《…》,欢迎阅读!": the site editor's blurb over the piece, nothing else;
      // (held-out round 32) "下面是小编为大家整理的…书面报告,供大家参考。" too
      // (a news summary that ends in such a blurb keeps its line: it is the page's text, not the site's)
      (text.length <= 200 && /^(?:#[^#]{1,12}#\s*)?(?:导语\s*[】:：]\s*)?(?:以下是|下面是)/.test(text) && /小编/.test(text) && /(欢迎阅读|欢迎参考|仅供参考|供(?:大家|您)参考|希望对)/.test(text)) ||
      // (stop 61, blind: xuexila.com) the editor's blurb asking the reader a question first, "想知道1983年的时候中国政府工作报告的内容
      // 吗?下面学习啦小编给大家分享1983年政府工作报告,一起看一下吧!" (in traditional characters too): the site's, over the piece
      // (it was the text's first paragraph, its question bold as a lead)
      (text.length <= 200 && /^想[知了][道解][^。？?]{2,60}[吗嗎么麼][？?]\s*(?:下面|以下)[^。？?]{0,12}小[编編](?:给|給|为|為)(?:大家|您)(?:分享|整理)[^。？?]{2,80}一起(?:来|來)?(?:看|學習|学习)/u.test(text)) ||
      // (stop 61, blind: m.wnwk.com) a document library's buttons over its preview, "收藏 分享(赏)", and its wall after the page
      // thumbnails, "亲,该文档总共12页,到这儿已超出免费预览范围,如果喜欢就下载吧!" (both were read into the page's title)
      /^收藏\s*分享\s*[（(]赏[）)]$/u.test(text) ||
      (text.length <= 80 && /^亲\s*[,，]\s*该文档总共\s*[0-9]+\s*页/u.test(text) && /免费预览/u.test(text)),
  },
  {
    rule: 'url',
    label: 'site stamp',
    // "【www.guakaob.com--报告】": the site's address and a category in brackets
    // (held-out round 43) "二心语文}创%素材[库:https://www.xinyuwenchuang.cn/。公众@号:笔杆子星域。整理汇总。": a writing site's
    // anti-copy stamp, split off the title it was glued to (flattened.ts)
    // (stop 47, blind: m.23xiu.com) or its bare domain before its name and tagline: "【23xiu.com-爱上秀-教育信息门户网】"
    test: (text) => /^[【\[［]\s*(https?:\/\/|www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|cc|top|info)(?![\w.]))[^】\]］]*[】\]］]$/i.test(text) || isSiteStamp(text),
  },
  {
    rule: 'page-head',
    label: "site's summary label",
    // (stop 47, blind: xiebitongdao.com) "文章导读": the label over a writing site's summary of the piece, alone on its line — it was the
    // page's title
    // (stop 48, blind: yxiu.cn) a machine's summary too, "AI导读:" (it was a paragraph)
    // (stop 54, blind: www.lcdaily.cn, 临沧日报's site) a paper's label over its box of the story's gist, "阅读提示" ("核心提示", "内容提示"),
    // alone on its line — it was the page's title
    test: (text) => /^(?:文章|内容|本文|AI|ai)导读\s*[:：]?$/u.test(text) || /^(?:阅读|核心|内容|新闻)提示\s*[:：]?$/u.test(text),
  },
  {
    rule: 'page-head',
    label: "author's affiliation",
    // (stop 51, blind: zgkjsz.com, www.fx361.cc) a journal article's byline: its author's unit, city and postcode in brackets, alone
    // on its line, "(首都经济贸易大学会计学院 北京 100070)", "(中共嵊州市委党校,浙江 嵊州 312400)", "[清华大学 北京 100084]" — a
    // paper's, never a report's; it was the page's title. (A bracketed note in a report names no such unit before a six-figure
    // number closing it: "(含高校毕业生就业 100070)" stays.)
    test: (text) =>
      text.length <= 60 &&
      /^[（(［\[]\s*\p{Script=Han}[^（）()［］\[\]]{2,50}?\s*[1-8][0-9]{5}\s*[)）］\]]$/u.test(text) &&
      /(?:大学|学院|学校|党校|研究院|研究所|研究中心|科学院|社会科学院|医院|编辑部|杂志社|出版社)/u.test(text),
  },
  {
    rule: 'page-head',
    label: "disclosure box's caption",
    // (stop 51, blind: www.yj.gov.cn) "信息公开元数据": the caption over a disclosure page's box of fields (索引号, 发布机构, …), alone on
    // its line, the box itself lost — it was the page's title
    test: (text) => /^(?:政府)?信息公开(?:元数据|基本信息|信息索引)$|^元数据$/u.test(text),
  },
  {
    rule: 'page-info',
    label: "a site's name and column with the day",
    // (stop 58, mends: mends57's www.cititic.com, an aggregator) "城市镜像.新闻汇总 2021-03-09": the site's name and its column a period
    // apart (no title joins two names with a period), then the day alone — the aggregator's header over the copied story (it was the
    // title)
    test: (text) => /^\p{Script=Han}{2,10}[.．]\p{Script=Han}{2,10}\s+[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$/u.test(text),
  },
  {
    rule: 'page-info',
    label: "forum's edit note",
    // (stop 47, blind: bbs.seclub.cn, a Discuz forum's post) "本帖最后由 一品飞云 于 2015-4-13 00:37 编辑": the forum's note of who last
    // edited the post and when, over its text
    test: (text) => /^本帖最后由\s*\S{1,24}?\s*于\s*[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?\s*编辑$/u.test(text),
  },
  {
    rule: 'page-info',
    label: "forum's quote header",
    // (stop 58, blind: bbs.china-ws.org, a Discuz thread) "原帖由 细雨春风 于 2009-10-20 21:12 发表 7 Q4 K1 ?3 B u* …": the forum's
    // head over a post quoted in a reply, whose it was and when, the forum's anti-copy noise maybe after it (it was the title)
    test: (text) => /^原帖由\s*\S{1,24}?\s*于\s*[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?\s*发表(?:\s+[\x21-\x7e]{1,2}(?=\s|$))*\s*$/u.test(text),
  },
  {
    rule: 'page-head',
    label: "wiki's collection note",
    // (stop 47, blind: zhonghuashu.com, a Wikisource mirror) "本作品收录于《中华人民共和国国务院政府工作报告》": the wiki's note naming
    // the collection the page belongs to, its 》 maybe lost — it was the title, and its words up to 政府 the issuer
    test: (text) => /^本作品收录于\s*《[^》]{2,60}》?\s*$/u.test(text),
  },
  {
    rule: 'page-head',
    label: 'essay-site piece heading or tag row',
    // "篇一:乡镇人大会,政府工作报告": a compilation's piece heading; "| 报告 |": a tag cell
    test: (text) =>
      (text.length <= 60 && /^篇[一二三四五六七八九十]{1,3}\s*[:：]/.test(text) && !/[。；]/.test(text)) ||
      // (stop 41) "篇一" alone: the label flattened.ts splits from the piece's name and text ("乡镇政府工作报告篇一2020年是…")
      /^篇(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})$/u.test(text) ||
      /^\|\s*\p{Script=Han}{1,6}\s*\|$/u.test(text) ||
      // "下面是温家宝总理…所作的政府工作报告全文": an editor's note introducing the full text, no sentence of its own
      // (with a colon, "以下是政府工作報告全文：" is a label over the text that names the report: metadata reads it)
      (text.length <= 120 && /^(?:下面是|以下是|以下为|下面为)[^。；，,]*(?:报告|讲话)全文(?:\s+[!-~]{1,10}){0,2}$/.test(text)) ||
      // (stop 45, blind: yzydsg.com, 人民政協網's story) "以下為文字實錄:": the label over the transcript that follows, alone on its line
      /^(?:下面是|以下是|以下为|下面为)(?:文字实录|实录|全文)\s*[:：]?$/u.test(text) ||
      // "镇政府,工作报告,2023": a site's keywords, short words between commas, one a year or a kind of document
      (text.length <= 40 && isTagRow(text)) ||
      // (stop 47, blind: 028news.net) "关键字: 全国政协十三届一次会议": a news page's keywords under its story, each short, no sentence
      // (sd.sdnews.com.cn: "新闻关键词:山东")
      // (关键字, 标签 — not a commentary's "关键词一：…" heading, which news-story.ts reads)
      /^(?:关键字|新闻关键[字词]|标签|Tags?)\s*[:：]\s*(?:[^\s。；，,！？:：]{1,16}\s*){1,6}$/iu.test(text) ||
      // (stop 54, blind: dlnp.com.cn) "關鍵詞: 汶川地震 災后恢復重建 自然災害救助條例 …": 关键词 with two tags or more apart by spaces (a
      // commentary's "关键词：高质量发展", one phrase, is its own line of words)
      /^关键词\s*[:：]\s*[^\s。；，,！？:：]{1,16}(?:\s+[^\s。；，,！？:：]{1,16}){1,7}$/u.test(text) ||
      // (stop 50, blind: ischool.net.cn, a copy of 中國臺灣網) "推薦標簽:兩會領導人商談 | 經貿文化論壇 | 直擊海峽論壇 | 建黨91周年": a news
      // site's recommended tags over its story, short names a bar apart (it was the title)
      /^(?:推荐|推薦|热门|熱門|相关|相關)(?:标签|標簽|標籤)\s*[:：]\s*[^\s。；，,！？:：|｜]{1,16}(?:\s*[|｜]\s*[^\s。；，,！？:：|｜]{1,16}){1,7}\s*[|｜]?$/u.test(text),
  },
  {
    rule: 'byline',
    label: 'reporter byline',
    // (stop 45, blind: nggsl.com) "□ 记者 胡起/文 胡黎明/图": the reporters with what each did (text, pictures), a box before them
    test: (text) => /^[□■◆●]?\s*(?:本报|本台)?记者\s*\p{Script=Han}{2,4}\s*[/／]\s*[文图摄](?:\s+\p{Script=Han}{2,4}\s*[/／]\s*[文图摄])*$/u.test(text),
  },
  {
    rule: 'byline',
    label: "a news agency's dateline naming the story's headline",
    // (stop 51, blind: www.cnr.cn, a copy of 新华社's story) "新华社北京3月5日电 题:凝聚共识,回应关切——政府工作报告起草组负责人解读报告":
    // the agency's dateline over a feature, the headline after 题 — the story's title printed again, alone on its line (it had become
    // the title, the headline above it removed as the page's head)
    test: (text) => agencyDatelineTitle.test(text),
  },
  {
    rule: 'byline',
    label: 'reporter credit in brackets',
    // (stop 56, blind: hntv.tv) a broadcaster's credit alone in brackets on the story's last line, "(南阳广电融媒记者 郑若宇)": the outlet
    // maybe, 记者, a space or colon and one to three names, nothing else (was: the last paragraph; after the last sentence on its line
    // it was removed) — not "(含县融媒体中心记者培训)", a report's note, 记者 run into the next word
    test: (text) =>
      text.length <= 40 &&
      /^[（(]\s*(?:\p{Script=Han}{1,12}?(?:网|报|台|社|新闻|融媒|广电|传媒|客户端|中心))?\s*(?:本报|本台)?(?:特约)?(?:记者|通讯员)(?:\s*[:：]\s*|[\s\u3000]+)\p{Script=Han}{2,4}(?:[、\s]+\p{Script=Han}{2,4}){0,2}\s*[)）]$/u.test(text),
  },
  {
    rule: 'byline',
    label: "an essay's author and role",
    // (stop 56, blind: zijing.com.cn) a magazine's bylines over an essay, a line each: "齐文豪|澳门经济民生智库秘书长", "曾 悠|澳门
    // 创新发展研究会副理事长" — a name (letter-spaced or not), a bar, the author's post ending in a title of office, nothing else (the
    // first was the title, the part after its bar taken as the page's name)
    test: (text) =>
      text.length <= 40 &&
      /^\p{Script=Han}(?:[\s\u3000]?\p{Script=Han}){1,3}\s*[|｜]\s*\p{Script=Han}{2,24}?(?:秘书长|理事长|会长|主任|所长|院长|校长|教授|研究员|学者|专家|主席|总编辑|主编|评论员|博士|讲师|顾问)$/u.test(text),
  },
  {
    rule: 'byline',
    label: "an e-paper page's credits",
    // (stop 51, blind: szb.21xc.com, 许昌日报's e-paper) "本版制图 李梦源" under a page's graphic, "本版编辑 张三 美编 李四": who made the
    // page — 本版 and a role, the names after it, role and names again or not (a paragraph under the page's text)
    test: (text) => pageCredits.test(text),
  },
  {
    rule: 'byline',
    label: "the post's author, a platform's default user name",
    // (stop 50, mends50; blind48b's www.meipian.cn) "美友10299318" under a post's headline: the platform's name for a user who
    // set none — 美友, 网友, 用户, 会员, 游客 and a number — alone on its line (it was the text's first paragraph)
    test: (text) => /^(?:美友|网友|用户|会员|游客|匿名用户)\s*[0-9]{5,12}$/u.test(text),
  },
  {
    rule: 'byline',
    label: 'reporter byline',
    // (stop 39, blind) "大众网记者 宋晓豪 通讯员 刘汉章 李响 临沂报道", "记者 王平安", "本报记者 张三 通讯员 李四": a news story's byline alone
    // on its line (zhenguoke.com's copy of a 大众网 story — it was the page's title); news-story.ts reads it as a tell
    test: (text) => isReporterByline(text),
  },
  {
    rule: 'caption',
    label: 'photo caption',
    // "蒋卓庆作市人大常委会工作报告。": a news photo's caption alone on its line (a person, 作, the report's name),
    // optionally with its credit ("…报告。 记者 王磊 摄"), the person maybe named with the role ("自治区主席王莉霞作政府
    // 工作报告。", round 26) or the role after the name, in either script ("杜家毫省長作政府工作報告。", round 34); a sentence
    // that goes on ("…报告时指出，…") is text.
    // (stop 45, blind: nggsl.com) also in a layout table's cell, its bar after it: "孙正东主持大会 |"
    // (stop 46, blind: 8787sf.com, a town's session news) or in brackets, each under its picture: "（詹仲茗鎮長作政府工作報告）",
    // "（大會現場）", "（代表團審議政府和人大工作報告現場）", "（人大代表對有關決議（草案）進行表決）"
    // (stop 47, blind: huanxian.gov.cn, rd.sxfx.gov.cn) not the story's own sentence of it, the whole formula with its full stop
    // and no photographer's credit — "县委副书记、县长何英禅代表县政府向大会作政府工作报告。" between the session's opening and "何英禅
    // 说：…" (it was removed, the report's deliverer lost from the text): a caption names the act, not the body it was made for
    // and to whom ("胡宏林代表縣人民政府作工作報告", "陆昊作政府工作报告。本报记者…摄" stay captions)
    test: (text) =>
      (text.length <= 62 && !storySentence.test(/[摄攝]$/u.test(text.trim()) ? toSimplified(text) : toSimplified(text).replace(reporterAfter, '')) && [text, text.replace(/\s*[|｜]\s*$/u, '')].some((t) => t.length <= 60 && (captionLine.test(t) || captionActLine.test(t)))) ||
      (text.length <= 40 && /^[（(][^（）()]*(?:[（(][^（）()]{1,8}[）)][^（）()]*)?[）)]$/u.test(text) && bracketedCaption(text.slice(1, -1))) ||
      // (stop 47, blind: zzkailai.com, a town's session news) numbered under its picture, "圖 1會場全景", "圖 3城廂鎮鎮長劉勇作政府工作報告",
      // "圖 5閉幕式" (they were made headings): a caption's words after the figure's number — a report's chart title, "图1 2023年…
      // 主要指标", names no act nor hall
      (text.length <= 40 && /^图\s*[0-9]{1,2}\s*(?=\p{Script=Han})/u.test(text) && numberedCaption(text.replace(/^图\s*[0-9]{1,2}\s*/u, ''))) ||
      // (stop 47, blind: m.hqbet6805.com, a mirror of 石台县's session story) behind the triangle a paper prints before a picture's
      // caption, "△縣人民政府縣長張勇作《政府工作報告》", "△縣人大常委會主任、大會執行主席施道良主持大會" (they were paragraphs)
      (text.length <= 62 && /^[△▲]\s*(?=\p{Script=Han})/u.test(text) && numberedCaption(text.replace(/^[△▲]\s*/u, ''))) ||
      // (stop 60, blind: www.xgll.com.cn, 迪庆's session story) behind the triangle and closed by its photographer's credit in brackets,
      // whatever its words: "▲ 1月11日,迪庆藏族自治州第十二届人民代表大会第一次会议在香格里拉县城隆重开幕。(永基卓玛 摄)", "▲ 黄政红代表州人民
      // 政府向大会作《政府工作报告》。(马建军 摄)" (they were paragraphs, the second with its sentence a bold lead) — one sentence at most
      (text.length <= 100 && /^[△▲]\s*(?=\p{Script=Han}|[0-9])[^。！？!?]{4,80}[。]?\s*[（(][^（）()]{0,16}?[摄攝](?:影)?\s*[）)]$/u.test(text.trim())),
  },
  {
    rule: 'caption',
    label: "photographer's credit",
    // (stop 49, blind: tech.jiangsulong.com) a photographer's credit alone on its line, its picture gone: "中新社采访人员 杨艳敏 摄" (a
    // content farm's 采访人员 for 记者), "本报记者 王震 摄" (it was a paragraph) — an outlet or a role before the name, or a space
    // between the name and 摄 (not "全景拍摄", a phrase)
    test: (text) => {
      const t = toSimplified(text.trim());
      return t.length <= 40 && (
        /^(?:\p{Script=Han}{1,10}?(?:社|网|报|台|新闻|客户端)\s*)?(?:本报|本台|本刊)?(?:摄影)?(?:记者|通讯员|采访人员|实习生)\s*\p{Script=Han}{2,4}(?:[、\s]+\p{Script=Han}{2,4}){0,3}\s*摄(?:影)?$/u.test(t) ||
        /^\p{Script=Han}{2,4}(?:[、\s]+\p{Script=Han}{2,4}){0,3}\s+摄$/u.test(t)
      );
    },
  },
  {
    rule: 'caption',
    label: 'photo caption',
    // (stop 50, blind: news.takungpao.cn) a Hong Kong paper's caption behind its "图:" mark, over the story: "图:国务院总理李克强在十三届
    // 全国人大第一次会议作政府工作报告 资料图片" (it was the title) — one clause at most, its credit or "资料图片" after it or not; a report's
    // chart is numbered ("图1 …"), no colon
    test: (text) => text.length <= 90 && /^图\s*[:：]\s*(?=\p{Script=Han})[^。；;！？!?]{4,80}[。]?$/u.test(text) && !/[。]./u.test(text),
  },
  {
    rule: 'caption',
    label: 'photo caption',
    // (stop 61, mends61; blind60a's news.cjn.cn) a few words of a caption closed by its photographer's credit after a space, no
    // sentence mark: "外国友人在会场旁听 记者彭年 摄" under the headline (it was read, with the line over it, as the headline's deck) —
    // the credit a reporter's role and name, or a name set apart from 摄
    test: (text) => {
      const t = toSimplified(text.trim());
      return t.length <= 40 && /^[^。，,；;：:！？!?\s]{4,24}\s+(?:(?:\p{Script=Han}{1,10}?(?:社|网|报|台)\s*)?(?:本报)?(?:记者|通讯员|实习生)\s*\p{Script=Han}{2,4}(?:[、\s]+\p{Script=Han}{2,4}){0,2}\s*|\p{Script=Han}{2,4}(?:[、\s]+\p{Script=Han}{2,4}){0,2}\s+)摄$/u.test(t);
    },
  },
  {
    rule: 'caption',
    label: "a cover picture's caption",
    // (stop 61, mends61; blind60b's wiwiwiki.kfd.me) what a wiki or a story prints under the report's cover picture, alone on its
    // line: "本施政報告封面", "2023年政府工作报告封面" (it was a paragraph) — a name of the document and 封面, no mark, no sentence
    test: (text) => /^(?:本|该|該|此)?[\p{Script=Han}0-9０-９]{2,14}?(?:报告|報告|白皮书|白皮書|规划|規劃|纲要|綱要)(?:的)?封面$/u.test(text.trim()),
  },
  {
    rule: 'page-info',
    label: "the story's outlet in brackets",
    // (stop 61, mends61; blind60a's news.cjn.cn) a paper's name alone in brackets under a story's headline, "(长江日报)": where the
    // story came from (it was read as the headline's deck)
    test: (text) => /^[（(]\s*\p{Script=Han}{2,10}?(?:日报|日報|晚报|晚報|早报|早報|时报|時報|商报|商報|新闻网|新聞網|通讯社|通訊社)\s*[）)]$/u.test(text.trim()),
  },
  {
    rule: 'image',
    label: "an image's placeholder",
    // (stop 60, blind: www.cpcoupon.com, a mirror of 吴中区's portal) what a copy kept of a picture, its alt word alone on its line:
    // "img" (it was the text's first paragraph, and with it standing there the portal's three office names over the title were read
    // as the title's first lines)
    test: (text) => /^(?:img|image|图片|圖片)$/iu.test(text.trim()),
  },
  {
    rule: 'caption',
    label: 'photo caption',
    // (stop 60, blind: fangyuanxl.com's copy of 台州's session story) a caption saying what its picture shows, alone on its line under
    // it: "图为代表、委员听报告", "图为张兵市长作政府工作报告" (the first was made a heading) — "图为" and one clause, no sentence inside
    test: (text) => text.length <= 40 && pictureShows.test(text.trim()) && /^[^。；;！？!?，,：:]{4,38}[。]?$/u.test(text.trim()),
  },
  {
    rule: 'caption',
    label: 'photo caption',
    // (stop 54, blind: sjz.hebccw.cn) a file photo's caption, a place or a few words and the paper's "资料图" after the stop:
    // "石家庄。资料图" — alone on its line under the picture's place (it was a paragraph); no clause before it
    // (stop 56, blind: imasd-velecdom.com, a copy of 人民网's story) or the body that gave the picture after the stop, "《2024年财政年度
    // 施政报告》。特区政府新闻局供图" (they were paragraphs, the report's name made their lead)
    test: (text) => text.length <= 48 && /^[^。，,；;：:！？!?]{1,30}[。．.]\s*(?:资料图|资料图片|资料照片|資料圖|資料圖片|資料照片|\p{Script=Han}{2,16}?(?:供图|供圖))$/u.test(text),
  },
  {
    rule: 'caption',
    label: "picture's credit",
    // (stop 49, mends49; blind48a's ourchinastory.com: "2024政府工作报告01" / "(当代中国制图)" under each chart) a picture's credit alone on
    // its line, in brackets: who drew or took it (…制图, …供图, …摄), "图/新华社", "资料图片" — no clause in it (was: a paragraph
    // "2024政府工作报告01（当代中国制图）"); the picture's numbered label over it goes with it (boilerplate.ts pictureLabels)
    // (stop 50, blind: news.sd.cn) "【资料图】", in corner brackets, and "(相关资料图)" (the evening paper's, blind49b's gap) — it was taken
    // for the page's title line
    // (stop 55, blind: bj.gqsoso.com, a copy of 千龙网's story) and the file photo's note with its disclaimer, "(资料图片仅供参考)"
    test: (text) => text.length <= 30 && /^[（(【\[]\s*(?:[图圖]\s*[/／:：]\s*[^（）()【】，,。；]{1,16}|[^（）()【】，,。；]{1,16}?(?:制图|製圖|供图|供圖|绘图|繪圖|摄|攝)|(?:相关|相關)?(?:资料图片?|資料圖片?)(?:仅供参考|僅供參考)?)\s*[）)】\]]$/u.test(text),
  },
  {
    rule: 'caption',
    label: 'chart placeholder',
    // (stop 50, blind: dyrmt.com) a final-accounts explanation's chart left as its caption and kind in brackets, alone on its line:
    // "(图1:收、支决算总计变动情况图)(柱状图)", "(图2:收入决算结构图)(饼状图)" — the chart is not on the page, its words no sentence
    test: (text) => text.length <= 60 && /^[（(]\s*图\s*[0-9]{1,3}\s*[:：][^（）()。；]{2,40}[）)]\s*(?:[（(][^（）()。；]{1,8}图[）)])?$/u.test(text),
  },
  {
    rule: 'caption',
    label: 'video caption',
    // (stop 50, blind: www.cz44.com) "△央视财经《正点财经》栏目视频": a TV site's caption under its video or picture, a triangle before
    // it, naming what it shows — no sentence's stop
    test: (text) => text.length <= 60 && /^[△▲]\s*[^。；！？!?]{2,50}?(?:视频|視頻|画面|畫面|截图|截圖|图|圖|照片)$/u.test(text),
  },
  {
    rule: 'caption',
    label: 'photo caption',
    // (stop 48, blind: bj.crntt.com) "全国政协副主席苏辉报告提案工作情况(中评社 徐梦溪摄) |": a picture's caption of any words closed by
    // its photographer's credit in brackets, no clause in it, a layout cell's bar after it or not (it was the page's title)
    // (stop 54, mends54; blind53b's 010baizhang.com, a copy of 中國網's press-conference page) or the outlet and its photographer alone
    // in the brackets, no 摄: "國家統計局新聞發言人、國民經濟綜合統計司司長盛來運先生(中國網胡迪)" (it was the page's title) — an outlet's
    // name (…网, …社, …报, …台) then a name of two or three characters, no verb of publishing (发布, 讯, 报道 …)
    test: (text) =>
      text.length <= 80 &&
      (/^[^，,。；;：:！？]{4,60}[（(]\s*[^（）()\n]{0,16}?[摄攝](?:影)?\s*[）)]\s*[|｜]?$/u.test(text) ||
        /^[^，,。；;：:！？（）()]{4,60}[（(]\s*\p{Script=Han}{1,8}?(?:网|網|社|报|報|台)\s*(?!发布|發佈|發布|转载|轉載|讯|訊|报道|報道|消息|供稿|整理|编辑|編輯|评论|評論|综合|綜合|专稿|專稿|记者|記者)\p{Script=Han}{2,3}\s*[）)]\s*[|｜]?$/u.test(text)),
  },
  {
    rule: 'caption',
    label: 'photo caption',
    // (stop 46, blind: www.zhushan.cn) the captions of a session's group discussion, each under its picture: "县政协副主席张友庆在小组
    // 参加讨论", "来自乡镇的委员在分组讨论" — who, 在 where, discussing or deliberating; no mark, no number (a heading has one)
    test: (text) => text.length <= 30 && !/[，。；：、,;:]/u.test(text) && !/^[（(]?[一二三四五六七八九十0-9]/u.test(text) && /^\p{Script=Han}{2,}在\p{Script=Han}{0,10}?(?:参加|分组)?(?:讨论|审议)(?:现场)?$/u.test(text),
  },
  {
    rule: 'caption',
    label: 'photo caption',
    // (stop 46, blind: udn.com) a Taiwan or Hong Kong paper's caption, its picture's source in brackets closing it: "中共官員24日公開強調，
    // …。（圖／截自央視）", "（圖／取自新華社）", "（資料照片）" — the caption is printed again under the picture, as the page's
    // lede is below it
    // (stop 50, blind: yyh998.com, 梅州's portal) or the pictures' source in words, "梅縣區代表團分組討論現場,與會代表積極發言。(以上圖片均
    // 來源:掌上梅州  吳騰江 攝)" (it was a paragraph)
    // (stop 51, blind51a's finding) not a note that the figures are left out, "…控制在4%以内。(图/表略)": the report's own sentence
    // before it (it was removed whole, the report's words lost) — what follows the slash is a source, never 略
    test: (text) =>
      text.length <= 200 &&
      (/[（(]\s*(?:图|图片|照片|摄影|资料照片|资料图片)\s*(?:[／/]\s*(?![^（）()\n]*略\s*[）)]$)[^（）()\n]{1,20})?[）)]$/u.test(text) ||
        /[（(]\s*(?:以上|上|下)?(?:图片|照片)均?(?:来源|来自|提供)\s*[:：]\s*[^（）()\n]{1,30}[）)]$/u.test(text)) &&
      /[。！？]\s*[（(]/u.test(text),
  },
  {
    rule: 'caption',
    label: 'photo caption',
    // (stop 45, blind: lxtdedu.com, a banner's session news) "开幕会会场", "大会现场", "分组讨论现场一角": a picture's caption naming
    // the hall alone on its line — no sentence, no outline number (a heading has one); it was the page's title
    // (stop 46, blind: rd.qyxgov.cn) and a delegation's name alone under its picture, "蓉城代表团", "新河·朱备·部队代表团"
    // (stop 48, blind: grassland.china.com.cn) or the hall of a session named in full, any length: "内蒙古自治区十三届人大一次会议开幕现场"
    // (it was made a heading) — a congress's or a CPPCC's sitting, then its scene; no heading names a sitting's scene
    test: (text) =>
      hallCaption(text, 10) ||
      /^(?![一二三四五六七八九十]+、)[\p{Script=Han}·、]{1,16}代表团$/u.test(text) ||
      /^\p{Script=Han}{0,24}?(?:人大|政协|人民代表大会)\p{Script=Han}{0,16}?(?:会议|大会)(?:开幕式?|闭幕式?|开幕会|闭幕会)?(?:现场|会场)(?:一角|全景)?$/u.test(text),
  },
  {
    rule: 'caption',
    label: 'photo caption',
    // "3月11日,最高人民检察院检察长曹建明在十一届全国人大五次会议上作最高人民检察院工作报告。 新华社记者 姚大伟 摄":
    // a news agency's dated caption — one sentence (the day, who, at which session, 作 the report) and the
    // photographer's credit; without the credit it is a sentence of a news lede, and stays. (Stop 44, blind: tech999999.com)
    // Or two sentences, the session, then who presented the report: "3月8日,十四屆全國人大二次會議在北京人民大會堂舉行第二次全體
    // 會議。受全國人大常委會委托,趙樂際委員長向大會報告全國人大常委會工作。新華社記者 王曄 攝" (rules read the line's
    // simplified probe, boilerplate.ts).
    test: (text) =>
      text.length <= 200 &&
      /^[0-9]{1,2}月[0-9]{1,2}日\s*[，,]\s*(?:[^。；！？]{2,80}?。)?[^。；！？]{2,80}?(?:作[\p{Script=Han}《》“”]{2,30}?报告|向(?:大会|会议)报告[^。；！？]{0,24}?工作)。\s*(?:新华社|本报|中新社)?(?:[\p{Script=Han}]{0,8}记者)\s*[\p{Script=Han}·\s]{2,8}?\s*摄$/u.test(text),
  },
  {
    rule: 'image-name',
    label: "photo gallery's count",
    // (stop 45, blind: zh.hk01.com) "+1": a gallery's "one more picture" button alone on its line, where a picture was
    test: (text) => /^\+[0-9]{1,3}$/.test(text),
  },
  {
    rule: 'page-head',
    label: 'topic tags',
    // (stop 45, blind: hk.mobi.yahoo.com, a Now 新聞台 story) "#要聞": the story's topic tags alone on their line, a word after each #
    // (no heading: a Markdown heading has a space after its #; each tag a word of up to eight letters or characters, no mark
    // in it — a wrapped line of text that starts with "#" is longer, or ends on its sentence's mark)
    test: (text) => /^(?:[#＃][\p{Script=Han}A-Za-z0-9]{1,8}[#＃]?\s*){1,5}$/u.test(text),
  },
  {
    rule: 'image-name',
    label: 'image file name',
    // "2 (1).jpg", "微信图片_20240701084817.jpg" (held-out round 30): a picture's file name a portal prints where the
    // picture was (its alt text), alone on its line — no clause, no stop; a sentence naming a file keeps it.
    test: (text) =>
      (text.length <= 60 && /^[^\s，,。；;：:、！？]+(?:\s*[（(][0-9]{1,3}[)）])?\.(?:jpe?g|png|gif|bmp|webp|tiff?)$/iu.test(text)) ||
      // (stop 53, blind: m-zhuxi.cjyun.org) a phone's or WeChat's own name for a picture with its extension lost, "微信图片_20211215154622",
      // "IMG_20230105_093012": the app's word and the time it was taken in figures, nothing else on the line
      /^(?:微信图片|微信截图|截图|图片|IMG|DSC|DSCN|mmexport|wx_camera|Screenshot)[_-]?[0-9]{8,17}(?:[_-][0-9]{1,6})?$/iu.test(text) ||
      // (stop 54, blind: sjz.hebccw.cn) a CMS's placeholder name for the story's picture, its number zero-padded, "图片01" — alone on
      // its line where the picture was (it was a paragraph); a report's chart is "图1", never padded
      /^(?:图片|圖片)\s*0[0-9]{1,2}$/u.test(text) ||
      // (stop 49, blind: www.lnhtbio.com) what a Markdown picture's place leaves when its "![](…" went with the line before: the
      // file's end and the bracket alone, ".jpg)" (it was a paragraph, twice)
      (text.length <= 60 && /^[^\s，,。；;：:、！？()（）]*\.(?:jpe?g|png|gif|bmp|webp)\)$/iu.test(text)) ||
      // (held-out round 33) "![]() |": a picture's place as the page's text renders it in Markdown (empty here), maybe in a
      // table's cell, alone on its line — no word of the text (a sentence naming a picture in these words keeps it)
      imageMarksLine.test(text) ||
      // (stop 53, blind: m.cornels-photography.com) a picture as a reader's text export writes it, "<image>data:image/s3,"s3://crabby-images/bac57/bac571c7fd083abbb716f83716df2ab5ad61c8f1" alt="重慶市水資源公報_第1頁"</image>": a document site's page
      // images one a line over its text — its tag alone on the line (they were paragraphs)
      // (stop 61, blind: heilongjiang.dbw.cn) or in a table's cell, the cell's bar after it: "<image>…</image> |" (it was a paragraph)
      /^<image>[^<>]{0,400}<\/image>(?:\s*[|｜])?$/u.test(text),
  },
  {
    rule: 'separator',
    label: 'separator line',
    // "***************************************" under a press release's heading, "|" left of a layout table's cell:
    // one symbol repeated (three or more), or table bars alone — no word. (Dashes are left alone: "——" leads a line of text.)
    // (stop 40, blind, gaozipu.com) a banner's close button, "×", alone on its line
    // (held-out round 47, epaper.scdaily.cn: "•     " between the title and the speaker) a list's bullet alone, an empty item of the
    // page's list — no word (a bullet with an item behind it is head-lines' bulletedLine, kept for the rules that read it)
    // (stop 46, blind: m.nepao.com) "``": a code fence's backticks or quotes left alone on their line by the page's editor; (fjsgwy.org)
    // a stray backslash alone on its line
    // (stop 47, blind: scdyrd.gov.cn) "lll" after the text: a layout's bars typed as small Ls (not "III", a Roman three)
    // (held-out round 49, hlgyp.cn) the dots that glued a title printed again to the text ("…."), once split off (an ellipsis
    // alone, "……", a story's elision, stays)
    // (stop 55, blind: zdhzb.com.cn, a development zone's story) "☟☟☟": pointing hands or arrows alone, a post's "read on" mark
    test: (text) => /^(?:[☟👇⬇↓▼▽⇩]\s*){1,6}$/u.test(text.trim()) || /^([*＊=＝_~#＃])\1{2,}$/u.test(text) || /^([*＊=＝_~#＃])(?:[ \u3000]+\1){2,}$/u.test(text.trim()) || /^l{3,}$/u.test(text) || /^[|｜](?:\s*[|｜])*$/u.test(text) || /^[×✕✖]$/u.test(text) || /^[•●▪◆■]$/u.test(text.trim()) || /^(?:`{2,}|'{2,}|"{2,}|\\{1,3})$/u.test(text.trim()) || /^(?:…{1,2}[．.。]|[.]{2,6})$/u.test(text.trim()),
  },
  {
    rule: 'page-info',
    label: 'flipbook page label or gazette running header',
    test: (text) =>
      // "Page 9 - 2022年第2期", "P. 9": a flipbook's (basic-html export of a printed PDF) page title and page label
      /^Page\s+[0-9]{1,4}\s+-\s+\S.{0,40}$/u.test(text) ||
      /^P\.\s?[0-9]{1,4}$/.test(text) ||
      // "·工作报告· 2/2022 大同市人民政府公报": a periodical's running header — its column between dots, the issue, its name
      /^(?:[·•]\p{Script=Han}{2,8}[·•]\s*)?(?:[0-9]{1,2}\s*\/\s*(?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}\s*年\s*第\s*[0-9]{1,3}\s*期)\s*\p{Script=Han}{2,20}(?:公报|学报|杂志|月刊|周刊|半月刊)$/u.test(text),
  },
  {
    rule: 'lost-text',
    label: 'a bracket alone on its line',
    // (stop 54, mends54; blind53b's www.wzrd.gov.cn, a court's report to the standing committee: "温州市中级人民法院" / "(" / "主任、副
    // 主任、秘书长、各位委员:") a bracket alone on its line — what is left of a line whose words the page lost, the occasion in
    // brackets most likely, or "(二)…" cut after its bracket (it was a paragraph, unsaid); said as lost (line-messages.ts sayRemoved)
    test: (text) => /^[（(]$|^[）)]$/u.test(text.trim()),
  },
  {
    rule: 'page-info',
    label: 'byline and view counter',
    // (stop 54, mends54; blind53b's www.8lve.cn, a trade site's copy of 福建's 2018 bulletin story) the post's byline and its view
    // counter's label, the count lost, alone under the headline: "環衛在線新聞組 瀏覽" (it was a heading, then a paragraph) — a desk,
    // an editor or a site's name, a space, the label (浏览, 阅读, 点击 and their counts' names) with no figure
    test: (text) =>
      text.length <= 30 &&
      /^\p{Script=Han}{0,12}(?:新闻组|新聞組|编辑部|編輯部|新闻中心|新聞中心|小编|小編|管理员|管理員|编辑|編輯|记者|記者|通讯员|通訊員|网|網|站|社|台)\s+(?:浏览|瀏覽|阅读|閱讀|点击|點擊|人气|人氣)(?:次数|次數|量|数|數)?\s*[:：]?$/u.test(text),
  },
  // (stop 59, blind: www.kmdn.gov.tw) "回頁首": a Taiwan page's back-to-top link, 页首 for 顶部 (it was a paragraph)
  { rule: 'home-link', label: '“back to home” link', test: short(/(返回首页|回到首页|返回顶部|设为首页|回到顶部|回页首|回到页首|返回页首)/) },
  // (stop 54, blind: glaivesports.com, a copy of 新华网's mobile page) "轻触这里,加载下一页": a mobile page's button that loads the
  // story's next page, alone on its line (it was a paragraph); "点击加载更多", "点击查看下一页" the same
  // (stop 54, blind: zwdu.net, a reading site's mobile page) its prompt to install its app or add the page to the phone's home screen,
  // each line alone: "请安装我们的客户端", "下载APP", "添加到主屏幕", "请点击,然后点击“添加到主屏幕”" (the first was the title)
  {
    rule: 'home-link',
    label: 'app promotion',
    test: anchored(/^(?:请安装我们的客户端|请?下载\s*(?:APP|App|app|客户端)|添加到(?:主屏幕|桌面)|请点击\s*[，,]?\s*然后点击\s*[“"]?添加到(?:主屏幕|桌面)[”"]?)[！!。]?$/u),
  },
  { rule: 'home-link', label: "a mobile page's load-more button", test: anchored(/^(?:轻触|点击|点按|触摸)(?:这里|此处|屏幕)?[，,]?\s*(?:加载|查看|阅读|浏览)(?:下一页|更多|全文|剩余全文)[>》]*$/u) },
  // (stop 54, blind: news.migage.com, an aggregator's copy of a 新华网 story) "Source": the aggregator's link to the story's source,
  // its English label alone on its line on a Chinese page (it was the first paragraph)
  { rule: 'page-info', label: "an aggregator's source link", test: (text) => /^(?:Source|SOURCE|source)\s*[:：]?$/u.test(text) },
  // (stop 52, mends52; blind51a's wandouwx.com, a novel site's chapter page) "阅读设置(推荐配合 快捷键[F11] 进入全屏沉浸式阅读)" and the
  // panel's close button "设置X": a reading site's reader bar — its settings (font, background, full screen, keys), no sentence;
  // the template many novel sites share (it was the title). Not "阅读设置…的报告" nor a sentence about reading.
  {
    rule: 'page-info',
    label: "a reading site's reader bar",
    test: (text) =>
      (text.length <= 60 && /^(?:阅读设置|閱讀設置|阅读模式|閱讀模式)/u.test(text) && /快捷键|快捷鍵|全屏|字体|字體|背景|护眼|護眼|夜间|夜間|F11/u.test(text) && !/[。！？；]/u.test(text)) ||
      /^(?:阅读)?设置\s*[X×✕]$/u.test(text),
  },
  // (stop 51, mends51; blind50a's m.dawendou.com) "班级: 学号: 姓名: 正文字数:1589": a form's labels with nothing filled in after them, three or
  // more in a row (a count after the last at most) — an essay template's header, no word of the text (it was the first paragraph)
  { rule: 'page-info', label: 'empty form fields', test: (text) => text.length <= 60 && /^(?:\p{Script=Han}{2,6}\s*[:：]\s*){3,}(?:[0-9]{1,6}\s*字?)?$/u.test(text) },
  // (stop 51, mends51; blind50b's fxbaogao.com) "您的浏览器禁用了JavaScript(…),请解除该禁用,或者联系我们。[…]:…公报 - 发现报告": a page's
  // <noscript> notice, what a copy keeps of a page read without scripts (with the page's <title> after it, repeated below) —
  // the browser's notice, never a report's sentence (it was the first paragraph)
  {
    rule: 'page-info',
    label: "the page's notice to a browser without JavaScript",
    test: (text) => text.length <= 160 && /^(?:[您你]的)?(?:浏览器|瀏覽器)(?:禁用了|已禁用|不支持|未启用|未啟用|没有启用|沒有啟用|未开启|未開啟)\s*(?:JavaScript|JS|脚本|腳本)|^(?:请|請)(?:启用|啟用|开启|開啟|打开|打開)(?:[您你]的)?(?:浏览器|瀏覽器)?(?:的)?\s*JavaScript/iu.test(text),
  },
  // (stop 50, blind: szfao.gov.cn) "天气预报: ; 多云,早晚有轻雾": a portal's weather widget over its page, the forecast after its label,
  // no sentence (it was a paragraph)
  { rule: 'page-info', label: 'weather widget', test: (text) => text.length <= 40 && /^(?:今日|今天)?天气(?:预报)?\s*[:：]/u.test(text) && !/[。！？]/u.test(text) },
  // "回首页", "返 回", "回顶部", "点击查看全文", "立即下载": a mobile page's buttons, alone on their line (红网's pages)
  {
    // (stop 49, blind: www.824939.com, tjhcsty.com, wfhtedu.com) "日韩aaa久久蜜桃av,玖玖玖国产精品,成人爱爱网址,…": an adult site's search terms a
    // spam mirror prints over the page it copied, phrases a comma apart, no sentence — three or more, two or more of them in its
    // vocabulary (it was the title)
    rule: 'keyword-chain',
    label: "a spam mirror's keywords line",
    test: (text) => {
      if (text.length > 200 || /[。；！？]/u.test(text)) return false;
      // (stop 50, blind: ischool.net.cn) or a hyphen apart, the site's title over a copy of 中國臺灣網's story: "91亚洲国产成人久久精品网站-
      // 91亚洲国产-91性视频-91新网址-在线黄色网页-在线黄色网" (it was the title)
      // (stop 52, blind: nonggai.com.cn) or an underscore apart, as a site's title joins its parts: "国产成人无码a区在线观看_亚洲欧美日韩
      // 精品一区二区成人_…" over a mirror's copy of a ministry's bulletin (it was a paragraph, and the bulletin's title unread)
      // (stop 53, blind: www.8lve.cn) or a bar apart, "操操操免费视频播放|一牛影视无码一二三区|日韩黄色最新一级片|…" over a mirror's copy
      // of a province's environment bulletin story (it was a paragraph)
      const items = text.split(/\s*[,，、_|｜]\s*|\s*-\s*/u).filter(Boolean);
      // (国产, 精品, 欧美, 久久为功 are a report's words too: one term of the trade's own among them)
      const adult = /毛片|无码|熟女|日韩|欧美|久久(?!为功)|一区二区|不卡|蜜桃|麻豆|爱爱|(?<![A-Za-z])av(?![A-Za-z])|国产|精品|免费观看|在线观看|男人本色|黄色网|性视频|色图/iu;
      const trade = /毛片|无码|熟女|一区二区|不卡|蜜桃|麻豆|爱爱|(?<![A-Za-z])av(?![A-Za-z])|男人本色|久久(?:久|精品|热|爱|视频|国产|综合|免费)|日韩(?:精品|无码|视频)|国产(?:精品|不卡|乱|自拍|在线)|黄色网|性视频|亚洲色图/iu;
      return items.length >= 3 && items.every((item) => item.length <= 30) && items.filter((item) => adult.test(item)).length >= 2 && trade.test(text);
    },
  },
  // (stop 50, blind: zzsj.com.cn) a betting brand alone on its line, between decorations, over a mirror's copy: "➒凯发k8国际首页➓" (it
  // was the title) — injected-spam.ts's words and nothing else
  { rule: 'keyword-chain', label: "a betting site's name", test: spamAlone },
  // (stop 54, blind: m.ttocc.com) a gambling mirror's row of links under the story, spaces apart: "leyu欧洲杯app 必威官方登录 华体会hth 米乐
  // 网址 365足球外围平台 万博全站app …" (a paragraph) — six items or more, no clause or stop, most of them a site's name for itself (its
  // app, 官网, 官方登录, 网址, 平台, 入口), one of the betting trade's words among them (not 体育, 足球 or 彩票: a report's row of its
  // own platforms may name a sports venue's)
  {
    rule: 'keyword-chain',
    label: "a betting site's links",
    test: (text) => {
      if (text.length > 200 || /[，,。；;：:！!？?、]/u.test(text)) return false;
      const items = text.trim().split(/[\s\u3000]+/u);
      const sites = items.filter((item) => /(?:app|APP|App|官网|官方网站|官方登录|网址|网站|平台|入口|客户端|hth)$/u.test(item));
      return items.length >= 6 && sites.length * 2 >= items.length && items.some((item) => /欧洲杯|世界杯|外围|娱乐|棋牌|博彩|bet|365|hth/iu.test(item));
    },
  },
  // (stop 53, blind: www.0709012.com) a spam mirror's links to private clinics under the text, one a line: "保定白癜风好的医院",
  // "石嘴山哪家医院治疗白癜风", "什么药治疗厌食症" (paragraphs) — a disease such clinics advertise and an advertisement's words (which
  // hospital, how to treat, what it costs), nothing else: no clause or stop (a report's line on a disease's prevention is a sentence)
  {
    rule: 'keyword-chain',
    label: "a clinic's advertising link",
    test: (text) =>
      text.length <= 24 &&
      !/[，,。；;：:！!？?、]/u.test(text) &&
      /白癜风|牛皮癣|银屑病|癫痫|羊癫疯|不孕不育|男科|妇科病|阳痿|早泄|前列腺炎|尖锐湿疣|狐臭|痔疮|厌食症/u.test(text) &&
      /医院|哪家|哪里|哪个|怎么治|怎样治|如何治|治疗|什么药|偏方|费用|多少钱|专家/u.test(text),
  },
  // (stop 49, blind: zjxj.gov.cn) "点击查看解读", "查看图解": a portal's link from a document to its explanation, alone on its line
  { rule: 'home-link', label: 'mobile page button', test: anchored(/^(?:回首页|回顶部|返\s*回|点击查看全文|立即下载|下载客户端|打开APP|APP内打开|(?:点击)?查看(?:政策)?(?:解读|图解))$/iu) },
  // (stop 39) "下载凤凰新闻网APP客户端,随时随地看新闻!": a news site's line asking for its app, alone on its line
  { rule: 'home-link', label: 'app promotion', test: anchored(/^下载\p{Script=Han}{2,10}(?:APP|App|app)?客户端[，,]?\s*(?:随时随地看新闻|阅读更多|查看更多)?[！!。]?$/u) },
  // (stop 58, blind: m.tftnews.com, mayste.cn) a site's line sending the reader to more of it, alone under the text: "更多精彩资讯请关注
  // tft每日頭條，我们将持续为您更新最新资讯！", "更多內容請查看“經點問答”專欄" (they were the text's last paragraph) — 更多 (its content's
  // kind), 请 and where to look, maybe the site's promise after a comma, nothing else on the line (read simplified)
  { rule: 'home-link', label: "a site's pointer to more of it", test: (text) => text.length <= 60 && /^更多(?:精彩|相关)?(?:内容|资讯|新闻|信息|文章|资料|报道|视频)?[，,]?\s*请(?:查看|关注|访问|点击|登录|下载|移步|搜索)[^。！!？?]{1,30}?(?:[，,][^。！!？?，,]{1,30})?[。！!]?$/u.test(toSimplified(text.trim())) },
  // (stop 55, blind: www.81.cn, 解放军报's e-paper) "解放军报客户端": the paper's app named alone on its line over its slogan (it was
  // made a heading, its slogan the page's title) — a name of two to ten characters and 客户端, nothing else
  { rule: 'home-link', label: 'app promotion', test: anchored(/^\p{Script=Han}{2,10}(?:APP|App|app)?客户端$/u) },
  // (stop 55, blind: audit.sz.gov.cn) "政府邮箱登录": a portal's link to its staff mailbox at the page's top (it was glued before the
  // report's title) — the mailbox and its login, nothing else on the line
  { rule: 'home-link', label: 'account link', test: anchored(/^(?:政府|政务|电子|内部)?(?:邮箱|邮件)(?:登录|登陆|入口)$/u) },
  // (stop 50, blind: news.qtv.com.cn) a TV station's app box under the story, one line each, a bullet before: "● 扫描二维码下载",
  // "● 随时随地收看更多新闻" — nothing else on the line
  { rule: 'home-link', label: 'app promotion', test: anchored(/^[●•·]?\s*(?:扫描?二维码(?:下载|安装|关注)(?:客户端|APP)?|随时随地(?:收看|观看|阅读|看)更多(?:新闻|精彩|资讯|视频))[！!。]?$/iu) },
  // (stop 53, blind: www.86zw.la) "手机浏览器扫描二维码访问": a page's prompt to read it on a phone, over its text (it was the title) —
  // the phone or its browser, scanning the code, and reading or opening the page, nothing else on the line
  { rule: 'home-link', label: 'QR code prompt', test: anchored(/^[●•·]?\s*(?:用|请用|请使用)?(?:手机|微信)?(?:浏览器)?(?:扫描|扫一扫|扫码|扫)(?:下方|上方|右侧|左侧|页面)?二维码(?:访问|阅读|浏览|打开|查看)(?:本页|本文|本站|当前页|手机版)?[！!。]?$/u) },
  // (held-out round 41) "购物车", "我的足迹": a document shop's account links, alone on their line; "加入Vip免费下载 立即下载":
  // its download bar, nothing but its buttons.
  { rule: 'home-link', label: 'account link', test: anchored(/^(?:购物车|我的足迹|我的收藏|我的订单|个人中心|会员中心)$/u) },
  // (stop 52, blind: www.hnsjb.cn) a mobile page's login box under the story: "手机快速登录", "密码登录", "手机快速注册" — how to sign in
  // or up, nothing else on the line
  { rule: 'home-link', label: 'account link', test: anchored(/^(?:手机|账号|帐号|密码|短信|验证码|扫码|微信|QQ)?(?:快速|快捷)?(?:登录|注册)$/iu) },
  // (stop 57, blind: zi5.net) "登陆注册": a reading site's login and sign-up links together over a book's chapter (it was the page's
  // title) — logging in (登录, its common misspelling 登陆, 登入) and signing up, either first, a bar or a slash between or none,
  // nothing else on the line
  { rule: 'home-link', label: 'account link', test: anchored(/^(?:(?:登录|登陆|登入)\s*[|｜/／·]?\s*(?:免费)?注册|(?:免费)?注册\s*[|｜/／·]?\s*(?:登录|登陆|登入))$/u) },
  // (stop 54, blind: www.haose21.com, a mirror of a government portal) its row of login links over the page, "公務安全郵箱登錄 | 政務服務門戶登錄 |":
  // two or more names of a system, each with its 登录, apart by bars, nothing else (it was a paragraph)
  { rule: 'home-link', label: 'account link', test: (text) => text.length <= 60 && /^(?:\p{Script=Han}{2,12}(?:登录|登陆)\s*[|｜]\s*){1,4}\p{Script=Han}{2,12}(?:登录|登陆)\s*[|｜]?$/u.test(toSimplified(text.trim())) },
  {
    rule: 'home-link',
    label: 'download bar',
    test: anchored(/^(?:(?:加入)?VIP(?:会员)?(?:免费)?下载|(?:立即|免费|点击|会员)下载|下载(?:文档|全文|本文)|文档下载)(?:\s+(?:(?:加入)?VIP(?:会员)?(?:免费)?下载|(?:立即|免费|点击|会员)下载|下载(?:文档|全文|本文)|文档下载))*$/iu),
  },
  // (stop 53, blind: m.mucunshu.com) "logo": the site's logo, its image's alt text alone on its line over the story (it was a paragraph)
  { rule: 'home-link', label: "the site's logo (its picture's alt text)", test: anchored(/^(?:网站|網站|site\s*)?logo$/iu) },
  // (stop 53, blind: xxgk.yczf.gov.cn) a portal's search panel over the page, its fields' labels one a line — "搜索位置", "匹配度",
  // "排序" (TRS's search box) — alone on their lines (the first was the title's place, the page's own title unread)
  { rule: 'home-link', label: "a search panel's labels", test: anchored(/^(?:搜索位置|搜索范围|匹配度|排序方式|排序|检索范围|高级搜索|站内搜索)$/u) },
  // (stop 53, blind: www.8lve.cn) "搜索歷史 清空記錄": a search box's history drop-down, its label and its clear button, alone on
  // their line over the story (it was the title)
  { rule: 'home-link', label: "a search box's history", test: anchored(/^(?:搜索历史|历史搜索|历史记录|最近搜索)(?:\s*(?:清空|清除|删除)(?:记录|历史|全部)?)?$/u) },
  { rule: 'bookmark', label: '“bookmark this site” link', test: short(/(收藏本站|加入收藏|收藏本页)/) },
  {
    rule: 'social',
    label: 'social media link',
    // ("分享:" alone: the share button on its line)
    test: (text) =>
      short(/(官方微博|官方微信|微信公众号|分享到|分享让更多人看到|扫一扫|扫码关注|一键分享)/)(text) ||
      /^分享\s*[:：]$/.test(text) ||
      // "关注济源网微信": a follow button naming the site's account, alone on its line (stop 42, blind: jyrb.cn)
      /^(?:请|欢迎)?关注\p{Script=Han}{1,12}?(?:官方)?(?:微信(?:公众号)?|公众号|微博|抖音号?|视频号)$/u.test(text) ||
      // (stop 50, blind: www.voujod.cn) "官方公眾號", "官方視頻號", "官方百家號", "官方抖音號": a site's accounts, one a line under the
      // story, the platform after 官方 and its 号 (only "官方微博號" was taken, by 官方微博)
      /^官方(?:微信|公[众眾]|[视視][频頻]|微博|百家|抖音|[头頭]条|[头頭]條|快手|小[红紅]书|小[红紅]書|B站)?[号號]$/u.test(text) ||
      // "微信", "微博": a share link alone on its line (round 24: "• 微信" / "• 微博" over a disclosure table)
      // (stop 49, blind: www.jmtv.cn) "Qzone", the QQ space's link by its English name, under "分享" / "微博"
      /^(?:微信|微博|新浪微博|腾讯微博|QQ空间|QQ好友|Qzone|朋友圈)$/i.test(text) ||
      // (stop 54, blind: www.996630.com, a copy of 宣城's portal) the portal's accounts in its footer, "政务微信", "政务微博" (and its
      // assistant, "智能问答"), each alone on its line or in a row — the government's accounts named by their platform
      /^(?:(?:政务(?:微信|微博|抖音|头条|快手|视频号|公众号)|智能问答)(?:[\s　|｜]+|$)){1,6}$/u.test(text) ||
      // (stop 54, blind: glaivesports.com, a copy of 新华网's page) the WeChat share box's lines: "分享到微信朋友圈×", "打开微信,点击底部的
      // “发现”,", "使用“扫一扫”即可将网页分享至朋友圈。" — its middle line alone (the others are taken by 分享到 and 扫一扫)
      /^打开微信[，,]\s*点击(?:底部|下方)的?\s*[“"]?发现[”"]?[，,]?(?:使用\s*[“"]?扫一扫[”"]?即可将网页分享(?:至|到)朋友圈[。.]?)?$/u.test(text) ||
      // (stop 48, blind: bsqfy.ahcourt.gov.cn) "新浪微博 腾讯微博": the share links as a row under the story
      /^(?:(?:微信|微博|新浪微博|腾讯微博|QQ空间|QQ好友|Qzone|朋友圈|人人网|豆瓣网?)(?:[\s　|｜]+|$)){2,6}$/iu.test(text) ||
      // (stop 54, blind: www.cnss.com.cn) the WeChat share box's prompt as the page splits it, "分享到微信朋友圈" / "x" /
      // "打开微信,点击底部的“发现”," / "使用“扫一扫”即可将网页分享至朋友圈。": its middle line (the first and last were taken) and
      // its close button, a lone x or ×, alone on their lines (both were paragraphs)
      /^打开微信[，,]?\s*点击(?:底部|下方|屏幕底部)的?\s*[“"「]?发现[”"」]?\s*[，,]?$/u.test(text) ||
      /^[x×✕✖]$/u.test(text) ||
      // "扫码": the share box's QR code label alone on its line (stop 43, blind: bbs.hebishizx.com)
      /^扫码(?:阅读|分享|关注)?$/u.test(text) ||
      // (stop 53, blind: www.gilin.com.cn) a mini program's QR box under the story: "小程序二维码", "微信扫码体验小程序" — its
      // label and its prompt, alone on their lines
      /^(?:(?:微信)?小程序(?:二维码|码)|(?:微信)?扫(?:码|一扫)?(?:体验|打开|进入|使用)(?:微信)?小程序)$/u.test(text) ||
      // (the lead's blind pages, stop 44) "請 您 評 論 查看評論 進入社區": a news page's comment links under the story
      // (stop 47, blind: 028news.net) "『查看评论』": the link in corner brackets
      /^(?:[『【\[「]?(?:请您评论|发表评论|我要评论|查看评论|查看全部评论|进入社区|网友评论|参与评论)[』】\]」]?\s*)+$/u.test(text.replace(/\s+/gu, '')) ||
      // (stop 56, blind: www.xny365.com, a Q&A site) its widgets' labels in a row over the answer, "相关推荐 你可能关注 点击排行 我要评论"
      // (it was made a heading), and its view count, "关注热度:82" (a paragraph) — two labels or more, nothing else
      (text.split(/\s+/u).length >= 2 && text.split(/\s+/u).every((w) => /^(?:相关推荐|相关阅读|相关文章|你可能关注|猜你喜欢|点击排行|热门排行|热门推荐|热门文章|推荐阅读|最新文章|我要评论|发表评论|网友评论)$/u.test(w))) ||
      /^关注热度\s*[:：]\s*[0-9]+$/u.test(text) ||
      // "已複製連結": the share button's notice that the link was copied (a TV news page, held-out round 34)
      /^已?[复複][制製](?:[链鏈連连][接結结]|[网網]址)$/u.test(text) ||
      // "請複製以下鏈接發送給好友": the share box's prompt under its copy-link button (stop 43, blind: baike.baidu.hk)
      /^[请請]?[复複][制製](?:以下|下[面方])?[的]?(?:[链鏈連连][接結结]|[网網]址)[，,]?\s*(?:[发發]送|分享|[转轉][发發])[给給](?:[好朋]友|他人)$/u.test(text),
  },
  // (stop 52, blind: unclezhai.com) a blog's comment form's note over its fields, "您的邮箱地址不会被公开。 必填项已用 * 标注"
  // (WordPress's words; the form's heading, "发表回复", opens the comment box, boilerplate.ts) — alone on its line, the form's,
  // never a report's sentence
  {
    rule: 'social',
    label: 'comment form',
    test: (text) =>
      (text.length <= 60 && /^您的(?:电子)?邮箱地址不会被公开[。.]?\s*(?:必填项已用\s*[*＊]\s*标注)?$/u.test(text)) ||
      // (stop 53, blind: m.ximalaya.com) an empty comment box's prompt under the story, "还没有评论,快来发表第一个评论!", "暂无评论" —
      // alone on its line (it was a paragraph)
      (text.length <= 30 && /^(?:还没有|还没|暂无|暂时没有)(?:任何)?(?:评论|留言)(?:[，,]\s*(?:快来|赶快|赶紧|欢迎)?(?:发表|抢)?(?:第一个|第一条)?(?:评论|留言|沙发)?(?:吧)?)?[！!。~～]?$/u.test(text)) ||
      // (stop 59, blind: living.taronews.tw, a Taiwan news site on WordPress) the closed comment box's note, "評論被關閉。", and the
      // invitations to its pages under the story, "邀請您加入「芋傳媒」的粉絲專頁" — alone on their lines (each was a paragraph)
      /^(?:评论|留言)(?:被|已|功能已)关闭[。.！!]?$/u.test(text) ||
      (text.length <= 40 && /^(?:邀请您|欢迎)(?:加入|关注|追踪|按赞)[「“《]?[^」”》。，]{1,16}[」”》]?(?:的)?(?:粉丝专页|粉丝团|脸书专页|脸书|Facebook|官方账号|公众号)[！!。]?$/u.test(text)),
  },
  // (stop 59, blind: living.taronews.tw) the site's masthead as its first line: its Chinese name, its brand in Latin letters, a dash
  // and its motto, "芋傳媒 TaroNews - 台灣觀點.芋見真相" (it was the title, the story's headline under it a paragraph) — no
  // clause, no figure, no document's name in it
  {
    rule: 'page-head',
    label: "site's name, brand and motto",
    test: (text) =>
      text.length <= 50 &&
      /^\p{Script=Han}{1,8}\s*[A-Za-z][A-Za-z]{2,19}\s+[-–—|｜]\s+[\p{Script=Han}.．·・\s]{2,24}$/u.test(text) &&
      !documentWord.test(text.replace(/\s+/gu, '')),
  },
  // (stop 59, blind: living.taronews.tw) "圖片來源:中央社": the photo's source credit alone on its line, the photo lost (a paragraph)
  { rule: 'caption', label: "photo's source credit", test: (text) => text.length <= 30 && /^(?:图片|照片|图|相片)(?:来源|提供|出处)\s*[:：]\s*[^。，,；;：:]{1,20}$/u.test(text) },
  // "未能播放Youtube視頻": a video player's notice where the page's video would be (held-out round 34)
  { rule: 'media', label: 'video player notice', test: (text) => text.length <= 30 && /^(?:未能|无法|無法|不能)播放\S{0,16}(?:视频|視頻|影片)$/u.test(text) },
  // (stop 58, blind: e-go.org.tw) "你的瀏覽器不支援此物件": an embedded player's or object's fallback text for a browser that cannot show
  // it, alone on its line (it was a heading): the browser, a lack of support and what it is, nothing else
  {
    rule: 'media',
    label: 'embedded object fallback notice',
    test: (text) => text.length <= 40 && /^(?:[您你]的)?(?:浏览器|瀏覽器)(?:不支持|不支援|暂不支持|暫不支援|无法播放|無法播放|无法显示|無法顯示)\s*(?:此|该|該|这个|這個|本)?\s*(?:物件|对象|對象|视频|視頻|音频|音頻|影片|video|audio|HTML5|Flash|iframe|插件|外掛)(?:\s*(?:标签|標籤|播放|元素|内容|內容))?[。.！!]?$/iu.test(text),
  },
  // (held-out round 49, m.2021vvv.com: "(點擊查閱更多2003年地方政府工作報告)" over the text) a link to more of the site's pages in
  // brackets, alone on its line: the site's menu, never a title (it was 广东 2003's title; district.ce.cn's copy of 包头 2016 had
  // it removed only as the head above an occasion)
  { rule: 'navigation', label: 'link to more pages', test: (text) => /^[（(]\s*点击\s*(?:查阅|查看|阅读|浏览)更多[^（）()]{1,40}[）)]$/u.test(text) },
  // (the lead's blind pages, stop 44) "圖片報道 | 更多>> |": a sidebar's section name and its "more" link, alone on their line
  // (stop 47, blind: yogviha.cn) "中新網分類新聞查詢>>": a link's words and its arrows, alone on the line over the story (no sentence)
  // (stop 61, blind: tjgb.hongheiku.com) "选择区域:>>": a selector's label, its colon and the arrows, alone on the line under the title
  { rule: 'navigation', label: 'link', test: (text) => /^\p{Script=Han}{2,12}[:：]?\s*(?:>>|»|＞＞)$/u.test(text) && !/^(?:首页|主页)/u.test(text) },
  { rule: 'navigation', label: 'section link', test: (text) => /^[|｜]?\s*\p{Script=Han}{2,8}\s*[|｜]?\s*更多\s*(?:>{1,2}|»|＞{1,2})\s*[|｜]?$/u.test(text) },
  // (the lead's blind pages, stop 44) "图片新闻": a portal's column name alone over its story (rd.wuxi.gov.cn); "本网头条 今日要闻
  // 高层动态 政法综治 …": its menu, words apart by spaces (hkca.gov.cn) — six items at least, a column's word among them
  { rule: 'navigation', label: 'column name', test: (text) => /^(?:图片新闻|图片报道|视频新闻|头条新闻|本网头条|今日要闻|时政要闻|新闻动态|工作动态)$/u.test(text) },
  // (stop 59, blind: cmab.gov.hk) "新聞發布" printed twice over a bureau's release, its column's name (it was the title)
  { rule: 'navigation', label: 'column name', test: (text) => /^(?:新闻发布|新闻稿|新闻中心|新闻公报及刊物)$/u.test(text.trim()) },
  // (stop 55, mends55; blind54a's m.xcgcinfo.com) a city site's column named by its place, "许昌国内", "许昌国际", alone after the story:
  // the place's name (the gazetteer's, whole) and 国内/国际/本地 — no heading ("立足国内", "扩大国内" name no place)
  { rule: 'navigation', label: 'column name', test: (text) => placeColumn(text) },
  {
    rule: 'navigation',
    label: 'menu',
    test: (text) => {
      const items = text.trim().split(/[\s\u3000]+/u);
      return items.length >= 6 && items.every((item) => /^\p{Script=Han}{2,6}$/u.test(item)) && items.some((item) => /(?:首页|头条|要闻|动态|新闻|公开|服务|互动|专题|天地|人物)$/u.test(item));
    },
  },
  // "繁体字", "繁體版": the link to the page's other script, alone on its line
  // (stop 47, blind: hkcd.com.hk) "-- 天氣": the page's weather box, its reading lost (or "天气 30.1°C"), alone on its line (it was the title)
  { rule: 'navigation', label: 'weather box', test: (text) => /^[-—–~\s]*(?:天气|天氣)(?:\s*[:：]?\s*-?[0-9]{1,2}(?:\.[0-9])?\s*°?\s*[C℃]?)?$/u.test(text) },
  // (stop 47, blind: sd.sdnews.com.cn) "- 山东省十四届人大二次会议扩大列席、旁听会议人员范围2024-01-21": a related story's headline in the
  // page's list, its posting day glued after it — a list item closed by a day in figures, no sentence's stop before the day
  { rule: 'navigation', label: 'related story with its day', test: (text) => text.length <= 120 && /^[-•·]\s*[^。；！？]{6,100}?(?<![。；！？：:，,\s])(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}$/u.test(text) },
  { rule: 'navigation', label: 'script version link', test: (text) => /^(?:繁[体體]字?版?|[简簡][体體]字?版?)$/u.test(text) },
  // (stop 58, blind: www.rmhb.com.cn) "EnglishРусский язык한국어": a site's switch to its editions in other languages, each named in
  // its own language, alone on its line, run together or apart (it was a paragraph, and the story's headline under it no title)
  { rule: 'navigation', label: 'language switcher', test: (text) => isLanguageSwitcher(text) },
  // (stop 47, blind: big5.chinataiwan.cn) "台灣網移動版": the link to the site's mobile page, its name before it or not, alone on its
  // line (it was the title, the story's headline under it a paragraph)
  { rule: 'navigation', label: 'mobile version link', test: (text) => /^[•·]?\s*(?:\p{Script=Han}{2,8}?[网網])?(?:移动|移動|手机|手機|触屏|觸屏)[版端]$/u.test(text) },
  // (stop 47, blind: www.rd.gz.cn) "欢迎您,下午好!": the portal's greeting to its reader at the time of day, alone on its line (it was
  // the title)
  { rule: 'navigation', label: 'greeting', test: (text) => /^(?:(?:欢迎您|歡迎您|您好)[，,！!\s]*)?(?:上午|下午|晚上|早上|中午)好[！!]?$|^(?:欢迎您|歡迎您)[！!]?$/u.test(text) },
  {
    rule: 'counter',
    label: 'click counter',
    // (not a clause of running text: a PDF dump's wrapped line "盛会，相关报道总点击量超610亿次。那些…" is no counter; nor a
    // document's name, "关于网络平台点击量造假问题的调查报告", held-out round 37)
    // (stop 43, blind: ynmh.gov.cn) "• 访问次数 :": a counter's label in the page's meta list, its count left out
    // (stop 44: that and the older "阅读：1234次" are one pattern, stamp-row.ts counterAlone)
    test: (text) => (short(/(点击率|点击数|点击量|浏览次数|阅读次数|浏览量|阅读量|访问量)\s*[:：]?/)(text) && !/[，。；！？]/.test(text) && !documentWord.test(text.trim())) || counterAlone.test(text),
  },
  {
    // (PDF dumps, round 2) A 公文's 版记 at the foot of its last page: "抄送：…。" and "丰都县人民政府办公室  2022年9月28日印发"
    // (the office alone on the line above the date in a plain dump: issuedBy) — who else got the document and when it was
    // printed, no part of the report.
    rule: 'colophon',
    label: '公文 版记',
    test: (text) => (/^抄\s*送\s*[:：]/u.test(text) && text.length <= 200) || issuedLine.test(text),
  },
  {
    rule: 'disclaimer',
    label: 'disclaimer or reprint notice',
    test: (text) =>
      anchored(/^(本文仅代表作者观点|本文观点仅代表|免责声明|版权声明|声明\s*[:：]|凡注明|转载请注明|未经许可|未经授权|本站部分|本网站)/)(text) ||
      // (stop 48, blind: m.cqcb.com) "【免责声明】上游新闻客户端未标有…均为转载稿。": the label in brackets before the notice
      // (stop 50, blind: zguosxw.com) "【慎重声明】凡本站未注明来源为"中国商讯网"的所有作品,均转载…": 慎重声明, 郑重声明 the same label
      /^[【\[［(（]\s*(?:免责声明|版权声明|特别声明|慎重声明|郑重声明|重要声明)\s*[】\]］)）]/u.test(text) ||
      // (stop 47, blind: atoomu.net) "「轉載請註明出處」": the notice in corner brackets
      /^[「『【\[（(]\s*转载请注明(?:出处|来源)?[」』】\]）)]$/u.test(text) ||
      // An essay site's "导语：《…》一文来源于网友上传，不代表本站观点，…欢迎参考。"
      (text.length <= 160 && /(来源于网友上传|不代表本站(立场|观点))/.test(text)) ||
      // (stop 52, blind: duozy.cn) an aggregator's notice under the story: "内容声明:" alone, then its numbered items —
      // "1、本站收录的内容来源于大数据收集,版权归原网站所有!", "2、本站收录的内容若侵害到…" (the site's 本站 and what it
      // took, 收录, or whose the rights are; a report never speaks of 本站)
      /^内容声明\s*[:：]$/u.test(text) ||
      // (stop 53, blind: szxxw.com) a site's notice under the story, "声明" alone (its colon left off), then its numbered items on
      // what the site, 本站 or 本网站, takes and whose the rights are — "2、本网站部分文章来源于网络,如有侵权,请来留言告知,本站将立即改正。",
      // "3、作者投稿可能会经本站编辑修改或补充。" (were: paragraphs, the first item only removed); a report never speaks of 本站
      /^声明$/u.test(text.trim()) ||
      (text.length <= 100 && /^[0-9]{1,2}\s*[、.．]/u.test(text) && /本站|本网站/u.test(text) && /版权|侵权|转载|投稿|立场|观点|来源于网络|编辑修改/u.test(text)) ||
      (text.length <= 80 && /^[0-9]{1,2}\s*[、.．]\s*本站收录的(?:内容|文章|信息)/u.test(text)) ||
      // (the lead's blind pages, stop 44) "本評論觀點只代表網友個人觀點,不代表中國新聞網立場。": a news page's note under its comments
      (text.length <= 80 && /^本?评论观点(?:只|仅)代表网友个人观点/u.test(text)) ||
      // (stop 51, blind: m.dunya.com.cn) "所有評論僅代表網友意見,與本站立場無關": the same note in other words, under a comment box
      (text.length <= 60 && /^(?:所有|以上|网友)?评论(?:内容)?(?:只|仅)代表网友(?:个人)?(?:意见|观点|看法)/u.test(text) && /本站|本网/u.test(text)) ||
      // "作者原创,不允许二次传播,一经发现收回": a writing site's copy notice under its 版权声明
      short(/(不允许二次传播|禁止二次传播|谢绝转载|禁止转载)/)(text) ||
      // (stop 47, blind: nyxt.cn) "本文为新田新闻网原创文章，转载请附上原文出处链接和本声明。": a news site's reprint notice under its story —
      // the piece as the site's own, then what a copy must carry; one sentence, no report's words
      (text.length <= 80 && /^本文(?:系|为|是)\p{Script=Han}{2,16}?原创(?:文章|稿件|作品)?[，,]\s*(?:如需|欢迎)?转载请[^。]{0,30}。?$/u.test(text)) ||
      // (stop 41, blind: yxzx.yixian.gov.cn) "不良信息举报": the footer's link to report harmful content
      short(/(不代表本站立场|版权所有|Copyright|©|ICP备|公网安备|网站标识码|技术支持\s*[:：]|主办单位\s*[:：]|承办单位\s*[:：]|网站地图|联系我们|不良信息举报)/i)(text) ||
      // (stop 46, blind: rd.qyxgov.cn) "Copyright © 2022 rd.qyxgov.cn All Rights Reserved.": the footer's copyright line in English,
      // longer than a short line, no Chinese sentence in it
      (text.length <= 120 && /^(?:Copyright|©)/iu.test(text) && !/[。，；]/u.test(text)) ||
      // a portal's footer row, longer than a short line: "网站标识码：6104230001　陕ICP备05003213号　陕公网安备 6104…号"
      (text.length <= 160 && /(ICP备\s*[0-9]|ICP证\s*[0-9]|公网安备\s*[0-9]|网站标识码\s*[:：]?\s*[0-9A-Za-z])/.test(text)) ||
      // (stop 53, blind: slj.changzhou.gov.cn) the footer's note on how to view the site, "网站支持IPV6 推荐使用1024*768或以上分辨率,并使用
      // IE9.0或以上版本浏览器": a screen size or a browser it recommends, no sentence
      (text.length <= 100 && /(?:推荐|建议|最佳)(?:使用|浏览|显示|分辨率)/u.test(text) && /分辨率|浏览器/u.test(text) && !/[。；]/u.test(text)) ||
      // (stop 48, blind: solnowat.com) "互聯網新聞信息服務許可證 10120170024": a news site's licence number in its footer, the row
      // under its ICP line (also 网络视听 and 广播电视节目 licences)
      (text.length <= 80 && /(?:互联网新闻信息服务|信息网络传播视听节目|网络文化经营|广播电视节目制作经营)许可证\s*(?:编?号)?\s*[:：]?\s*[（(]?[0-9A-Za-z\p{Script=Han}]{0,6}[)）]?\s*[0-9]{5,}/u.test(text) && !/[。；]/u.test(text)) ||
      // (stop 56, blind: loaarchitects.com.cn, a mirror of a news site) the rows under that licence's: the telecoms licence, its
      // code a province's character, a letter, a digit and a number ("增值電信業務經營許可證:滬B2-2017116"), and the copyright row
      // with its © lost to "?" ("? 2014-2025 上海東方報業有限公司": a span of years and the company, nothing else) — were paragraphs
      (text.length <= 60 && /^(?:增值电信业务经营许可证|ICP经营许可证|电信业务经营许可证)\s*[:：]?\s*\p{Script=Han}?[A-Z][0-9]\s*[-－]\s*[0-9]{5,}$/u.test(text)) ||
      (text.length <= 40 && /^[?？©]?\s*(?:19|20)[0-9]{2}\s*[-－–—~～]\s*(?:19|20)[0-9]{2}\s*\p{Script=Han}{2,20}?(?:有限公司|集团|报业|报社|网|网站|传媒|中心)(?:\s*版权所有)?$/u.test(text)) ||
      // (stop 56, blind: macheng.com.cn) a news site's reprint notice in brackets after its story, "(版权归麻城信息港所有,转载必究。)": whose
      // the rights are and that copying is pursued, the line opening with 版权 (a report's sentence on copyright opens with its own words)
      (text.length <= 60 && /^[（(【\[]?\s*版权归[^，,。]{1,20}所有/u.test(text) && /(?:转载|翻版|盗版|违者|侵权)必究/u.test(text)) ||
      // (stop 56, blind: zijing.com.cn) a magazine's byline note over an essay, "《紫荆论坛》专稿/转载请标明出处": the outlet, 专稿, and what a
      // copy must carry — it was the page's title
      (text.length <= 40 && /^[《〈「【]?[^。，,；]{1,16}?[》〉」】]?\s*(?:独家|原创|特约)?专稿\s*[/／|｜,，、\s]\s*转载请(?:注明|标明)(?:出处|来源)?。?$/u.test(text)),
  },
  {
    rule: 'page-footer',
    label: 'site contact line',
    // "联系电话：029-36221234　地址：泾阳县…": a portal's footer; no paragraph of a report opens with such a label
    test: (text) =>
      (text.length <= 160 && /^(联系电话|联系方式|咨询电话|服务热线|办公电话|传真|邮编|邮政编码|电子邮箱|电子信箱|E-?mail|通讯地址|联系地址|地址)\s*[:：]/i.test(text)) ||
      // (stop 56, blind: macheng.com.cn, loaarchitects.com.cn) a news site's mailbox for submissions or tips, its label and the address
      // alone, "投稿邮箱: mczfw@163.com" (it was the title), and a footer's list of them with its dashes, "- 報料郵箱: news@thepaper.cn",
      // "- 報料熱線: 021-962866" (were paragraphs) — a label ending in 邮箱, 信箱 or 热线/电话 and the address or number, nothing else
      (text.length <= 80 && /^(?:[-•·*]\s*)?\p{Script=Han}{0,6}(?:邮箱|信箱|邮件|E-?mail)\s*[:：]\s*[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/iu.test(text)) ||
      (text.length <= 60 && /^[-•·*]\s*\p{Script=Han}{2,4}(?:热线|电话)\s*[:：]\s*[0-9][0-9-]{6,14}$/u.test(text)) ||
      // (stop 49, blind: www.jdnews.com.cn) a news site's header, a row a line: its telephone number alone, "0571-58318323"; its
      // button "我要投稿"; its sponsor, "建德市新闻传媒中心 主办" (a unit's name and 主办, nothing else — "…由…主办" is a sentence)
      /^(?:[（(]?0[0-9]{2,3}[)）]?[-－\s]?)?[0-9]{7,8}$/u.test(text) ||
      /^(?:我要投稿|在线投稿|我要爆料)$/u.test(text) ||
      // (stop 51, blind: m.12371.gov.cn) the same buttons in a row with the outlet's app's, "我要投稿 下载七一APP" (it ran into the title)
      /^(?:(?:我要投稿|在线投稿|我要爆料|(?:下载|打开)\s*[\p{Script=Han}A-Za-z0-9]{1,8}?\s*(?:APP|App|app|客户端))\s*[|｜]?\s*){2,4}$/u.test(text) ||
      // (stop 51, blind: 66wc.com) the header's hotlines and links: "新闻热线:0577-67898890 广告热线:67810777 | 关于我们 | 旧版"
      // (stop 52, blind: zgcxtc.cn) or a number labelled 电话 among them, "新闻热线:023-61520695 举报电话:023-61520697" (the title)
      /^(?:\p{Script=Han}{2,4}(?:热线|电话)\s*[:：]\s*[0-9][0-9-]{6,14}\s*[|｜]?\s*){1,3}(?:\p{Script=Han}{2,6}\s*[|｜]?\s*){0,4}$/u.test(text) ||
      // (stop 51, blind: dxsbao.com) the page's own address and the button that copies it, "http://www.dxsbao.com/news/77078.html 点此复制
      // 本页地址" (cut or not: "点此复制本页地")
      /^https?:\/\/\S+\s*(?:点此|点击)?复制本?[页文](?:地址?|链接?|网址?)?$/u.test(text) ||
      // (stop 51, blind: www.lzszyyy.com) a hospital's, a school's header, its numbers a line each under any label that ends in
      // 电话 or 热线: "24小时应诊电话:0830-3103108", "预约挂号电话:0830-3192516(接电话时间8:00-11:30,13:30-17:00)" — the label, the
      // number, its hours in brackets, nothing else (the first was the page's title)
      (text.length <= 60 && /^[0-9]{0,2}\p{Script=Han}{0,10}(?:电话|热线)\s*[:：]\s*[0-9][0-9\-－\s]{6,16}[0-9](?:\s*[（(][^（）()]{0,30}[)）])?$/u.test(text)) ||
      // (stop 53, blind: www.shyprd.sh.cn) or who made or runs the site, the row under the sponsor's, "上海市杨浦区人大常委会办公室 制作"
      // (承办 and 维护 the same footer's words)
      (text.length <= 30 && /^[\p{Script=Han}（）()]{2,24}(?:中心|报社|电视台|新闻网|网站|网|局|办公室|委员会|人民政府|集团|公司)\s*(?:主办|制作|承办|协办|维护)$/u.test(text)) ||
      // (stop 53, blind: www.shyprd.sh.cn) the footer's visitor counter, "您是第 位访问者", its number lost or kept ("您是第1024位访客")
      /^(?:您是)?(?:本站)?第\s*[0-9]*\s*位(?:访问者|访客|来访者|浏览者)[!！。]?$/u.test(text),
  },
  {
    // (stop 49, mends49; blind48a's gaotang.gov.cn) A policy explainer's (政策解读's) closing block: "解读机构及咨询方式" over "政策解读单位：
    // 高唐县人民政府办公室" / "具体联系人：张 超" / "咨询电话：…" (was: three paragraphs after the explainer's text, the telephone's line
    // alone removed). Who explains and whom to ask is the portal's form, never an explained document's words: its heading, exactly,
    // and a line opening with its labels (解读机构/单位/部门/人, a contact person) — "联系人：" as "联系电话：" above.
    rule: 'page-footer',
    label: "reader's poll or comment form",
    // (stop 55, blind: paper.ce.cn, 经济日报's e-paper — a news CMS's footer under each story) the reader's poll, its question and its
    // answers in one line, "您对这篇文章的满意度" / "非常满意基本满意不太满意很不满意不做评价", and the comment form, "对此文章发表评论" /
    // "用户名:密码:匿名发表    注册" — each alone on its line (they were four paragraphs); the question or form's words, nothing else
    test: (text) => {
      const bare = text.replace(/[\s\u3000]+/gu, '');
      if (/^您?对(?:这篇|本篇|此篇?|该)(?:文章|新闻|稿件|报道)的满意度[:：]?$/u.test(bare)) return true;
      if (/^对(?:这篇|本篇|此篇?|该)(?:文章|新闻|稿件|报道)发表(?:评论|看法)$/u.test(bare)) return true;
      const answers = bare.match(/非常满意|基本满意|不太满意|很不满意|不满意|满意|一般|不做评价/gu) ?? [];
      if (answers.length >= 3 && bare.replace(/非常满意|基本满意|不太满意|很不满意|不满意|满意|一般|不做评价/gu, '') === '') return true;
      const fields = bare.match(/用户名[:：]?|密码[:：]?|匿名发表|匿名|注册|登录|登陆/gu) ?? [];
      return fields.length >= 3 && /用户名/u.test(bare) && bare.replace(/用户名[:：]?|密码[:：]?|匿名发表|匿名|注册|登录|登陆/gu, '') === '';
    },
  },
  {
    rule: 'page-footer',
    label: "a news site's widget or agency credit",
    // (stop 56, blind: 202.62.215.18, 經濟通's news page) the reader's poll under a story, its label in brackets, a question and the
    // button, "【你點睇?】政府擬收購宏福苑受災樓宇,你是否認同?► 立即投票" — a line ending with the button's words after a question; and the
    // agency's credit alone in 《》 after the text, "《經濟通通訊社25日專訊》" (the agency, the day, 专讯/电/讯) — were paragraphs
    test: (text) =>
      (text.length <= 90 && /[?？]\s*[►▶>»]?\s*(?:立即|马上|点击|参与)投票$/u.test(text)) ||
      /^《\p{Script=Han}{2,12}?(?:通讯社|社|网|台)\s*[0-9]{1,2}日\s*(?:专讯|专电|电|讯)》$/u.test(text),
  },
  {
    rule: 'page-footer',
    label: "a blog post's footer",
    // (stop 56, blind: d53zh71xfh.pixnet.net, a 痞客邦 blog) under the post: its hash, "9CF9B51D3BD2B0C4" (hexadecimal capitals and
    // digits, 16 or more, nothing else), its icons' names, "arrow", and the platform's line, "d53zh71xfh 發表在 痞客邦 留言(0) 人氣()" (the
    // author, 发表在, the platform, its comment and view counters) — were paragraphs; (loaarchitects.com.cn) a like button's count, "- +1"
    test: (text) =>
      (/^[0-9A-F]{16,40}$/u.test(text) && /[A-F]/u.test(text) && /[0-9]/u.test(text)) ||
      /^arrow$/u.test(text) ||
      (text.length <= 60 && /发表在\s*\S{2,12}\s*留言\s*[（(]\s*[0-9]*\s*[)）]\s*人气\s*[（(]\s*[0-9]*\s*[)）]$/u.test(text)) ||
      /^[-–]\s*\+[0-9]$/u.test(text),
  },
  {
    rule: 'page-footer',
    label: "explainer's contact block",
    test: (text) =>
      /^(?:政策)?解读(?:机构|单位|机关|部门)(?:及|和|与|、)(?:咨询|联系)方式$/u.test(text) ||
      (text.length <= 80 && /^(?:政策|文件)?(?:解读(?:机构|单位|机关|部门|人|专家)|(?:具体)?联系人)\s*[:：]/u.test(text) && !/[。；]/u.test(text)),
  },
  { rule: 'pager', label: 'links list', test: anchored(/^(友情链接|网站群链接|政府网站链接|相关网站)\s*[:：]?/) },
  {
    // (stop 48, blind: bsqfy.ahcourt.gov.cn) "最高人民法院中国法院网蚌埠法院网人民法院报中国裁判文书网": a court site's footer row of
    // links to the courts' national sites, run together — three or more of those names and nothing else
    rule: 'pager',
    label: 'links list',
    test: (text) => courtLinks.test(text),
  },
  {
    rule: 'url',
    label: 'URL',
    test: (text) =>
      /^(本文地址|本文链接|原文链接|原文地址|文章地址|网址|链接地址)\s*[:：]/.test(text) ||
      // (stop 55, blind: qz26.com) an address is ASCII: "www.qz26.com(五)林业科技培训工作" is a heading the address was glued to
      /^(https?:\/\/|www\.)[!-~]+$/.test(text) ||
      // "Original URL: http://…": a short label and an address, nothing else
      // (held-out round 43: an address is ASCII — "…库:https://www.xinyuwenchuang.cn/。公众@号:…XX镇2023年政府工作报告各位代表:
      // 现在,我代表…" is a site's stamp glued to a flattened page's whole text, not an address alone; it went with it — save a
      // note in brackets after it, "网址:www.bangongwenku.com(电脑浏览器打开更方便)")
      /^[^\s:：]{1,12}(?:\s[^\s:：]{1,12})?\s*[:：]\s*(https?:\/\/|www\.)[!-~]+?(?:[（(][^（）()。，,]{1,20}[）)])?$/i.test(text),
  },
  { rule: 'captcha', label: 'captcha', test: short(/(验证码|看不清|换一张)/) },
  {
    rule: 'captcha',
    label: "a feedback form's field",
    // (stop 48, blind: shouxian.gov.cn) a portal's feedback form under the text, its fields' labels alone, letter-spaced, a required
    // field's star before them: "• 姓  名:", "• *内  容:", "• *验 证 码:" (a bare 内容/标题/主题 only with its star: a table's label)
    test: (text) => {
      const label = text.replace(/^[•·●▪-]\s*/u, '').replace(/[\s\u3000]+/gu, '');
      return /^\*?(?:姓名|手机号码?|验证码)[:：]$/u.test(label) || /^\*(?:留言内容|内容|标题|主题)[:：]$/u.test(label);
    },
  },
  {
    rule: 'page-info',
    label: 'error widget',
    // "CCTV.com - ERROR": a page widget that failed to load, its site and the word ERROR (or 404) alone on the line
    test: (text) => /^(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,6}\s*[-–—:：]\s*(?:ERROR|Error|error|404|Not Found)$/.test(text),
  },
  {
    rule: 'login',
    label: 'login or paywall notice',
    // "欢迎光临散文网 会员登陆 & 注册": a site's welcome and its account links (登陆, the common misspelling of 登录)
    test: (text) =>
      short(/(会员登[录陆]|用户登[录陆]|新用户注册|注册登[录陆]|登[录陆]\s*[&|｜/]\s*注册|请先登[录陆]|需要先登[录陆]|登[录陆]后(阅读|查看|下载))/)(text) ||
      // (stop 59, blind: xinwen.mobi, a Discuz forum's thread) its login bar, its fields' labels and links one a line: "用户名  找回密码"
      // (it was the title), "立即注册"
      /^(?:用户名|帐号|账号|手机号|Email)\s*(?:密码\s*)?(?:找回密码|忘记密码)(?:\s*(?:立即注册|注册))?$/u.test(text.trim()) ||
      /^(?:立即注册|免费注册|注册新用户)$/u.test(text.trim()),
  },
  {
    rule: 'page-info',
    label: 'date/time stamp',
    // "2023-02-03 15:38:08 336": a posting time and a view count, nothing else
    // (held-out round 40: "2026-03-01 227", the day and the count without the time — not a date alone, which may date the report)
    // "2021-08-20 17:10:37 点击:[] 打印": the same with the page's counter and print links
    test: (text) =>
      /^[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?(\s+[0-9]{1,8})?|\s+[0-9]{1,8})$/.test(text) ||
      // (stop 51, blind: hi.people.com.cn) the day in 年月日 and the posting time glued to it, a layout cell's bar after them:
      // "2022年01月11日10:07 |" (a paragraph; the day alone, which may date the report, is not this)
      /^[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*[|｜]$/u.test(text) ||
      // (stop 53, blind: www.caidian.gov.cn) a disclosure page's posting day and time with the office that posted it, "2023-01-05 10:00
      // 区人民政府办公室" (a paragraph over the disclosure table): the day, the time, an office's name, nothing else
      new RegExp(String.raw`^${dayInFigures}\s+${timeOfDay}\s+\p{Script=Han}{2,16}(?:办公室|办公厅|人民政府|政府|局|委员会|中心)$`, 'u').test(text) ||

      (/^[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?\s/.test(text) &&
        /(点击|浏览|阅读|打印|分享|字号)/.test(text) &&
        text.replace(/^\S+\s+\S+/, '').replace(/点击|浏览|阅读|打印|关闭|分享到?|字号|字体|次数?|[大中小]|[\s\[\]【】:：|｜0-9]/g, '') === '') ||
      // "2021-02-08 13:41 作者:江西中公教育  | 我要投稿": the time, "label: value" pairs, the site's buttons
      (/^[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?\s/.test(text) &&
        text.length <= 80 &&
        (text.match(stampPair) ?? []).length >= 1 &&
        text.replace(/^\S+\s+\S+/, '').replace(stampPair, '').replace(/我要投稿|投稿|收藏|分享到?|打印|关闭/g, '').replace(/[\s|｜【】\[\]]/g, '') === '') ||
      // (stop 52, blind: www.hnsjb.cn) the outlet, the posting day without its year and the time, the stamp's pairs, the share
      // button: "河南手机报 01-11 22:50 责编:商丘手机报 我要分享" (a paragraph) — the time of day required (a month and day alone
      // may be a sentence's)
      (new RegExp(String.raw`^\p{Script=Han}{2,8}(?:社|网|报|台|客户端)\s+[0-9]{1,2}[-/][0-9]{1,2}\s+${timeOfDay}(?:\s|$)`, 'u').test(text) &&
        text.length <= 80 &&
        text.replace(/^\S+\s+\S+\s+\S+/u, '').replace(stampPair, '').replace(/我要分享|我要投稿|投稿|收藏|分享到?|打印|关闭/gu, '').replace(/[\s|｜【】\[\]]/gu, '') === '') ||
      // (the lead's blind pages, stop 44) "http://www.cflac.org.cn    2009-02-26    作者:    来源:新华网": the site's address, the
      // date, the stamp's pairs (stampPair takes an empty value too)
      // (stop 50, blind: gxrd.gov.cn) the day in 年月日, "http://www.gxrd.gov.cn    2019年03月07日 15:51      来源:广西广播电视台" (a paragraph)
      (new RegExp(String.raw`^https?:\/\/\S+\s+${dayInFigures}(?:\s+${timeOfDay})?(?:\s|$)`, 'u').test(text) &&
        text.length <= 120 &&
        // (stop 53, blind: www.ljxww.com) the font-size buttons after the pairs, their bracket left open where the page's text
        // cut them: "http://www.ljxww.com  2013-12-27 15:53:00   来源:连江广播电视台  【字号" (a paragraph)
        text.replace(/^\S+\s+\S+(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?/u, '').replace(stampPair, '').replace(fontButtons, '').replace(/[\s|｜]/gu, '') === '') ||
      // "2023-04-25 15:10:15   第一文档网     [ 字体: ] [ 阅读: ] [ 文档下载 ]": the time, the site's name, its buttons
      // (round 29) "2022-03-09 公司新闻": the posting date and the site's column, nothing else
      /^[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?\s+\p{Script=Han}{0,4}(?:新闻|新聞|动态|動態|资讯|資訊|要闻|要聞|公告|文章)$/u.test(text) ||
      (/^[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?\s/.test(text) &&
        /[\[【][^\]】]*[\]】]/.test(text) &&
        text.replace(/^\S+\s+\S+/, '').replace(/[\[【][^\]】。，]{0,12}[\]】]/g, '').replace(/\s\p{Script=Han}{2,8}(网|網|站)(?=\s|$)/gu, '').trim() === ''),
  },
  // (stop 50, blind: chinaidr.com) the posting day and time first, then a line a stamp's label opens, its buttons after: "2023/8/27
  // 10:05:33 来源:发改委政研室 【字体:大 中 小】【收藏本页】【打印】【关闭】" (the time with its source and buttons)
  {
    rule: 'page-info',
    label: 'date/time stamp',
    test: (text) => text.length <= 120 && dayFirst.test(text) && lineOpensWithLabel.test(text.replace(dayFirst, '')) && !/[。；]$/.test(text),
  },
  {
    rule: 'page-info',
    label: 'newspaper page slug',
    // "深圳特区报/2024 年/2 月/7 日/第 A01 版", "湖北日报/2022 /1 /30 /001": the paper, its date and page (a PDF of the page)
    test: (text) => /^\p{Script=Han}{2,10}[报報]\s*\/\s*[0-9]{4}\s*年?\s*\/\s*[0-9]{1,2}\s*月?\s*\/\s*[0-9]{1,2}\s*日?\s*\/\s*(?:第\s*[A-Z]?[0-9]{1,3}\s*版|[0-9]{1,3})$/u.test(text),
  },
  {
    rule: 'page-info',
    label: 'disclosure-page link',
    test: (text) => /^[【\[]?(查看目录信息|查看原文|相关附件|附件下载|下载附件|扫一扫在手机打开当前页)[】\]]?$/.test(text) ||
      // (stop 50, blind: sjt.gxzf.gov.cn) "文件下载:", "关联文件:": a portal's attachment labels under the text, nothing after the colon
      /^(?:文件下载|下载文件|关联文件|相关文件|附件下载|相关附件|附件)\s*[:：]$/u.test(text),
  },
  {
    rule: 'attachment',
    label: 'attachment name',
    // "附件：2021年政府工作报告.docx", a file name alone on its line
    test: (text) =>
      text.length <= 120 &&
      (/^(?:相关)?附件\s*[0-9]*\s*[:：]/.test(text) ||
        /^[^。；，]{1,100}\.(docx?|pdf|wps|xlsx?|zip|rar|ofd)$/i.test(text) ||
        // (round 27) "经开区工作总结及2023年工作安排.docxVIP专享VIP免费优质": a document site's file name with its price labels
        /^[^。；，]{1,100}\.(docx?|pdf|wps|pptx?)(?:\s*(?:VIP|专享|免费|优质|精品|原创|付费|会员|下载|[【】\[\]]))+$/i.test(text)),
  },
  {
    rule: 'navigation',
    label: 'add-to-desktop prompt',
    // (round 27) A document site's prompt to put a shortcut on the desktop: "电脑桌面" / "添加文秘家园网 | 公文写作素材范文网站到电脑桌面" /
    // "安装后可以在桌面快捷访问" — nothing else on each line
    test: (text) => /^电脑桌面$/.test(text) || /^添加[^。，；]{1,40}到电脑桌面$/u.test(text) || /^安装后可以?在桌面快捷访问$/.test(text),
  },
  // (stop 41, blind: a Wikipedia mirror) "维基百科,自由的百科全书": the encyclopedia's tagline under an article's title
  // (stop 43, blind: a Wikipedia mirror, wiki2.zh-cn.nina.az) or the encyclopedia's name alone over the title, "维基百科" — it had
  // been joined to the title ("维基百科政府工作报告") and read as the issuer
  { rule: 'navigation', label: 'wiki tagline', test: (text) => /^(?:维基百科|維基百科)(?:[，,]\s*自由的百科全[书書])?$/u.test(text) },
  // (stop 42, blind: www.wongvin.com) "安徽省重點新聞門戶網站", "安徽青年報官方網站": a site's tagline, what it says it is, alone on its line
  // (a place's or a paper's name before it — not a report's line on its own portal, "建成政府门户网站")
  // (stop 50, blind: luchovivas.com) not a clause of the text that names the site it works through, "依托区门户网站" (a disclosure
  // report's last line, cut off by the page; it was removed): a verb or a preposition first is a sentence, never a site's name
  { rule: 'navigation', label: 'site tagline', test: (text) => text.length <= 20 && /^(?!建|开通|開通|升级|升級|完善|打造|上线|上線|改版|优化|優化|全|本|各|依托|依靠|通过|通過|利用|借助|登录|登錄|访问|訪問|进入|進入|在|于|於|经|經|由|向|对|對|以)\p{Script=Han}{2,12}?(?:[省市县縣区區州报報台网網社]|重[点點]新[闻聞])(?:[门門]户[网網]站|官方[网網]站|新[闻聞][网網]站)$/u.test(text) },
  // (stop 41, blind: bbs.whcdrm.com) "蔡甸融媒 发表于 2026-1-28 14:20:01": a forum post's author and posting time
  { rule: 'page-info', label: 'forum post stamp', test: (text) => /^[^\s。，；]{1,20}\s*发表于\s*[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?(?:\s*[|｜]\s*(?:显示全部楼层|只看该作者|只看大图|阅读模式|倒序浏览|打印|字体大小)\s*)*$/u.test(text) },
  // (stop 41, blind: fjzhxww.com) "滚动新闻:多政策为企业“松绑” … 福州7月1日起实行新规": a news site's ticker of other stories' headlines
  { rule: 'navigation', label: 'news ticker', test: (text) => /^滚动(?:新闻|播报|资讯|快讯)\s*[:：]/u.test(text) && !/。$/.test(text) },
  // (stop 47, blind: cq.cri.cn) or between dashes, "—  相关新闻  —"
  {
    // (stop 48, blind: sdfzcm.com) "今日特推: 全国公安机关开展…专项工作": the site's ticker of a promoted story over the page, its label
    // and a colon, then the story's headline (it was the page's title)
    rule: 'pager',
    label: 'promoted story',
    test: (text) => text.length <= 80 && /^(?:今日特推|今日推荐|特别推荐|热门推荐|编辑推荐|今日关注)\s*[:：]\s*\S/u.test(text) && !/[。；]/u.test(text),
  },
  // (stop 48, blind: m.kcqsx.com, shuzhibaogao.net, ourchinastory.com) "新闻推荐", "• 相关推荐" alone, "延伸阅读龙年|不止深中通道!…" glued to
  // the first headline, no sentence end: a news page's recommended stories (not "新闻推荐工作成效明显,…", a report's sentence)
  { rule: 'pager', label: 'previous/next link', test: (text) => /^(?:新闻推荐|相关推荐)\s*[:：>》»]*$/u.test(text) || (/^延伸阅读\s*[:：|｜]?\s*[^。；]{0,40}$/u.test(text) && !/[，,]/u.test(text)) || anchored(/^(上一篇|下一篇|上一页|下一页|相关链接|相关阅读|相关文章|相关新闻|热点推荐|推荐阅读|小编推荐|小编精心推荐)\s*[:：]?/)(text) || /^[-—–]+\s*(?:相关链接|相关阅读|相关文章|相关新闻|相关报道|推荐阅读)\s*[-—–]+$/u.test(text) },
  {
    rule: 'page-footer',
    label: 'page footer',
    test: (text) =>
      /^[-—–\s]*第\s*[0-9０-９]+\s*页\s*([,，/、]?\s*共\s*[0-9０-９]+\s*页)?[-—–\s]*$/.test(text) ||
      /^[-—–]+\s*[0-9０-９]{1,4}\s*[-—–]+$/.test(text) ||
      // (stop 59, blind: kmc-ebook.21cms.tw, a council's minutes as an e-book) the number between tildes, "~727~" (it was glued to the
      // page's last sentence, "…最後一次的總~727~")
      /^[~～]\s*[0-9０-９]{1,4}\s*[~～]$/u.test(text) ||
      /^共\s*[0-9]+\s*页[,，\s]*第\s*[0-9]+\s*页$/.test(text) ||
      /^[0-9]{1,4}\s*\/\s*[0-9]{1,4}$/.test(text) ||
      /^(Page|页码)\s*[0-9]+(\s*(of|\/)\s*[0-9]+)?$/i.test(text),
  },
  {
    rule: 'page-footer',
    label: "a forum's buttons and footer",
    // (stop 59, blind: xinwen.mobi, a Discuz forum's thread) what the forum prints round a post, one a line: its share bar in brackets,
    // "[XinWen.Mobi 原创复制链接分享]"; the post's buttons, "回复", "举报"; the footer's render time, "GMT+8, 2025-7-13 22:03 , Processed
    // in 0.038880 second(s), 17 queries ."; the engine, "Powered by Discuz! X3.5"; "消息来源网络" (all were paragraphs of the text)
    test: (text) => {
      const t = text.trim();
      return (
        (t.length <= 40 && /^[\[［【][^\]］】]{0,24}复制链接[^\]］】]{0,12}[\]］】]$/u.test(t)) ||
        /^(?:回复|举报|快速回复|返回顶部|返回列表|只看该作者|倒序浏览)$/u.test(t) ||
        /^GMT[+-][0-9]{1,2}\s*,.{0,40}Processed in [0-9.]+ second/u.test(t) ||
        (t.length <= 60 && /^Powered by\s+\S/iu.test(t) && !/\p{Script=Han}/u.test(t)) ||
        /^(?:消息|信息|文章|内容|图片)?来源(?:于)?(?:网络|互联网)$/u.test(t) ||
        // (stop 59, blind: m.postafreead.net, a question-and-answer site) the label over each answer, "熱心網友" (three were paragraphs)
        /^(?:热心网友|匿名网友|匿名用户|网友采纳|最佳答案|满意答案|其他回答|其他答案)$/u.test(t)
      );
    },
  },
  {
    rule: 'page-info',
    label: "a table cell's label alone",
    // (stop 59, blind: tjnj.net, a yearbook's page) "| 年鉴简介: |": a layout table's label cell between its bars, its value on the
    // lines under it (it was the title)
    test: (text) => /^[|｜]\s*[^|｜。，；]{1,12}[:：]\s*[|｜]$/u.test(text.trim()),
  },
  {
    rule: 'document-site',
    label: "a document library's viewer bar",
    // (stop 59, blind: vdocuments.pub) a document library's header over the file's text, in English, one item a line: "Click here to
    // load reader", "Upload: others", "Post on 10-Jan-2020", "0 views", "Category:", "Documents", "0 download", "TRANSCRIPT" (all were
    // paragraphs; a Chinese report holds no such line)
    test: (text) =>
      /^(?:Click here to load reader|TRANSCRIPT|Documents|Category\s*:|Upload\s*:\s*\S{1,24}|Post on\s+[0-9]{1,2}-[A-Z][a-z]{2}-[0-9]{4}|[0-9][0-9,]{0,9}\s+(?:views?|downloads?))$/u.test(text.trim()),
  },
  {
    rule: 'page-footer',
    label: "a press release's end mark and time",
    // (stop 59, blind: info.gov.hk mirrored at hanweb.kanhan.com) the Hong Kong government's release closes with "完", the day and the
    // hour, one a line: "完", "2014年11月20日(星期四)", "香港时间9时40分" (the mark and the hour were paragraphs of the text); the
    // day is left to date the page
    test: (text) => /^[（(]?完[）)]?$/u.test(text.trim()) || /^香港时间\s*[0-9０-９]{1,2}\s*时\s*[0-9０-９]{1,2}\s*分$/u.test(text.trim()),
  },
  {
    rule: 'pager',
    label: "a page's related videos",
    // (stop 59, blind: bzgd.com) "推荐视频" alone after a resolution's 落款: the page's box of videos, its items lost
    test: (text) => /^(?:推荐视频|相关视频|热门视频|精彩视频|视频推荐)$/u.test(text.trim()),
  },
  {
    rule: 'pagination',
    label: 'pagination',
    // "首页 上一页 1 2 3 下一页 尾页", "共3页 第1页": nothing but pager tokens; "共5条 1/1页 首页 上一页 下一页 尾页": a list's count and its page of pages
    test: (text) =>
      text.length <= 80 &&
      /页/.test(text) &&
      text.replace(/首页|上一页|下一页|尾页|末页|前一页|后一页|共\s*[0-9]+\s*[页条篇]|第\s*[0-9]+\s*页|[0-9]+\s*\/\s*[0-9]+\s*页|跳转|转到|GO|[0-9]+|[\s|｜\[\]【】<>《》«»:：,，.]/gi, '') === '',
  },
];

/** A site's welcome banner and its menu after it on one line: "欢迎来到…平台! 工作总结 工作计划 心得体会". */
function welcomeThenMenu(text: string): boolean {
  const m = /^欢迎(?:访问|光临|来到|您访问|进入|您进入)[^。，,；！!]{2,40}(?:网站|网|门户|平台)\s*[!！。]?\s+(.+)$/u.exec(text);
  if (!m || text.length > 160) return false;
  const items = m[1].split(/\s*[|｜·•\/]\s*|\s+/u).filter(Boolean);
  return items.length >= 3 && items.every((item) => item.length <= 8 && /^\p{Script=Han}+$/u.test(item));
}

/** "首页 | 新闻中心 | 政务公开 | 办事服务": three or more short items between separators, no sentence. */
function isMenuRow(text: string): boolean {
  const items = text.split(/\s*[|｜·•\/]\s*|\s{2,}/).filter(Boolean);
  return items.length >= 3 && items.every((item) => item.length <= 16) && !/[。，；]/.test(text);
}

/** "人民网>>广西频道>>时政", "新闻 > 国内 > 正文": short names (no sentence) between arrows. */
function isTrail(text: string): boolean {
  // (stop 40, blind: an e-paper's "朔州晚报 >", the paper alone before its arrow — it was the page's title)
  // (stop 43, blind: www.eweihai.gov.cn) the trail's rest on the line after "当前位置: 首页", opening with its arrow: "> 新闻目录 > 经区新闻"
  // (new user round 35, sjj.ningbo.gov.cn) or with the arrow typed as a dash and a bracket, or drawn: "首页" a link alone on its
  // line, then "-> 要闻 -> 审计通告 -> 审计公告" (it was the page's title, the report's own title a paragraph)
  const goesOn = /^(?:-{1,2}>|={1,2}>|>>|>|＞|»|→)\s*(?=\S)/u.exec(text);
  if (goesOn) {
    const rest = text
      .slice(goesOn[0].length)
      .replace(/\s*(?:-{1,2}>|={1,2}>|>>|>|＞|»|→)$/u, '')
      .split(/\s*(?:-{1,2}>|={1,2}>|>>|>|＞|»|→)\s*/);
    return rest.length >= 2 && rest.every((part) => /^[\p{Script=Han}A-Za-z0-9·]{1,12}$/u.test(part));
  }
  // ("人民网-->广西频道-->时政": the arrow typed as dashes and a bracket, stop 49)
  const open = /\s*(?:-{1,2}>|={1,2}>|>>|>|＞|»|→)$/u.test(text);
  // (stop 51, blind: art.ccnu.edu.cn) a step's name letter-spaced, "主页 > 新闻资讯 > 新 闻 > 正文" (the trail had become the title)
  const parts = text
    .replace(/\s*(?:-{1,2}>|={1,2}>|>>|>|＞|»|→)$/u, '')
    .split(/\s*(?:-{1,2}>|={1,2}>|>>|>|＞|»|→)\s*/)
    .map((part) => (/^\p{Script=Han}(?:\s\p{Script=Han}){1,5}$/u.test(part) ? part.replace(/\s/gu, '') : part));
  const site = /(?:网|網|网站|網站|首页|首頁|门户|門戶|频道|頻道|日报|日報|晚报|晚報)$/u;
  // (stop 59, blind: www.guishuji.cc, a reading site) the trail's last step a book's chapter, its number and bracket kept, and the
  // arrow after it left open: "讀古今文學網 > 女招商局長 > 3、女縣長(1) >" (it was the title) — three steps or more from a site's
  // name, the last one short with no clause
  const chapterStep = (part: string, i: number) =>
    i === parts.length - 1 && parts.length >= 3 && open && site.test(parts[0]) && /^[\p{Script=Han}A-Za-z0-9·、（）()]{1,16}$/u.test(part);
  if (!parts.every((part, i) => /^[\p{Script=Han}A-Za-z0-9·]{1,12}$/u.test(part) || chapterStep(part, i))) return false;
  // (two steps when the first is a site, "重庆大渡口网 > 大渡口新闻": the site and its section)
  // (stop 48, blind: grassland.china.com.cn) or a news column's name alone before its arrow, "动态要闻>" (it was the page's title)
  const column = /(?:要闻|要聞|新闻|新聞|动态|動態|资讯|資訊|快讯|快訊|时政|時政|头条|頭條)$/u;
  // (stop 56, blind: legaldaily.com.cn) two steps with the last one's arrow left open, the page's name after it left off, "人大立法>>
  // 人大监督>>" (it was the title): the trail's shape, whatever its steps' names
  return parts.length >= 3 || (parts.length === 2 && (site.test(parts[0]) || open)) || (open && parts.length === 1 && (site.test(parts[0]) || column.test(parts[0])));
}

/**
 * A portal's accessibility, service and account links: "无障碍版 长者助手 登录", "关怀版 | English", (round 31)
 * "智能问答   |   无障碍浏览   |   长者专区   |   ENGLISH" (its assistant, its elders' section, English in capitals).
 */
const accessWord = /^(无障碍(?:版|浏览|阅读|通道)?|长者(?:助手|模式|版|专区)|关怀版|适老化|智能问答|登录|注册|English|ENGLISH|繁体|简体|繁體|手机版|移动版)$/;

function isAccessRow(text: string): boolean {
  const words = text.split(/[\s|｜]+/).filter(Boolean);
  // (every word one of the links, so the bars' padding may take the row past 40 characters)
  return text.length <= 60 && words.length >= 2 && words.every((w) => accessWord.test(w));
}

/** "镇政府,工作报告,2023": three to eight short words between commas, one a year or a kind of document, no sentence. */
function isTagRow(text: string): boolean {
  const words = text.split(/\s*[,，]\s*/);
  return (
    words.length >= 3 &&
    words.length <= 8 &&
    // each a word or a year: other figures between commas are a number's thousands ("1,0001,000经经", a wrapped line of text)
    words.every((w) => /^[\p{Script=Han}A-Za-z]{1,6}$/u.test(w) || /^(?:19|20)[0-9]{2}年?$/u.test(w)) &&
    // (PDF dumps, round 3) no word opening with a function word: "政府工作报告,请予审议,并请各位政协" is a wrapped line of a sentence
    !words.some((w) => /^[并请和及与在对为向以把将从]/u.test(w)) &&
    words.some((w) => /^(?:19|20)[0-9]{2}年?$/.test(w) || /(报告|范文|总结|讲话|致辞|心得|计划)$/.test(w))
  );
}

/** A place's name (the gazetteer's, the whole of what comes before) and a news column's word: "许昌国内", "郑州本地". */
function placeColumn(text: string): boolean {
  const column = /^(\p{Script=Han}{2,6})(?:国内|国际|本地)$/u.exec(text);
  if (!column) return false;
  const named = mentionsIn(toSimplified(column[1]));
  return named.length === 1 && named[0].start === 0 && named[0].end === column[1].length;
}
