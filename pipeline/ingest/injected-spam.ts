/**
 * A spam mirror's advertising injected into the report's sentences: some mirrors
 * replace a word of the text with a gambling site's keywords ("中共beat365官方网站手机版_
 * 365三式投注_365打水账号怎么防止封号委的正确领导下", 湖南 2008, round 28). Ingest keeps
 * every word, and telling an injection from the report's own words needs the
 * original page, so the text stays as found — but the user is told where: a
 * warning per line, naming the keywords, so they can compare with the original.
 *
 * The vocabulary is a gambling site's, never a report's: a brand of betting
 * site (bet365, beat365, 365bet …) or a word of betting (投注, 博彩, 百家乐, 老虎机,
 * 真人娱乐, …娱乐城, 葡京, 打水) or of the Mark Six's tip sheets (管家婆, 黄大仙, 马会传真, 开奖结果, 一肖一码 …). Lottery words (体育彩票, 福利彩票) and 棋牌室 are a
 * report's own and are not listed; so is 博彩 naming Macao's gaming industry (博彩業, 博彩經營批給,
 * 博彩稅, 非博彩元素 — its policy address, held-out round 34).
 */
import type { SourceLine } from './types.ts';

// (stop 40, blind) and the Mark Six's tip sheets, woven even inside a word: "政府工黄大仙救世作报告", "…成亮点管家婆正版今晚开奖结果",
// "新疆马会传真内部绝密信封资料“两会”" (guibinke.net, myjjjc.com) — not 香港赛马会 or 黄大仙区 (a charity trust and a district the Hong
// Kong policy address names)
// (stop 47, blind: qhbaly.com, bc0550.com) a betting site's live scores, "审议《篮球即时比分海安市…》", and a bookmaker's page title put
// where the county's name was, "英国威廉希尔公司_官方网站:第十七届人民代表大会…" (a site's title, its parts joined by an underscore)
// (stop 48, blind: travelhrb.com) the title's parts the other way round, the site first, "…是热博体育官网_热博体育在线¥注册平台app下载文化旅游…"
// (stop 49, blind: sdlites.com) a betting site's live scores again, "188比分直播《2023年精武镇政府工作报告》政策解读"
// (stop 49, blind: shbzcgb.com) a casino's name put where the leader's name and the country's were, "在以黄金城赌城娱乐:同志为总书记的…",
// "高举黄金赌城娱乐特色社会主义伟大旗帜" (赌城, a casino town, is no report's word)
// (stop 49, blind: whentby.com) a betting brand's site title in Latin letters where the town's county was, "省、市uedbet体育_uedbet官网@:做好…",
// "《uedbet体育_uedbet官网@:西柳镇人民政府…》": the brand glued to 体育 (娱乐, 棋牌), an underscore, the brand's 官网
// (stop 50, blind: zzsj.com.cn) a casino's Chinese name and its code in Latin letters and figures, then 国际 (娱乐, 体育) and what
// a site calls its own page, 首页 or 官网: "凯发k8国际首页公报显示，…" (a report's "B2国际物流园" has no 首页 after it)
// (stop 50, blind: yp57.com, 075f.com, two mirrors of 中新网's 2025 新疆 story) the Mark Six's words in the headline, "政府工作2024新奥
// 今晚开什么报告锚定新目标", "新疆“两会新澳门正版资料免费更新1181”" (and the search tool's third copy, "…澳门六开彩开奖结果历史查询"):
// 今晚开什么 (what is drawn tonight), 新奥 before the tip sheets' words (not 新奥集团, a company a report names), 六开彩
// (stop 52, mends52; blind51b's bangbanw.com, a mirror of a city's monthly environment bulletin) a betting site's titles joined by
// underscores where the city's name was, "我局组织对365体育钱提不出来了_365彩票app老版_日博best365下拉飞机XLCOKK辖区内…": 365 before
// 体育 or 彩票 (a betting brand's sports or lottery channel), 彩票app — never a report's words (a lottery, 体育彩票, is a report's
// own word: not listed)
// (stop 52, blind: www.xinpianw.com) an app's download page's title put where the county's portal was named, "我乡在伟德app官网下载苹果版
// 安装信息公开发布平台上…": a brand, "app官网下载", the phone's system and 版 (a report's "政务app下载量" names no 官网 and no phone)
// (stop 52, blind: skyrisesport.com) a betting brand in Latin letters and Chinese, then 体育 and 官网, put where the county's name was:
// "betway必威体育官网网讯", "建设美丽betway必威体育官网" (no report glues Latin letters to a 体育官网)
// (stop 53, mends53; blind52b's tgvf4.a899.cn, a spun copy of the 2023 environment bulletin's story: "质量中国状况正式AG超玩会入口用全面
// 翔实准确的…") a live-casino brand's channel, AG (Asia Gaming) and its 真人, 视讯, 旗舰厅 or 超玩会 hall, then 入口 or 官网 — the link a
// betting page asks to be clicked; never a report's words
// (stop 54, blind: www.myboshidmc.com, a spam mirror of 彝良's session story) a sports-betting brand put where the government delivering
// the report was named, "县长陈霖代表乐动体育平台向大会作政府工作报告": after 代表, before 向大会, a name ending on 体育, 娱乐 or 棋牌 (and
// its 平台 or 官网) — only a government delivers the report
// (stop 54, mends54; blind53a's zenlandtea.com, a spam mirror of 东安区's 2022 report: "…神州通信集团建立战略星力官网的合作伙伴关系")
// a brand's official site, two characters then 官网, put inside a sentence: a report names an office's site (政府官网, 卫健委官網,
// 办事处官网, 商报官网 — an institution's last character before 官网), never a brand's (体育官网, 娱乐官网 and 棋牌官网 are matched below, with the brand)
const spamWord = /(?:(?<=代表)\p{Script=Han}{2,4}(?:体育|體育|娱乐|娛樂|棋牌)(?:平台|官网|官網|app|APP)?(?=向(?:大会|大會|会议|會議))|\p{Script=Han}{2}(?<![府报報委处處局部院会會厅廳站台馆館校司社网網所行心办辦署室队隊团團园園区區县縣市省镇鎮乡鄉村育乐樂牌])(?:官网|官網)(?![站址])|AG(?:真人|视讯|視訊|旗舰厅|旗艦廳|超玩会|超玩會)(?:入口|官网|官網|平台)|[a-z]{3,12}\p{Script=Han}{0,4}(?:体育|體育|娱乐|娛樂|棋牌)(?:官网|官網|官方网站|官方網站)|\p{Script=Han}{0,2}app官网下载(?:苹果|安卓|ios)版?(?:安装)?|365(?:体育|體育|彩票)|彩票app|(?:新奥)?今晚开什么|新奥(?:彩|今晚|正版|精准|资料|开奖)|六开彩|[赌賭]城(?:娱乐|娛樂)?|管家婆|六合(?:彩|宝典)|黄大仙(?![区區祠庙廟])|(?<!赛)马会(?:传真|资料|开奖|内部)|(?:今晚|最新)?开奖(?:结果|记录|直播|号码)|一肖一码|一码一肖|特马|内部(?:绝密|精准)(?:信封)?资料|资料大全|天天彩|白小姐|曾道人|(?:澳门|新澳|香港)(?:彩|今晚|正版|精准|免费|资料|六合)|bea?t\s?365|365\s?bet|bet\s?365|投注|(?<!非)博彩(?!业|業|经营|經營|税|稅|监察|監察|批给|批給|收入|企|中介|法|监管|監管)|百家乐|老虎机|真人娱乐|\p{Script=Han}{0,4}娱乐城|葡京|打水账号|网上赌场|赌博网站|即时比分|比分直播|威廉希尔|\p{Script=Han}{0,8}_(?:官方网站|官网|官方平台)|(?:体育|娱乐|棋牌)?(?:官方网站|官网|官方平台)_|(?:注册|登录|下载)平台\s?app下载|[a-z0-9]{2,12}(?:体育|體育|娱乐|娛樂|棋牌)_[a-z0-9]{0,12}(?:官方网站|官方網站|官网|官網|官方平台)|\p{Script=Han}{2,4}[a-z]{1,3}[0-9]{1,3}(?:国际|國際|娱乐|娛樂|体育|體育)(?:首页|首頁|官网|官網|官方网站|官方網站))/giu;

/**
 * (stop 50, blind: zzsj.com.cn) a casino brand's name alone on its line over a mirror's copy, between decorations:
 * "➒凯发k8国际首页➓" — nothing on the line but the spam's words (it was the title). Removed as furniture (boilerplate-rules.ts);
 * the same words inside a sentence stay, warned of.
 */
export function spamAlone(text: string): boolean {
  const words = text.replace(/[^\p{L}\p{Nd}]+/gu, '');
  if (words === '' || words.length > 40) return false;
  const matched = [...words.matchAll(spamWord)].map((m) => m[0]).join('');
  return matched === words;
}

export interface InjectedSpam {
  line: number;
  column: number;
  /** The keywords found on the line, in order, each once. */
  words: string[];
}

/** The lines holding a gambling site's keywords, with where the first one starts. */
export function findInjectedSpam(lines: readonly SourceLine[]): InjectedSpam[] {
  const found: InjectedSpam[] = [];
  for (const line of lines) {
    const matches = [...line.text.matchAll(spamWord)];
    if (matches.length === 0) continue;
    found.push({ line: line.line, column: line.column + matches[0].index, words: [...new Set(matches.map((m) => m[0]))] });
  }
  return found;
}
