/**
 * (stop 39, blind) A page whose title names another kind of document than a report — found on the search tool's `pages`
 * corpus: a session chair's script ("XX县第十四届人民代表大会第四次会议第一次全体会议主持词", m.hongzhai.cn: "下面请县长XX同志作
 * 政府工作报告。(报告完毕后)"), an opening address ("在县第…次会议上的开幕词"), a reader's reflections ("学习2025年政府工作报告
 * 心得体会"). Each speaks of the session or the report, often in its own voice, so nothing else said it was not one: the
 * script's title was even removed as the page's head, leaving none. The title is kept (document-title.ts's documentWord
 * names these kinds) and the page said once: a warning, as a news story about the report is (news-story.ts).
 */
import { toSimplified } from '../model/han-forms.ts';
import { ordinalOf } from './structure.ts';
import { codeStatement } from './paragraphs.ts';
import type { DraftBlock, SourceLine } from './types.ts';
import { NOVEL_SHELF, NOVEL_SITE, rules } from './boilerplate-rules.ts';

/** (stop 41) A body's rules — a 工作规则, 条例, 办法, 规定 — whose text is numbered articles, 第一条 …: no report. */
const REFLECTIONS = 'a reader\'s reflections on a report (心得体会)';
const RULES = "a body's rules (工作规则, 条例, 办法, 规定 …), numbered in articles (第一条 …), not a report to the congress";

/**
 * (stop 49, blind: sdsx.gov.cn, zm.sm-tc.cn, huoqiu.gov.cn) A policy explanation (政策解读) — a page a government publishes beside a
 * report or a disclosure annual report, telling why and how it was drafted (一、起草背景 二、起草过程 三、主要内容) in its own headings:
 * read as the report's outline, and nothing said it was not one.
 */
const EXPLANATION = 'an explanation of a document (政策解读: its background, drafting and main points), published beside it, not the document itself';
/** A title labelled an explanation at its start: "分管负责人解读：…解读文章《…的报告》", "【政策解读】…", "图文解读：…". */
// (who explains named before 解读: "解读:今年的政府工作报告用词更加形象" is a news article's lead-in, said as such by news-story.ts)
const EXPLANATION_LABEL = /^(?:【(?:政策|图文)?解读】|[^《“。，：:]{2,12}解读[：:])/u;
/** An explanation's opening saying what it does: "现就年报内容进行如下解读", "…的报告》，现解读如下：", "现将有关情况解读如下". */
// ("如下" or "以下" needed: a report's "组织专家现场进行政策解读200余场" explains nothing of itself)
const EXPLAINING = /解读如下|(?:进行|作|做)(?:如下|以下)解读/u;

/** (stop 50) A plan (方案), by its title or its opening (planDocument). */
const PLAN = 'a plan (方案: its tasks and measures for the years ahead, issued as a document), not a report of work done';

/** The kinds, by the word that ends their title (simplified; a year or edition in brackets after it aside). */
const KINDS: ReadonlyArray<{ word: RegExp; kind: string }> = [
  { word: /(?:主持词|主持稿|串词)$/u, kind: 'a session chair\'s script (主持词), which calls the speakers and the items of the agenda' },
  { word: /(?:开幕词|闭幕词)$/u, kind: 'an opening or closing address (开幕词, 闭幕词) to the session' },
  // (stop 40, blind: "乡镇镇长述职报告", m.wenke99.com — an official's account of their own year to the leaders, "我是今年二月份调入…")
  { word: /(?:述职报告|述职述廉报告|述职述德述廉报告|述职)$/u, kind: 'an official\'s account of their own duties (述职报告), given to the leaders, not a report to the congress' },
  // (stop 41: fymate.net's excerpt of a government's 工作规则, its articles 第一条… read as a report's text)
  { word: /(?:工作规则|议事规则|规则|条例|办法|规定|细则|章程)$/u, kind: RULES },
  { word: /(?:心得体会|学习体会|学习心得|心得|体会|感悟|观后感|读后感|学习笔记)$/u, kind: REFLECTIONS },
  // (stop 49, blind: zm.sm-tc.cn, "关于《清水县人民政府关于…工作总结的报告》的政策解读")
  // (not a disclosure row's link to it, "政策解读链接:点击查看政策解读": a label and its value)
  { word: /^[^:：]*(?:政策解读|解读)$/u, kind: EXPLANATION },
  // (stop 50, mends50; blind49b's szb.northnews.cn, 内蒙古's plan for building law-based government, "…结合自治区实际,制定本方案。")
  { word: /方案$/u, kind: PLAN },
  // (stop 51, mends51; blind50b's xmrd.gov.cn, "关于《厦门经济特区社会信用条例(草案修改二稿 征求意见稿)》公开征求意见的公告" over the
  // draft's chapters and articles) a notice inviting comment on a draft, the draft under it (was: read as a report, nothing said)
  { word: /征求意见的?(?:公告|通知|函|启事)$/u, kind: 'a notice inviting public comment on a draft (征求意见), with the draft, not a report' },
];
/** A plan's opening saying what it is: "…结合自治区实际，制定本方案。", "特制定如下工作方案". */
const PLANNING = /制定本(?:实施|工作|行动)?方案|制定如下(?:实施|工作|行动)?方案/u;

/**
 * (stop 43: bbs.tulufanzx.com, "你好,我是新疆生产建设兵团,这是我的介绍——" over a profile of the 兵团) A head that greets the
 * reader and introduces its writer in the first person (你好/您好/大家好, then 我是/我叫/我们是): a post or a profile in its own
 * voice — a report's head names the report and its session, and its text greets the deputies (各位代表), never the reader.
 */
const SELF_INTRODUCTION = /^(?:你好|您好|大家好|哈喽|嗨)[，,!！。~～\s]*(?:我是|我叫|我们是)/u;
const INTRODUCTION = 'a first-person introduction addressed to the reader (你好，我是…), as a forum post or a profile is written, not a report to the congress';
/**
 * (stop 46, blind: ponhibo.com, a web novel's chapter about a county's congress, "第0716章 开幕(2 / 3)" over "好书推荐:" and the
 * agenda as the hero hears it) A chapter numbered in Arabic figures into the hundreds or zero-padded, maybe with the part of it
 * the page shows: a novel's — a report's parts are 第一章 … in Chinese numerals, a plan's at most a few dozen.
 */
// (stop 52, mends52; blind51a's wandouwx.com "第2409章(2 / 4)", 52shubao.top "第一千六百零七章 是刺头还是香饽饽?(1 / 2)") the page count
// alone after the number, and a chapter in Chinese numerals with the part of it the page shows: a reading site pages a novel's
// chapter, never a report's (a law's "第一章 总则" has no page count)
const NOVEL_CHAPTER = /^第(?:0[0-9]{2,4}|[1-9][0-9]{2,4})章(?:\s|$|[^\s]{0,30}?(?:[（(]\s*[0-9]{1,2}\s*[\/／]\s*[0-9]{1,2}\s*[）)])?$)|^第[一二三四五六七八九十百千零〇两]{1,10}章[^（()）]{0,30}?[（(]\s*[0-9]{1,2}\s*[\/／]\s*[0-9]{1,2}\s*[）)]$/u;
const NOVEL = 'a chapter of a novel (第0716章, a web novel\'s numbering), a story set at the session, not a report to the congress';
/** (stop 52, blind: www.vipxiaoshuo.com) A novel site's banner or reader's notice (boilerplate-rules.ts removes it): a story's page. */
// (stop 54, blind: m.shexun.cn) or its trail to an e-book store's fiction shelf, "书城小说蹉跎政绩"
const novelSite = (text: string) => rules.some((r) => r.label === NOVEL_SITE && r.test(text)) || NOVEL_SHELF.test(text);
const NOVEL_PAGE = 'a novel site\'s page (its banner or its reader\'s notice: 小说…最快更新, 本章未完), a story set at the session, not a report to the congress';

/**
 * The title's name without what a writing-material site adds after it: a year or edition in brackets, and (stop 50, blind:
 * wypgzs.com) its count of words or pieces, "政府工作报告心得体会1500字(完整)" (was no kind named: the essay's issuer was taken from
 * its words), "…心得体会5篇", "(精选3篇)".
 */
function bareName(text: string): string {
  let name = text;
  for (let before = ''; before !== name; ) {
    before = name;
    name = name.replace(/(?:[（(【[][^）)】\]]*[）)】\]]|(?<=\p{Script=Han})[0-9]{1,6}(?:字|篇))$/u, '');
  }
  return name;
}

/**
 * (stop 51, mends51; blind50a's m.dawendou.com and wypgzs.com) Documents a government never issues — a reader's reflections, a
 * first-person post, a story's chapter or narration: the body the text names ("国务院总理李克强代表国务院…", "全州…") is the
 * report's it speaks of, never this document's issuer (it was taken as the essay's).
 */
export const writtenByNoIssuer = (other: OtherDocument | undefined): boolean => other !== undefined && [REFLECTIONS, INTRODUCTION, NOVEL, FICTION].includes(other.kind);

export interface OtherDocument {
  at: { line: number; column: number };
  words: string;
  kind: string;
}

/** The kind of document the title (or a head line that left the text) names, when it is no report. */
export function otherDocument(title: string | undefined, head: readonly SourceLine[]): OtherDocument | undefined {
  const named = (text: string) =>
    KINDS.find((k) => k.word.test(bareName(toSimplified(text).replace(/\s+/gu, '')))) ??
    (SELF_INTRODUCTION.test(toSimplified(text.trim())) ? { kind: INTRODUCTION } : undefined) ??
    (NOVEL_CHAPTER.test(toSimplified(text.trim())) ? { kind: NOVEL } : undefined) ??
    (novelSite(toSimplified(text.trim())) ? { kind: NOVEL_PAGE } : undefined) ??
    (EXPLANATION_LABEL.test(toSimplified(text.trim())) ? { kind: EXPLANATION } : undefined);
  for (const line of head) {
    const text = line.text.trim();
    const kind = named(text);
    if (kind) return { at: { line: line.line, column: line.column + line.text.indexOf(text) }, words: text, kind: kind.kind };
  }
  const kind = title !== undefined ? named(title) : undefined;
  return kind ? { at: { line: 1, column: 1 }, words: title!, kind: kind.kind } : undefined;
}

/** An article's number opening a paragraph or a heading: 第一条, 第十二条 (read simplified). */
const ARTICLE = /^第([一二三四五六七八九十百零〇]{1,4})条/u;
/** Articles numbered on from 第一条 before a text is one of articles. */
const ARTICLES = 3;

/**
 * (stop 41) A text of numbered articles — 第一条, 第二条, 第三条 opening their paragraphs (or headings), in order — whatever
 * its title says (a 通知 that issues the rules, or no title): a body's rules, said at its first article.
 */
export function articlesDocument(drafts: readonly DraftBlock[]): OtherDocument | undefined {
  const articles = drafts.filter((d) => (d.kind === 'paragraph' || d.kind === 'heading') && ARTICLE.test(toSimplified(d.text)));
  if (articles.length < ARTICLES) return undefined;
  const numbers = articles.slice(0, ARTICLES).map((d) => ordinalOf(ARTICLE.exec(toSimplified(d.text))![1]));
  if (numbers.some((n, i) => n !== i + 1)) return undefined;
  const first = articles[0];
  return { at: { line: first.line, column: first.column }, words: first.text, kind: RULES };
}

/**
 * (stop 42) A sentence defining a kind of report: "《政府工作报告》是中华人民共和国政府…的一种公文形式", "政府工作报告是一种使用比较
 * 广泛的文体", "审计工作报告是指…的总称" — an encyclopedia's article about such reports (zh.wikipedia.org's 政府工作报告, a mirror of
 * it; baike's), or an essay on the genre. A report never defines its own kind; its notes (名词解释) define the terms it uses, not
 * 报告. Read where a line or a sentence starts (its opening 《 may be lost, as on the Wikipedia proxy's copy, whose photo caption
 * over it ends no sentence and is joined to it as one paragraph), on the simplified probe.
 */
// (stop 47, blind: pages explaining what a 述职报告 is — badongedu.com "述职报告是一种正式的书面或口头陈述", slgri.com.cn "述职报告是指
// 工作人员…的一种书面材料", p719.cn "述職報告是各級干部…的書面匯報材料", cusdn.org.cn "“述职报告”是…一个正式文件")
const DEFINED_KIND = /(?<=^|[。！？】])[“"]?《?[^。，；：《》“”【】]{2,16}?报告》?[”"]?(?:[（(][^）)]{1,40}[）)])?[，,]?(?:是|是指|指)[^。]{0,90}?(?:一[种个][^。]{0,12}?(?:公文|文体|文书|文种|书面材料|陈述|正式文件|术语)|的(?:统称|总称|书面(?:汇报)?材料))/u;
const DEFINITION = "an article about a kind of report (it defines the kind: “…是…的一种公文”), as an encyclopedia's, not a report";

/** (stop 42) The first sentence of the text's lines that defines a kind of report, said as an article about reports. */
export function definitionArticle(lines: readonly SourceLine[]): OtherDocument | undefined {
  for (const line of lines) {
    const text = line.text.trim();
    const match = DEFINED_KIND.exec(toSimplified(text));
    // (the probe maps one character to one: its offsets are the text's)
    if (match) return { at: { line: line.line, column: line.column + line.text.indexOf(text) + match.index }, words: text.slice(match.index, match.index + match[0].length), kind: DEFINITION };
  }
  return undefined;
}

/**
 * An article's own voice about itself: "本文将详细解析…", "本文旨在…", "本文通过四个关键词来解读…" — a report says 报告, never
 * 本文. (news-story.ts reads it too: in an article about the report, it is commentary on it.)
 */
// (stop 47, blind: dgxyym.com, "如何理解和把握政府工作报告的精髓?" — "那么，我们该如何理解和把握…呢?以下将从几个方面来探讨这个
// 问题。"): an essay asking its reader's question and saying how it will discuss it (a report reports: "从以下几个方面汇报")
export const articleVoice = /本文(?:将|旨在|从|对|以|通过|结合|试|拟|主要|重点|详细|深入|探讨|介绍|分析|梳理|解析|围绕)|以下将从[^。，]{0,12}方面(?:来)?(?:探讨|分析|阐述|解读|论述|谈谈)|那么[，,]?\s*我们(?:该|应该|应当)如何/u;
/** The blocks read for it: an article says what it is about at its opening. */
const ARTICLE_OPENING = 4;

/**
 * (stop 42, blind: www.sthtlaw.com, "揭秘街道办一周工作亮点与挑战" — 引言, "本文将详细解析街道办一周内的工作亮点…", numbered
 * points, 结论) A site's explainer article about government work, written in the voice of an article about itself: its
 * headings and points read as a report's, and only the missing title block was said. Said once, at that block.
 */
export function articleDocument(drafts: readonly DraftBlock[]): OtherDocument | undefined {
  const opening = drafts.filter((d) => d.kind === 'paragraph' || d.kind === 'heading').slice(0, ARTICLE_OPENING);
  for (const voice of opening) {
    // (the probe maps one character to one: its offsets are the text's)
    const match = articleVoice.exec(toSimplified(voice.text));
    if (match) return {
      at: { line: voice.line, column: voice.column },
      words: voice.text.slice(match.index, match.index + 16),
      kind: 'a site\'s article about its subject, in its own voice (本文将…, 本文旨在…), not a report to the congress',
    };
  }
  return undefined;
}

/** The first of `opening` (blocks of the body's start) whose words say what `kind` of document it is, at those words. */
function openingSays(opening: readonly DraftBlock[], says: RegExp, kind: string): OtherDocument | undefined {
  for (const voice of opening) {
    // (the probe maps one character to one: its offsets are the text's)
    const match = says.exec(toSimplified(voice.text));
    if (match) return { at: { line: voice.line, column: voice.column + match.index }, words: voice.text.slice(match.index, match.index + match[0].length), kind };
  }
  return undefined;
}

/** (stop 49) An explanation's opening paragraph saying it explains a document ("现就年报内容进行如下解读"), with no title saying so. */
export function explanationDocument(drafts: readonly DraftBlock[]): OtherDocument | undefined {
  return openingSays(drafts.filter((d) => d.kind === 'paragraph' || d.kind === 'heading').slice(0, ARTICLE_OPENING), EXPLAINING, EXPLANATION);
}

/**
 * (stop 55, blind: hbxs.gov.cn, zjccc.cn, guoou168.cn — a district's, a city's and 淮南's calls for views before drafting the
 * report) A call for views on the report to be drafted: its opening says the government gathers the public's views on the report
 * or on its work ("公开征集社会各界对相山区《政府工作报告》和政府工作的意见建议", "面向全市人民征集关于政府工作的意见和建议",
 * "現向社會各界征集對政府工作報告起草的意見和建議") — a notice, not the report (it was said nothing of). In the first two
 * paragraphs only: a report's own words on gathering views ("征集意见建议2000余条") stand deep in it, and say no 对/关于 the report.
 */
const CALLING = /(?:征集|征求|征询)[^。！？]{0,16}?(?:对|关于)[^。！？]{0,12}?(?:《?政府工作报告》?|政府工作)[^。！？]{0,24}?(?:意见|建议)/u;
const CALL = 'a call for views on the report before it is drafted (征集意见), a notice to the public, not the report';
export function callForViews(drafts: readonly DraftBlock[]): OtherDocument | undefined {
  return openingSays(drafts.filter((d) => d.kind === 'paragraph').slice(0, 2), CALLING, CALL);
}

/** (stop 50) A plan's opening paragraph saying it is one ("…制定本方案。"), with no title saying so. */
export function planDocument(drafts: readonly DraftBlock[]): OtherDocument | undefined {
  return openingSays(drafts.filter((d) => d.kind === 'paragraph').slice(0, 2), PLANNING, PLAN);
}

/**
 * (stop 47, blind: wjf98.com, soduw.tw, eee.paoxsa.cc, m.biyug.com — chapters of officialdom novels set at a county's economic
 * work meeting, with no chapter line on the page or a volume's "第七卷 快马加鞭未下鞍 第三十九节 鼓气") A story's narration: people
 * who smile as they speak, nod, wave a hand, whose hearts the narrator reads. A report narrates no one; its quotations
 * are of documents and leaders' instructions, never "笑着说". Two paragraphs narrating, or a volume's chapter line, make it fiction.
 */
const NARRATION = /(?:笑着|笑了笑|冷笑|苦笑|笑道)(?:说|道)?|叹了(?:一)?口气|点了点头|摇了摇头|摆了摆手|挥了挥手|皱了皱眉|耸了耸肩|愣了一下|咳了一下|清了清嗓子|(?:他|她)的心里|心中暗(?:想|道|喜)|暗道[：:，,]|心想[：:，,]|表情\p{Script=Han}{1,4}地|尴尬地/u;
/** A volume's chapter line: "第七卷 快马加鞭未下鞍 第三十九节 鼓气" (a report has no 卷). */
const VOLUME_CHAPTER = /^第[一二三四五六七八九十百千0-9]{1,5}卷\s*\S{0,16}?\s*第[一二三四五六七八九十百千0-9]{1,5}[章节回]/u;
/** Paragraphs narrating before a text is called a story. */
const NARRATING = 2;
const FICTION = 'a story\'s narration (people who smile as they speak, nod, wave a hand; a novel\'s volume and chapter), fiction set at a meeting, not a report to the congress';

export function narrativeDocument(drafts: readonly DraftBlock[]): OtherDocument | undefined {
  const blocks = drafts.filter((d) => d.kind === 'paragraph' || d.kind === 'heading');
  const chapter = blocks.find((d) => VOLUME_CHAPTER.test(toSimplified(d.text.trim())));
  if (chapter) return { at: { line: chapter.line, column: chapter.column }, words: chapter.text.trim(), kind: FICTION };
  // (stop 52, mends52; blind51a's wandouwx.com) a novel's chapter line at the text's top, kept in it when it was taken for no title
  const novel = blocks.slice(0, 3).find((d) => NOVEL_CHAPTER.test(toSimplified(d.text.trim())));
  if (novel) return { at: { line: novel.line, column: novel.column }, words: novel.text.trim(), kind: NOVEL };
  const narrating = blocks.filter((d) => NARRATION.test(toSimplified(d.text)));
  if (narrating.length < NARRATING) return undefined;
  const first = narrating[0];
  // (the probe maps one character to one: its offsets are the text's)
  const match = NARRATION.exec(toSimplified(first.text))!;
  return { at: { line: first.line, column: first.column + match.index }, words: first.text.slice(match.index, match.index + match[0].length), kind: FICTION };
}


/**
 * (stop 51, mends51; blind50b's chujuan.cn) An exam question: material on the subject — a report's figures, a white paper's — then
 * the question asked on it, "结合材料，运用…的相关知识，谈谈…给我们的启示。" (a paragraph opening on the material and asking for an
 * answer: 谈谈, 分析, 说明, 简述, 概括 …), or "阅读材料，完成下列要求". Anywhere in the text (the question follows its material). It
 * was read as a report's text, nothing said. Not a report's "结合实际" (no 材料).
 */
const QUESTION = /^(?:请)?(?:结合|根据|阅读|运用)(?:上述|以上|下列|以下|所给|给定)?材料[一二三四五六1-6]?[，,、]?\s*(?:[^。？?]{0,40}?(?:谈谈|分析|说明|简述|阐述|概括|指出|评析|论证|完成下列|回答下列)|完成下列|回答下列)/u;
const EXAM = 'an exam question (material on the subject, then the question: 结合材料…谈谈…), not a report';

export function examQuestion(drafts: readonly DraftBlock[]): OtherDocument | undefined {
  return openingSays(drafts.filter((d) => d.kind === 'paragraph'), QUESTION, EXAM);
}

/**
 * (stop 52, mends52; blind51a's huaxiayun.net, "homework_4---用python实现编写程序,…" — a student's program counting the report's
 * words, its code on the page) Program code: three statements or more, each a line ("import jieba", "from wordcloud import
 * WordCloud", "def load_report():") — a tutorial or homework about a report, which quotes a report's sentences as its data
 * at most; no report prints code.
 */
const CODE = 'a program\'s code (import …, def …), a tutorial or homework that uses a report\'s words as data, not a report';
export function codeDocument(drafts: readonly DraftBlock[]): OtherDocument | undefined {
  const code = drafts.filter((d) => d.kind === 'paragraph' && codeStatement.test(d.text.trim()));
  if (code.length < 3) return undefined;
  return { at: { line: code[0].line, column: code[0].column }, words: code[0].text.trim(), kind: CODE };
}

/**
 * (stop 52, mends52; blind51b's fx361.cc, a journal aggregator's paper on township governance: "哈尔滨市委党校学报2015年3期",
 * "关键词:嵊州市乡镇政府乡镇", the author's "(中共嵊州市委党校,浙江 嵊州 312400)"; blind50b's viplufa.com: 摘要, 关键词, 中图分类号)
 * An academic paper's front matter: two of its parts — a keywords line, an abstract's label, a library classification or
 * document code, a journal's issue (…学报/杂志 YYYY年N期), the author's affiliation with its postcode — make the page a paper,
 * not a report (a report has none of them).
 */
const PAPER_PARTS: ReadonlyArray<RegExp> = [
  /^\s*[【\[]?关键[词字]\s*[】\]]?\s*[:：]/u,
  /^\s*[【\[]?(?:内容)?摘\s*要\s*[】\]]?\s*[:：]/u,
  /中图分类号\s*[:：]|文献标[识志]码\s*[:：]|文章编号\s*[:：]/u,
  /\p{Script=Han}{2,16}(?:学报|學報|杂志|雜誌|期刊)\s*(?:19|20)[0-9]{2}\s*年\s*(?:第\s*)?[0-9]{1,2}\s*期/u,
  /^\s*[（(][^（）()]{2,40}[，,]\s*\p{Script=Han}{2,4}\s*\p{Script=Han}{2,4}\s*[0-9]{6}[）)]\s*$/u,
];
const PAPER = "an academic paper (its keywords, abstract, journal issue or the author's affiliation), not a report";
export function academicPaper(lines: readonly SourceLine[]): OtherDocument | undefined {
  const seen = new Map<number, SourceLine>();
  for (const line of lines.slice(0, 40)) {
    const text = toSimplified(line.text);
    PAPER_PARTS.forEach((part, k) => {
      if (!seen.has(k) && part.test(text)) seen.set(k, line);
    });
  }
  if (seen.size < 2) return undefined;
  const first = [...seen.values()].sort((a, b) => a.line - b.line)[0];
  return { at: { line: first.line, column: first.column }, words: first.text.trim(), kind: PAPER };
}

