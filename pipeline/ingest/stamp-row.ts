/**
 * A page's stamp row: the labels of its source, author, times and counters, and the row they make — label-value pairs
 * with the posting date, a view count or "分享:", or set as table cells; and the page's button words (打印, 关闭, 纠错 …).
 * Boilerplate, read by the rules (boilerplate-rules.ts) and by a label alone on its line (boilerplate.ts).
 */
/**
 * The labels of a page's stamp row, in simplified forms: the one list of them — the stamp rules here, a label alone on its
 * line (boilerplate.ts), a stamp pair in brackets and a line opening with a label (boilerplate-rules.ts page-info) read it.
 * `stampItemLabel`: its source, author, editors and reviewers, times and font buttons; `stampCounterLabel`: its counters.
 * (Stop 39: page-info kept a list of its own, with a paper's 发表/刊发 times, 发布于 and the reviewers 审校, 终审, 初审, 复审;
 * merged here. Stop 42, blind: a 兵团 city's portal, "发布:2025-02-09 来源:  作者:张佳玉  编审:融媒体中心  浏览量:128" — the bare
 * 发布, the editor-reviewer 编审, the counter 浏览量. A line opening with a counter is no page-info line — "浏览次数: | 有 效 性: | 成文日期: | 2021-02-27" is a
 * disclosure table's row, and "阅读：1234次" the click counter's rule.)
 */
// (stop 43, blind: bbs.hebishizx.com's "供稿:齐红丽、李学娟", a 津滨网 page's "稿源:津滨网")
// (stop 45, blind: npc.gov.cn's "浏览字号: 来源: 新华社 2016年3月16日" — the font buttons' label, 浏览字号, its buttons lost;
// zh.hk01.com's "出版:更新:" — a Hong Kong paper's published and updated times, both lost)
// (held-out round 48, e.wenmi.ren: a writing site's "投稿人:佚名 发布时间:2010/8/3 投稿交换  会员申请 全文2592字" — its contributor)
// (stop 46, blind: ordosrd.gov.cn, "• 文档来源:" left empty in the portal's meta list: a document's source, as 文章来源)
// (stop 47, blind: nyzy.hncourt.gov.cn, "文章出处:9月5日《河南法制报》18版" under a court's copy of a paper's story: its source)
// (stop 48, blind: tsinfo.com.cn, "审编:陈麟育" under a county congress site's story: its reviewer-editor, as 编审)
// (stop 49, blind: huoqiu.gov.cn) 文字大小 and 背景色, a portal's reading controls in its stamp row: "浏览次数: 来源:霍邱县发改委 时间:2024-02-02 08:39 文字大小:[ ] 背景色:"
// (stop 51, blind: sysjs.gov.cn) 新闻来源 and 点击量: "新闻来源: 政府办 责任编辑: 尖山区政府研究室 发布时间: 2022-12-30 点击量: 5483"
// (stop 52, blind: duozy.cn) 文章编号 and 人气, an article's number and its popularity counter (a CMS's words): "文章编号:80339时间:2024-10-12人气:"
// (stop 53, blind: www.thnews.gov.cn) 审核人, the reviewer named as a person, in a county portal's row: "|| 2022-01-21 16:49:39 编辑: 杨玉娟
// 审核人:叶玲玲 阅读次数:2337 |" (it was the page's title); 审稿人 and 撰稿人 the same
// (stop 53, blind: zztongyun.com) the row's items apart by bars, "2024-07-08 07:34:57| 来源: 网络整理| 查看: 265" — a bar ends a value, and
// 查看, a counter's label too
// (stop 54, blind: chongqing.baogaosu.com) 本文来源, an aggregator's label for the story's source: "本文来源: 法院"; (www.hnrmzy.com) 上传,
// a CMS's uploader, in a row opening with the site's bare address: "http://www.hnrmzy.com  文章来源:中国人大网  作者:  时间: 2020-02-07  上传:redcloud"
// (stop 53, blind: m.yqxs123.com) 加入日期 and 查看人数, an old CMS's posting day and its counter: "加入日期:2021/5/26 9:19:47  查看人數: 2967   作者:admin"
// (stop 57, blind: pssjk.bnu.edu.cn) 出版时间 and 出版日期, a database record's publication month over the piece: "出版时间:2011年06月 |"
// (it was the page's title; the bare 出版 read up to 时间 and took no colon)
// (stop 54, blind: www.yyxkb.com) 推荐人, who recommended the article, in an English-learning site's row: "推薦人: 來源: 閱讀: 3.02W 次"
export const stampItemLabel = '(?:本文来源|上传|推荐人|审核人|审稿人|撰稿人|加入日期|加入时间|文章编号|投稿人|投稿时间|浏览字号|稿件来源|信息来源|新闻来源|文章来源|文章出处|稿件出处|文档来源|来源|供稿|稿源|作者|编辑|责任编辑|责编|编审|审编|审核|校对|审校|终审|初审|复审|发布时间|发布日期|发表时间|发表日期|刊发日期|刊发时间|发布于|发表于|发布|更新时间|出版时间|出版日期|出版|更新|时间|日期|字号|字体|文字大小|背景色)';
// (stop 44: the bare 访问 too, as the click counter's older rule read it, "访问：1024")
export const stampCounterLabel = '(?:查看人数|查看次数|查看|人气|访问次数|浏览次数|阅读次数|点击数|点击量|点击|浏览量|浏览|阅读量|阅读|访问)';
/**
 * (stop 44: one owner for the two near-twins of boilerplate-rules.ts's counter rule — its own "阅读：1234次", colon optional,
 * and stop 43's "• 访问次数 :", count optional) A counter's label alone on its line with a colon, a count or both, the count's
 * 次 or not, after a list's dash: "• 访问次数 :", "阅读量：1024", "阅读 1234次", "点击：次". Not the label alone ("阅读"): a word.
 */
export const counterAlone = new RegExp(`^(?:[-•·●]\\s*)?${stampCounterLabel}(?=\\s*[:：0-9次])\\s*[:：]?\\s*[0-9]*\\s*次?$`, 'u');
export const stampLabel = `(?:${stampItemLabel}|${stampCounterLabel})`;
/**
 * A page's buttons, as their links print them (in simplified forms): print, close, report an error (纠错, a disclosure page's),
 * bookmark, share, back — the one list of them, for a button alone on its line and the buttons in brackets
 * (boilerplate-rules.ts).
 */
// (stop 45, blind: qikan.com.cn) 收藏成功, the bookmark button's toast
// (stop 46, blind: bbs.comefromchina.com) 后退 and 顶部, a forum's back and to-top buttons; (dqxw.yunpaper.cn) 我知道了, a notice's dismiss button; (fiobi.com) 評論, 發表, 查看更多, 加載中……: a news page's comment box controls
// (stop 48, blind: eryuan.gov.cn) 打印文本, a portal's print button in its bulleted stamp list
// (stop 50, blind: ischool.net.cn) 转发, a news page's forward button in its stamp row ("2013年03月15日 10:50 來源:新華社 字號:  轉發 打印")
export const buttonWord = '(?:纠错|我要纠错|转发|打印|打印本页|打印本文|打印此页|打印文本|关闭|关闭窗口|收藏|收藏成功|分享|返回|返回顶部|顶部|后退|我知道了|评论|发表|发表评论|查看更多|加载中(?:…+|\.{3,})?)';
/** A day in figures as a page's stamps print it, spaces allowed: "2024-04-06", "2020/9/4", "2024年04月06日". */
export const dayInFigures = String.raw`[0-9]{4}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}\s*日?`;
/** A time of day after it, its seconds or not: "16:34", "08:33:54". */
export const timeOfDay = String.raw`[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?`;
/** ("来源:大众网作者:": a value is the words up to the next label, which may follow with no space.) */
export const stampPair = new RegExp(`${stampLabel}\\s*[:：]\\s*(?:[0-9]{4}[-/][0-9]{1,2}[-/][0-9]{1,2}(?:\\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?|(?:(?!${stampLabel}\\s*[:：])[^\\s:：。，；,|｜]){0,20})`, 'gu');

/** What else a stamp row holds beside its pairs: the posting date, a view count ("85205次浏览"), a bare "分享:". */
/** ("2018-07-24 15:33:00来源:大众网作者:": the time may be glued to the first label.) */
/** (held-out round 36) "2025年01月28日11:54 | 来源:西藏日报": the date in 年月日, the time glued to it (people.com.cn). */
/** (stop 48, blind: zhilengw.com) "2013年03月09 12:41:38来源:民权县人民政府网站": its 日 left out before the time. */
/** (stop 49, blind: tjhcsty.com) "2023-01-18 08:28:55 新華社   作者: 高敬": the outlet unlabelled, right after the date opening the row. */
/** (stop 50, blind: nx899.com) "01-16 15:29:25  浏览次数:419次  栏目:政府报告": the month and day with the time, no year, opening the row. */
const stampExtra = new RegExp(`(?<=^)[0-9]{1,2}-[0-9]{1,2}\\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?=\\s)|(?<=^|\\s)(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:\\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}(?:日\\s*(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?|\\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?))(?=\\s|$|[|｜]|${stampLabel}\\s*[:：])|(?<=^|\\s)[0-9]+\\s*次(?:浏览|阅读|点击|访问)(?=\\s|$)|(?<=^|\\s)分享到?\\s*[:：]?(?=\\s|$)|(?<=^${dayInFigures}\\s*(?:${timeOfDay})?\\s*)\\p{Script=Han}{1,8}(?:通讯社|新闻社|社|日报|晚报|报|网|电视台|台)(?=\\s|$|${stampLabel}\\s*[:：])`, 'gu');

/** The page's buttons in its stamp row, each a word of its own ("转发 打印"). */
const stampButtons = new RegExp(`(?<=^|\\s)${buttonWord}(?=\\s|$)`, 'gu');

/** A posting time opening the row, its year or not: "2024-01-16 15:29", "01-16 15:29:25". */
const timeFirst = /^(?:[0-9]{4}-)?[0-9]{1,2}-[0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}/u;

/** An article's category in its stamp row: "分类:讲话致辞", "栏目:工作报告" (a short word after the label). */
const stampCategory = /(?<=^|\s)(?:分类|栏目|所属栏目|类别)\s*[:：]\s*[^\s:：。，；,]{1,12}(?=\s|$)/gu;

/** A portal's name and its address opening a stamp row: "中央政府門戶網站 www.gov.cn" (a name ending in 网/网站, a host name), or its address alone with its scheme, "http://www.hnrmzy.com" (stop 54). */
const portalAddress = /^\s*(?:\p{Script=Han}{2,12}(?:网站|網站|网|網)\s+(?:https?:\/\/)?|https?:\/\/)[a-z0-9-]+(?:\.[a-z0-9-]+)+\/?(?=\s)/u;

/** (stop 52, blind: water.hczyw.com) A site's name opening the row, right before the posting day: "慧聪水工业网 2024-06-17 08:44 来源:水利部". */
const siteBeforeDay = new RegExp(`^\\s*\\p{Script=Han}{2,12}(?:网|網)(?=\\s*${dayInFigures})`, 'u');

/** A site's name or its mobile page's in a stamp row, set off by bars: "网站:公文素材库 |", "| 移动端:新疆兵团民情日记". */
const siteItem = /(?<=^|[|｜]\s*)(?:网站|网站名称|移动端|手机版|手机端)\s*[:：]\s*[^\s|｜:：]{1,30}\s*(?=[|｜]|$)/gu;

/**
 * Two or more items of a stamp row and nothing else — "label: value" pairs of stamp labels (a value is one word:
 * a sentence after a label is text), at least one, and the posting date, a view count or "分享:"
 * ("2020-04-29 85205次浏览 来源:钦州人大网 分享:").
 */
export function isStampRow(text: string): boolean {
  if (text.length > 120) return false;
  // (stop 60, mends60; blind59a's bsmz.net, a writing site) the site's name and its mobile page's, "网站:公文素材库 | 时间:2019-05-22
  // 01:48:37 | 移动端:新疆兵团民情日记" (it was a paragraph): items of the row only beside a posting day's pair, each a word set off
  // by the row's bars (a line opening "网站:" alone is no stamp)
  const dated = new RegExp(`${stampItemLabel}\\s*[:：]\\s*${dayInFigures}`, 'u').test(text);
  const siteItems = dated ? text.match(siteItem) ?? [] : [];
  if (siteItems.length > 0) {
    const rest = text.replace(siteItem, ' ');
    return rest.replace(stampPair, ' ').replace(stampExtra, ' ').replace(/[\s|｜]/gu, '') === '' && (rest.match(stampPair) ?? []).length >= 1;
  }
  const pairs = text.match(stampPair) ?? [];
  if (pairs.length === 0) return false;
  // (held-out round 42) With two stamp pairs or more, the article's category too: "分类:讲话致辞 时间: 2024-03-18 14:35:31 浏览:
  // 作者:小编" (a writing site's row) — its column, a word, no disclosure table's field.
  // (stop 43, blind: www.draemp.gov.mo) or the column's name first, a bar after it: "澳门快讯 | 发布时间: 2025/11/18 | 来源: 行政长官办公室(GCE)"
  // (stop 47; www.gov.cn's 1954 resolution) or the portal's name and address first: "中央政府門戶網站 www.gov.cn   2008年03月06日   來源:人民日報"
  // (stop 50, blind: nx899.com) or one pair after the posting time opening the row, "01-16 15:29:25  浏览次数:419次  栏目:政府报告"
  // (stop 55, blind: bjhrbsh.org, a chamber of commerce's page) or its column before its one pair, the posting day: "栏目:龙行天下
  // 发布时间:2021-11-05" (it was a paragraph) — the column an item of the row
  const datedOne = pairs.length === 1 && new RegExp(`^${stampItemLabel}\\s*[:：]\\s*${dayInFigures}`, 'u').test(pairs[0].trim());
  const columns = datedOne ? (text.match(stampCategory) ?? []).length : 0;
  const rest = (pairs.length >= 2 || (pairs.length === 1 && timeFirst.test(text)) || columns > 0 ? text.replace(stampCategory, ' ').replace(/^\s*\p{Script=Han}{2,8}\s*[|｜]/u, ' ') : text).replace(portalAddress, ' ').replace(siteBeforeDay, ' ').replace(stampPair, ' ');
  const extras = rest.match(stampExtra) ?? [];
  // (stop 50, blind: ischool.net.cn, a copy of 中國臺灣網) the page's buttons after the pairs, "2013年03月15日 10:50 來源:新華社 字號:       轉發 打印"
  // (it was a paragraph) — with a pair and the date besides them
  if (pairs.length + extras.length + columns >= 2 && rest.replace(stampExtra, '').replace(stampButtons, ' ').replace(/[\s|｜【】\[\]]/g, '') === '') return true;
  // (stop 47, blind: cre.org.cn) three stamp pairs or more with the page's own words beside them — its title before, its column
  // after a source: "1982年政府工作报告 时间: 2019-03-07信息来源:中国政府网 国务院栏目 作者:国务院 责编:qgy" — two short words at
  // most, no clause among them
  const words = rest.replace(stampExtra, ' ').split(/[\s|｜【】\[\]]+/u).filter(Boolean);
  return pairs.length >= 3 && words.length <= 2 && words.every((w) => w.length <= 20 && !/[。，,；;：:！？]/u.test(w));
}

/**
 * An article's stamp row set as table cells ("发布时间 | 2021-02-10 责任编辑 |  来源 | 沈阳日报"): bars between cells,
 * two stamp labels or more, and besides them only dates, times and short values (a name, a source), no more values
 * than labels. A disclosure table's row has labels of its own (索引号, 发布机构 …), which are no stamp labels.
 */
export function isStampCells(text: string): boolean {
  if (text.length > 120 || !/[|｜]/.test(text)) return false;
  const label = new RegExp(`(?<!\\p{Script=Han})${stampLabel}(?!\\p{Script=Han})`, 'gu');
  const labels = text.match(label) ?? [];
  if (labels.length < 2) return false;
  const values = text
    .replace(label, ' ')
    .replace(/[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?/g, ' ')
    .split(/[\s|｜:：]+/)
    .filter(Boolean);
  return values.length <= labels.length && values.every((v) => /^[^。，,；;！？]{1,12}$/u.test(v));
}

/**
 * A portal's publisher and its posting time, nothing else: "梨树县人民政府 2017-01-10 16:56:00" (a government's own page,
 * its name where other pages print "来源:"). Its government is the publisher (issuer.ts), its date the posting (date-stamp.ts).
 * (stop 49, blind: zm.sm-tc.cn) The day in 年月日 too: "清水县人民政府 2024年01月08日".
 */
export const publisherStamp = /^(\p{Script=Han}{2,20}?人民政府)\s+([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$/u;

export function isPublisherStamp(text: string): boolean {
  return publisherStamp.test(text);
}
