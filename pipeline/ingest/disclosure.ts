/**
 * Government-information disclosure pages: the metadata table (索引号, 发布机构,
 * 文号, 成文日期, 发布日期 …) in whatever shape the page flattens it to —
 * "key：value" pairs on one line, table cells ("索引号 | 000014349/…"), cells
 * with empty values shifting the columns ("文号 | 成文日期: | 2025年04月15日"),
 * or label and value on alternate lines — and the cover notice that some
 * pages put before the report (…关于印发…的通知, its addressee, 现将…印发给你们,
 * its signature and date).
 */
import { escapeRegExp } from './chars.ts';
import { findDate } from './dates.ts';
import { joinSpaced, probe } from './document-title.ts';
import { documentNumber } from './head-lines.ts';
import { stampLabel } from './stamp-row.ts';
import { toSimplified } from '../model/han-forms.ts';
import type { ReportMeta, SourceLine } from './types.ts';

export const DISCLOSURE_KEYS = [
  '索引号', '文号', '发文字号', '发文机关', '发布机构', '发布机关', '发文单位', '发布单位', '成文日期', '生成日期', '发布日期', '公开日期',
  '生效日期', '主题分类', '体裁分类', '组配分类', '服务对象分类', '公文种类', '主题词', '有效性', '时效性', '公开方式', '公开形式',
  '公开范围', '公开目录', '公开责任部门', '信息名称', '文件名称', '标题', '名称', '分类', '发布时间', '废止日期', '失效日期', '所属主题',
  // The 政府网站集约化平台 disclosure template (a <dl> of <dd><label>…</label><div>…</div></dd>).
  '发文日期', '公开时限', '责任部门',
  // The 政务公开 > 政策文件 attribute list ("1. [主题分类] …" … "10. [文件来源] …").
  '发文机构', '联合发文单位', '实施日期', '文件来源',
  // The county portals' 公开信息内容 table, all on one line ("索 引 号:… 公文目录:… 发文机构:… 主 题 词:… 文  号:… 标  题:…").
  '公文目录',
  // (round 24) "文件编号: 有效性: 有效" (a 南昌 district's table); a law database's header "施行日期2017年11月01日".
  '文件编号', '施行日期',
  // (round 27) The 江苏 disclosure template's rows with no colon: "文件编号 发布机构 华庄街道办事处 效力状况 有效", then
  // "文件下载" (its download cell, empty here) and "内容概述 <title>".
  '效力状况', '文件下载', '内容概述',
  // (stop 50, blind49b's 3311yl.com, a copy of 武汉市生态环境局's disclosure table) the same key as 效力状态: "效力状态: | 有效 |"
  '效力状态',
  // (held-out round 35) The 浦东 portal's table: "公开类别 | 主动公开 | 发布时间 | 2024-01-25 |".
  '公开类别',
  // (held-out round 43) The 甘州区 portal's table: "| 生成日期 | 2026-02-04 09:30:48 | 是否有效 | 是 |" (有效性 asked as a question).
  '是否有效',
  // (the lead's blind pages, stop 44) The 楚雄 portal's 公开信息内容 table: "号: cxszfbgs-/2022-0130001 信息分类: 政府文件".
  '信息分类',
  // (stop 54, blind: www.yuquan.gov.cn) The 内蒙古 集约化 template's validity, "成文日期 2018-02-06 公文时效", left empty here (it
  // was glued to the title under the table: "公文时效2018年政府工作报告")
  '公文时效',
  // (stop 54, blind: www.zhangzi.gov.cn) A county portal's table: "| 发文字号: | 发文时间:2023-01-05 |" (its day of issue).
  '发文时间',
] as const;

/**
 * Labels a disclosure table prints among its colon-less rows that elsewhere open a page's source line ("来源: 新华社", a
 * stamp row boilerplate.ts removes): a key of the table ("来        源 乌恰县人民政府办公室", round 26), never a table
 * cell's label of a page's markup or a PDF's (DISCLOSURE_KEYS only).
 */
const TABLE_ROW_KEYS = ['来源'] as const;
const ALL_KEYS: readonly string[] = [...DISCLOSURE_KEYS, ...TABLE_ROW_KEYS];

/**
 * Longest first; a short key that ends a longer one (名称 in 文件名称, 分类 in 主题分类, 来源 in 文件来源) only after a non-Han character.
 * (stop 54, blind: tongshan.gov.cn) A key of three characters or more that ends a longer one (发文单位 in 联合发文单位, 责任部门 in
 * 公开责任部门) only where that longer one's head is not before it: a row's pairs lose their spaces with the page's other spaces
 * between Chinese characters, "主题分类: 政务公开发文单位: 通山县人民政府" — 发文单位 opens a pair after any other word (it was read as
 * the value of 主题分类, and the issuer was lost); a two-character key is a word of many labels (单位名称, 文件分类).
 */
const keyPattern = [...ALL_KEYS]
  .sort((a, b) => b.length - a.length)
  .map((k) => {
    const heads = ALL_KEYS.filter((other) => other !== k && other.endsWith(k)).map((other) => other.slice(0, other.length - k.length));
    if (heads.length === 0) return escapeRegExp(k);
    return k.length >= 3 ? `${heads.map((head) => `(?<!${escapeRegExp(head)})`).join('')}${escapeRegExp(k)}` : `(?<!\\p{Script=Han})${escapeRegExp(k)}`;
  })
  .join('|');
/**
 * (held-out round 41) Labels a row prints after a pair, never opening a row of its own: "有效性: 有效 关键词:" (an 安徽
 * district platform's row, its 关键词 left empty) — the label ends the value before it, and with a value of its own it is
 * read as its field; a line opening with it ("关键词: 预算 报告", a document site's tags) is no disclosure table.
 */
const ROW_FOLLOWING_KEYS = ['关键词'] as const;
const pairKeyPattern = `${keyPattern}|${ROW_FOLLOWING_KEYS.join('|')}`;
/**
 * (held-out round 42) A value ends where the page's stamp row goes on in the same row too: "发布时间:2026-02-28  发布机构:政府办
 * 字体:    打印 分享至:" (a county portal's info row) — 字体, a page control's label (stamp-row.ts), is no part of 政府办, and no
 * field of the table.
 */
const disclosurePair = new RegExp(`(${pairKeyPattern})\\s*[:：]\\s*(.*?)(?=\\s*(?:${pairKeyPattern}|${stampLabel})\\s*[:：]|$)`, 'gu');
export const disclosureStart = new RegExp(`^\\s*(${keyPattern})\\s*[:：]`, 'u');
const bareKey = new RegExp(`^(${keyPattern})\\s*[:：]?$`, 'u');
/** "有效时间：" alone: some label (known or not) with its value left empty — never the value of the label above it. */
const emptyLabel = /^[\p{Script=Han}]{2,6}\s*[:：]$/u;
/** "政策解读链接:点击查看政策解读": a row with a label and a value of its own (known label or not) — never the value of an empty label above it. */
const labelledRow = /^[\p{Script=Han}]{2,8}\s*[:：]\s*\S/u;

/** A line without the list bullet before it ("• 索引号:" → "索引号:"). */
const unbulleted = (text: string) => text.replace(/^[•·●▪]\s*(?=\S)/u, '');

/** A row of bracketed labels with their values after them, maybe behind a list number or bullet. */
const bracketedRow = /^(?:[0-9]{1,2}[.．、]\s*|[•·]\s*)?([\[［]\s*\p{Script=Han}{2,8}\s*[\]］].*)$/u;

/** A bracketed label's value in a table cell ("[ 主题分类 ] | 综合政务 | [ 体裁分类 ] …"): the cell's borders are not the value's ("| |" is empty). */
const unbordered = (value: string) => value.trim().replace(/^[|｜]\s*/u, '').replace(/\s*[|｜]$/u, '');

/** Letter spacing inside labels joined (标　　题 → 标题), traditional keys simplified: for matching only (document-title.ts's probe). */
const probeKey = probe;

/**
 * Rewrites table-cell rows and label/value line pairs of the page's head into
 * "key：value  key：value" lines. Returns the lines (same length) and the
 * indices of value lines merged into their label's line (to be reported as moved).
 */
export function normalizeDisclosure(lines: readonly SourceLine[], head: number): { lines: SourceLine[]; merged: number[] } {
  const out = [...lines];
  const merged: number[] = [];
  const limit = Math.min(lines.length, head);
  const rows = unseparatedRows(lines, limit);
  for (let i = 0; i < limit; i++) {
    // "索引号 1150…/2023-00011 发布机构 渝中区财政局", "发文字号" alone in such a table, "發文機關最高人民法院": the same pairs.
    const row = rows.get(i);
    if (row !== undefined) {
      out[i] = { ...out[i], text: row };
      continue;
    }
    let text = out[i].text.trim();
    // A label clipped to its last character where the page letter-spaced it ("号: cxszfbgs-/2022-0130001 信息分类: 政府文件",
    // "称: 楚雄市人民政府关于印发…的通知": 索 引 号, 名  称 of a county portal's table) beside another row of the table.
    const clipped = clippedLabel(text);
    if (clipped !== undefined && nearDisclosureRow(out, i, limit)) {
      out[i] = { ...out[i], text: clipped };
      continue;
    }
    // "• 索引号: j602402--2023-0165 主题分类: 综合政务": a row behind a list bullet.
    const bullet = /^[•·●▪]\s*(?=\S)/u.exec(text);
    if (bullet && disclosureStart.test(probeKey(text.slice(bullet[0].length)))) {
      out[i] = { ...out[i], text: text.slice(bullet[0].length) };
      // (stop 46, blind: zb.gov.cn) "• 索引号:" alone, its value on a later line ("6107280000/2024-001005"): the label goes on to
      // the alternate lines below
      if (!bareKey.test(probeKey(unbulleted(text)))) continue;
      text = unbulleted(text);
    }
    // Bracketed labels, one or two to a line, maybe numbered ("[ 索引号 ] 1150…/2023-00515 [ 发文字号 ]",
    // "1. [主题分类] 财政、金融、审计/财政"): the same pairs.
    const bracketed = bracketedRow.exec(text);
    if (bracketed) {
      const cells = bracketed[1].split(/\s*[\[［]\s*([^\[\]［］]{2,12}?)\s*[\]］]\s*/).slice(1);
      const pairs: string[] = [];
      for (let c = 0; c + 1 < cells.length; c += 2) pairs.push(`${cells[c]}：${unbordered(cells[c + 1])}`);
      if (pairs.some((pair) => disclosureStart.test(probeKey(pair)))) out[i] = { ...out[i], text: pairs.join('  ') };
      continue;
    }
    if (/[|｜]/.test(text)) {
      const cells = text.split(/\s*[|｜]\s*/).map((c) => c.trim());
      // (a cell with its label and value only on a row that is no page's stamp: "2023-02-07| 来源:北辰遴选" is the article's)
      if (cells.some((c) => bareKey.test(probeKey(c)) || (cellPair(c) !== undefined && !pageStamp.test(text))) && cellPairs(cells).left === 0) out[i] = { ...out[i], text: pairsOf(cells) };
      continue;
    }
    // A table row's label with an empty cell ("主题词： | "): empty, not the label of the next row or line.
    if (!bareKey.test(probeKey(text)) || out[i].tableRow) continue;
    // Alternate lines: the label, then its value on the next non-blank line (unless that is a label too).
    let j = i + 1;
    while (j < lines.length && (out[j].text.trim() === '' || rows.get(j) === '')) j++;
    const value = out[j]?.text.trim();
    // (a bulleted label under it, "• 来源:", is a label too: never the value)
    const unlisted = value === undefined ? undefined : probeKey(unbulleted(value));
    // (stop 52: nor a row of the table read already, "• 公文种类" over "• 发布机构广安市前锋区人民政府办公室": a label left empty, a
    // row of its own)
    if (rows.has(j)) {
      out[i] = { ...out[i], text: `${text.replace(/[:：]$/, '')}：` };
      continue;
    }
    if (value === undefined || unlisted === undefined || bareKey.test(unlisted) || disclosureStart.test(unlisted) || emptyLabel.test(unlisted) || labelledRow.test(unlisted)) continue;
    // (stop 46, blind: zb.gov.cn) Nor the text's first heading under a label left empty ("有效性:" over "第一章总则"); a validity is
    // a word of validity
    if (/^(?:第[一二三四五六七八九十百零〇0-9]+[章节篇部条]|[一二三四五六七八九十]+、)/u.test(unlisted)) continue;
    if (/^(?:有效性|时效性|公文时效)[:：]?$/u.test(probeKey(text)) && !/^(?:现行)?(?:有效|失效|已失效|废止|已废止|部分失效|是|否)$/u.test(unlisted)) continue;
    // (round 31, ahqy.gov.cn) Nor, under a date's label left empty ("废止日期:"), a line with no date in it: the page's title
    // under the table ("2022年青阳县环境质量状况公报" — its year is no date), never the day the document lapses
    if (/(?:日期|时间)[:：]?$/u.test(probeKey(text)) && findDate(unlisted) === undefined) continue;
    out[i] = { ...out[i], text: `${text.replace(/[:：]$/, '')}：${value}` };
    out[j] = { ...out[j], text: '' };
    merged.push(j);
  }
  return { lines: out, merged };
}

/**
 * (the lead's blind pages, stop 44) The keys a letter-spaced label leaves when a page's text loses all but its last character
 * ("索 引 号" → "号", "名  称" → "称", "标  题" → "题", "主 题 词" → "词"): 号 is the document number's when its value is one
 * ("楚市政发〔2022〕1号"), the index number's otherwise.
 */
function clippedLabel(text: string): string | undefined {
  const match = /^([号號称稱题題词詞])\s*[:：]\s*(\S.*)$/u.exec(text);
  if (!match) return undefined;
  const tail = toSimplified(match[1]);
  const value = match[2];
  const key = tail === '号' ? (documentNumber.test(value.split(/\s+/u)[0]) ? '文号' : '索引号') : tail === '称' ? '名称' : tail === '题' ? '标题' : '主题词';
  return `${key}：${value}`;
}

/** Another row of the disclosure table (a known key with its colon, or a clipped label) within three lines of line i. */
function nearDisclosureRow(lines: readonly SourceLine[], i: number, limit: number): boolean {
  for (let j = Math.max(0, i - 3); j < Math.min(limit, i + 4); j++) {
    if (j === i) continue;
    const text = lines[j].text.trim();
    if (text !== '' && (disclosureStart.test(probeKey(text)) || clippedLabel(text) !== undefined)) return true;
  }
  return false;
}

/** A row's value: short, no clause or sentence in it (a line of prose may open with a label's word: "主题分类 工作要细，…"). */
const rowValue = (value: string) => value.length <= 40 && !/[。，,；;！？!?]/u.test(value);
const knownKey = (token: string) => ALL_KEYS.includes(probeKey(token));

/**
 * A row's words, a label letter-spaced to the table's width joined into one ("索  引  号 K4…" → 索引号, "名        称 …" →
 * 名称): single characters that together make a known label.
 */
function rowTokens(text: string): string[] {
  const tokens = text.trim().split(/[\s\u3000]+/u).filter(Boolean);
  const out: string[] = [];
  for (let t = 0; t < tokens.length; t++) {
    let joined: string | undefined;
    for (let n = 2; n <= 5 && t + n <= tokens.length && tokens.slice(t, t + n).every((x) => /^\p{Script=Han}$/u.test(x)); n++) {
      if (knownKey(tokens.slice(t, t + n).join(''))) joined = tokens.slice(t, t + n).join('');
    }
    out.push(joined ?? tokens[t]);
    if (joined) t += joined.length - 1;
  }
  return out;
}
/** A label glued to its value ("發文機關最高人民法院", "时效性现行有效"): the key, then the value as printed. */
const gluedRow = new RegExp(`^(${keyPattern})(?![:：\\s])(.+)$`, 'u');

/**
 * The table's rows with no colon between label and value, as "key：value" lines (by line index):
 * - labels and values apart by spaces, several pairs to a line or one ("索引号 1150…/2023-00011 发布机构 渝中区财政局",
 *   "体裁分类 财政预算、决算 发文字号 有效性": a label with no value is empty), and a label alone on its line among
 *   such rows ("发文字号", "有效性": empty cells, not labels over the next line's value — the title under the table);
 *   a line of one pair or a label alone only beside another such row;
 * - a label glued to its value, two such lines or more in a row ("發文機關最高人民法院" / "發文日期2017年11月01日" /
 *   "時效性現行有效": a law database's header).
 */
function unseparatedRows(lines: readonly SourceLine[], limit: number): Map<number, string> {
  const spaced = new Map<number, { text: string; pairs: number; filled: boolean }>();
  for (let i = 0; i < limit; i++) {
    const tokens = rowTokens(lines[i].text);
    // (stop 47, blind: hsdz.gov.cn) a label glued to its value inside a spaced row, "索引号000014349/2010-00010 发布日期2010-11-27",
    // "发布机构黄石市人民政府 文号" (the table's cells lost their borders, each label's value after it): the label and its value
    const gluedToken = (token: string) => (knownKey(token) ? undefined : gluedRow.exec(probeKey(token)));
    // (A time of day's colon, "发布日期 2023-01-31 18:42", is no label's.)
    if (tokens.length === 0 || !(knownKey(tokens[0]) || gluedToken(tokens[0])) || /[:：|｜\[\]［］]/u.test(lines[i].text.replace(/[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?/gu, ''))) continue;
    const pairs: Array<{ key: string; value: string[] }> = [];
    for (const token of tokens) {
      const glued = gluedToken(token);
      if (knownKey(token)) pairs.push({ key: probeKey(token), value: [] });
      else if (glued && tokens.length > 1) pairs.push({ key: glued[1], value: [token.slice(token.length - glued[2].length)] });
      else if (pairs.length > 0) pairs.at(-1)!.value.push(token);
    }
    if (pairs.length === 0) continue;
    if (!pairs.every((p) => rowValue(p.value.join(' ')))) continue;
    spaced.set(i, { text: pairs.map((p) => `${p.key}：${p.value.join(' ')}`).join('  '), pairs: pairs.length, filled: pairs.some((p) => p.value.length > 0) });
  }
  const rows = new Map<number, string>();
  for (const [i, row] of spaced) if (row.pairs >= 2 && row.filled) rows.set(i, row.text);
  // (a pair alone only beside another row that gives a value, a label alone only beside a row taken)
  for (let grew = true; grew; ) {
    grew = false;
    for (const [i, row] of spaced) {
      const near = [i - 1, i + 1].filter((j) => spaced.has(j));
      if (rows.has(i) || !(near.some((j) => rows.has(j)) || (row.filled && near.some((j) => spaced.get(j)!.filled)))) continue;
      rows.set(i, row.text);
      grew = true;
    }
  }
  // Glued rows: a run of two or more at the head.
  // (stop 52, blind: www.qf.gov.cn, www.hhmz.gov.cn) behind a list's bullet, "• 索引号76138620/2025-030766" / "• 发布机构广安市前锋区
  // 人民政府办公室", or apart by a list's dash alone on the lines between ("-" / "索引号000014348/2024-02005" / "-" / "发布机构蒙自
  // 市林业和草原局"): the page's <li> or <dt>/<dd> list of the table's cells, label and value in elements of their own
  const glued = (i: number) => {
    const text = unbulleted(lines[i]?.text.trim() ?? '');
    const match = gluedRow.exec(probeKey(text));
    return match && rowValue(match[2]) && !/\s/u.test(text) ? `${match[1]}：${text.slice(text.length - match[2].length)}` : undefined;
  };
  const dashAlone = (i: number) => /^[-－—]$/u.test(lines[i]?.text.trim() ?? '');
  const neighbour = (i: number, step: number) => {
    let j = i + step;
    while (j >= 0 && j < limit && (lines[j].text.trim() === '' || dashAlone(j))) j += step;
    return j;
  };
  for (let i = 0; i < limit; i++) {
    if (rows.has(i) || glued(i) === undefined || !(glued(neighbour(i, -1)) !== undefined || glued(neighbour(i, 1)) !== undefined)) continue;
    rows.set(i, glued(i)!);
  }
  // (the list's dashes between two rows taken: no word, emptied with the table — the rows read as one table)
  // (a label alone among them, "文号" left empty, is of the table too: the dash beside it no value of its)
  const ofTable = (j: number) => rows.has(j) || (j >= 0 && j < limit && bareKey.test(probeKey(unbulleted(lines[j].text.trim()))));
  for (let i = 0; i < limit; i++) {
    const before = neighbour(i, -1);
    const after = neighbour(i, 1);
    if (dashAlone(i) && ofTable(before) && ofTable(after) && (rows.has(before) || rows.has(after))) rows.set(i, '');
  }
  return rows;
}

/**
 * (held-out round 45) A cell holding its label and its value ("| 索 引 号:111423LL00100/2026-00649 | |", "| 标 题:关于…的报告 | |",
 * www.lvliang.gov.cn): the pair, its value as printed.
 */
function cellPair(cell: string): string | undefined {
  const start = disclosureStart.exec(probeKey(cell));
  const value = cell.replace(/^[^:：]*[:：]\s*/u, '');
  // (a field of the table's: not 来源, which opens a page's source line too)
  return start && (DISCLOSURE_KEYS as readonly string[]).includes(start[1]) && value !== '' && value !== cell ? `${start[1]}：${value}` : undefined;
}

/**
 * Cells → pairs: a label takes the next cell as its value unless that cell is a label (then its value is empty) — a known one
 * or any label with its colon, empty or with a value of its own ("| 发文机关: | 关 键 字: |": 发文机关 is empty, not "关键字:";
 * "| 发文字号: | 成文日期:2026年01月06日 |", held-out round 45); a cell with its label and value is that pair.
 */
function pairsOf(cells: string[]): string {
  return cellPairs(cells).pairs.join('  ');
}

/**
 * (stop 57, blind: yixing.gov.cn) The cells no pair takes are counted (`left`): a row of cells leaving a word unread is not
 * rewritten as its pairs — the 江苏 template's "效力状况 | 有效 | 公开程序 | 部门编制,经办公室审核后公开 | |||" (公开程序, a label
 * the list does not know, and its value were dropped, the line said "Moved to front matter") stays the row it is, whole.
 */
function cellPairs(cells: string[]): { pairs: string[]; left: number } {
  const pairs: string[] = [];
  let left = 0;
  for (let i = 0; i < cells.length; i++) {
    const key = bareKey.exec(probeKey(cells[i]));
    if (!key) {
      const pair = cellPair(cells[i]);
      if (pair !== undefined) pairs.push(pair);
      // (a label the list does not know with its cell after it empty or another label's — "| 关键词 | 发布机构 | 政府办 |", "| 发文机关:
      // | 关 键 字: |" — is an empty field: no word of the page's left unread)
      else if (cells[i] !== '' && !(/^[\p{Script=Han}（）()]{2,8}\s*[:：]?$/u.test(probeKey(cells[i])) && (cells[i + 1] === undefined || cells[i + 1] === '' || bareKey.test(probeKey(cells[i + 1])) || emptyLabel.test(probeKey(cells[i + 1])) || cellPair(cells[i + 1]) !== undefined))) left++;
      continue;
    }
    const value = cells[i + 1];
    if (value !== undefined && value !== '' && !bareKey.test(probeKey(value)) && !emptyLabel.test(probeKey(value)) && cellPair(value) === undefined) {
      pairs.push(`${key[1]}：${value}`);
      i++;
    } else pairs.push(`${key[1]}：`);
  }
  return { pairs, left };
}

/**
 * "索引号：…  文号：…" (keys matched on the simplified probe; values as the page writes them; dates made ISO). Returns how many
 * values it refused: a "value" that ends a sentence is no field's ("发布机构:县人民政府办公室负责本报告的印制和发放,各单位要认真组织学习。",
 * a line of text opening with a label's word: held-out round 42's guard, stop 56 — it was stored, then overwritten by the stamp
 * row's 发布机构 and lost, said "Moved to front matter"), and its line is the caller's to say otherwise.
 */
export function readDisclosure(given: string, meta: ReportMeta): number {
  meta.disclosure ??= {};
  // (stop 58, mends: mends57's www.8835w.com) a letter-spaced 有 效 性 clipped to its last character after a value, "文  號: 宿政辦秘〔2022〕37號
  // 性: 有效" (the page kept only 性, as "號:" is left of 索 引 號): the validity's label, its value 有效, 失效, 废止 — after a number's 号 or figure (the row's spaces may be joined by then), it ended no value,
  // the 文号 read "宿政辦秘〔2022〕37號性: 有效". Read as 有效性 (as clippedLabel reads a row's clipped first label).
  const labelled = given.replace(/(?<=[号號〕)）0-9A-Za-z])[ \u3000\t]*性\s*[:：](?=\s*(?:有效|失效|废止|廢止|现行有效|現行有效|部分有效|已失效)\s*$)/u, '有效性：');
  let refused = 0;
  for (const match of toSimplified(labelled).matchAll(disclosurePair)) {
    const end = match.index + match[0].length;
    // (stop 56, blind: www.xjsw.gov.cn) a row of a table the page printed with its cells' bars, "发布日期: | 2024-03-06 | 所属主题: |
    // 政府工作报告 |" (taken for the page's date line, then read here): the bars are the table's, no part of a value (it was
    // "| 政府工作报告 |")
    const value = labelled.slice(end - match[2].length, end).trim().replace(/^[|｜\s]+|[|｜\s]+$/gu, '');
    // "〔〕", "〔〕号": the number's brackets printed with no number in them — empty.
    if (/[。！？!?]$/u.test(value)) refused++;
    else if (value && !/^[〔〕[\]［］()（）\s]*号?$/u.test(value)) meta.disclosure[match[1]] = /(日期|时间)$/.test(match[1]) ? isoDateTime(value) : value;
  }
  return refused;
}

/**
 * A table row the boilerplate rules took for a portal's date line ("发布日期: 2007-03-02",
 * "发布时间:2008-02-20") when it sits inside the disclosure table (a table line read at most
 * two lines away): its field is read too. The line stays reported as removed.
 */
export function readTableRowsRemoved(removed: ReadonlyArray<{ line: number; text: string; rule: string }>, moved: ReadonlyArray<{ line: number; text: string }>, meta: ReportMeta): void {
  const table = moved.filter((m) => disclosureStart.test(probeKey(m.text))).map((m) => m.line);
  if (!meta.disclosure || table.length === 0) return;
  for (const r of removed) {
    if (!table.some((line) => Math.abs(line - r.line) <= 2)) continue;
    if (r.rule === 'page-info' && disclosureStart.test(probeKey(r.text)) && !pageStamp.test(r.text)) readDisclosure(joinLetterSpacing(r.text), meta);
    // (round 31) A row of the table's cells the counter rule took for the page's view count: "浏览次数: | 有 效 性: | 成文日期: |
    // 2021-02-27 | ||" (沙沟镇) opens with the counter's label, its cell empty, and goes on with the table's labels and values.
    else if (r.rule === 'counter' && /[|｜]/u.test(r.text)) {
      const cells = r.text.split(/\s*[|｜]\s*/u).map((c) => c.trim());
      if (cells.some((c) => bareKey.test(probeKey(c)))) readDisclosure(pairsOf(cells), meta);
    }
  }
}

/**
 * (round 27) The page's stamp row over the table — its time with the page's counter or source beside it ("发布时间:2023-01-17 15:00
 * 发布部门:华庄街道 阅读次数:") — is the article's, not a row of the table.
 */
const pageStamp = /(阅读|浏览|访问|点击)(次数|量|数)?\s*[:：]|(?<![发公])来源\s*[:：]|作者\s*[:：]/u;

const joinLetterSpacing = (text: string) => text.replace(/(\p{Script=Han})[\s\u3000]+(?=\p{Script=Han})/gu, '$1').trim();

/** The title of a cover notice: "北京市海淀区人民政府关于印发…政府工作报告的通知". */
export const coverNoticeTitle = /关于印发.{2,80}的通知$/u;

/**
 * The cover notice's title line into `cover_notice` — without the document number a portal
 * prints before it on the same line ("牡东政办发〔2022〕1号 牡丹江市东安区人民政府办公室 关于印发…的通知",
 * round 29), which is the notice's 文号.
 */
export function takeCoverNotice(text: string, meta: ReportMeta): void {
  const numbered = /^(\S+)[\s\u3000]+(?=\S)/u.exec(text.trim());
  if (numbered && documentNumber.test(numbered[1])) {
    meta.disclosure ??= {};
    if (meta.disclosure['发文字号'] !== numbered[1]) meta.disclosure['文号'] ??= numbered[1];
    text = text.trim().slice(numbered[0].length);
  }
  meta.cover_notice = joinSpaced(text);
}

/** The cover notice's sentence issuing the report: "…现印发给你们", "现将《…》印发给你们", "现予印发". */
export function isIssuingSentence(text: string): boolean {
  return /印发给你们|现(?:将|予)?印发/u.test(toSimplified(text));
}

/** A line of the cover notice's text: addressee, the 现将…印发 sentence, signature, date, 此件公开发布. */
export function isCoverNoticeLine(text: string): boolean {
  const t = toSimplified(text.trim());
  return (
    /^[\p{Script=Han}、，,（）()]{2,80}[：:]$/u.test(t) ||
    /^现将|印发给你们|请认真|遵照执行|贯彻执行|贯彻落实/.test(t) ||
    /^[\p{Script=Han}]{2,30}(人民政府|办公室|办公厅)$/u.test(t) ||
    /^[0-9〇零一二三四五六七八九]{4}年[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日$/u.test(t) ||
    /^[（(]此件.{0,10}[)）]$/u.test(t)
  );
}

/** A date as ISO, keeping a time of day the page gives ("2025-04-15 14:43"); anything else as written. */
function isoDateTime(value: string): string {
  const date = findDate(value);
  if (!date) return value;
  const time = /([0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)\s*$/.exec(value.slice(date.index + date.length));
  return time ? `${date.iso} ${time[1]}` : date.iso;
}
