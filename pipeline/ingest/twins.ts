/**
 * A bilingual edition: the page prints the official English after each
 * Chinese line, paragraph or heading (Beijing's reports, the State Council's
 * bilingual PDFs, periodicals). The English is taken out of the Chinese text
 * and kept as each Chinese paragraph's twin, for en.md:
 *
 * - a paragraph with no Han character and English words is English; a page is
 *   a bilingual edition when its English runs to at least `MIN_LETTERS` letters and
 *   one English paragraph has `MIN_PARAGRAPH_WORDS` words or `MIN_PARAGRAPH_LETTERS`
 *   letters (a Latin term, a URL, a
 *   proper name or a short quotation in a Chinese page is not: guards);
 * - the English paragraphs right after one Chinese paragraph are its twin
 *   (several are joined: a paragraph printed over lines, a salutation);
 * - the English before the first Chinese paragraph is the title block's twin
 *   (title, occasion, speaker) when each line is clearly one of them;
 * - a run of Chinese paragraphs followed by a run of as many English ones
 *   (a page that prints the Chinese of a passage, then its English: a
 *   salutation and the first paragraph, a heading and its paragraphs) is
 *   paired in order, when every pair's length agrees with the others'
 *   (`inStep`: English letters per Chinese character within a factor of
 *   `MAX_RATIO_SPREAD`), so a missing or split paragraph is not paired with
 *   the wrong Chinese;
 * - where the pairing is not clear (English after two or more Chinese
 *   paragraphs with a different number of English ones, or out of step, English damaged by the extraction, English
 *   before the text that is not the title block), nothing is guessed: the
 *   English is taken out of the Chinese text and reported (`unclear`), with
 *   its place, and the Chinese gets no English;
 * - (round 31) a page that prints each English BEFORE its Chinese (`englishFirst`) is read in that order
 *   (`pairForward`): each English run is the twin of the Chinese after it.
 *
 * A flattened line (its line breaks lost) holds Chinese and English in turn:
 * `…提出意见。On behalf of … approval.一、过去五年工作回顾I. Review…`. It is split at
 * the script boundaries (`segments`) where they are clear — a Chinese segment
 * ends at its sentence end, semicolon, comma or a salutation's colon (or is a
 * heading), an English one runs from a capital to its last Latin sentence end
 * before the next Chinese — and the segments are paired as paragraphs are.
 * English inside a Chinese sentence (a term, a name, a quoted slogan: 推进“一带一路”Belt
 * and Road 倡议, GDP、CPI、5G) is no segment; where a glued English run is not
 * clearly one, the Chinese keeps it and it is reported (`glued`). A pair made of
 * segments must be in step too (`PAIR_RATIO`), and no English twin may start or
 * stop mid-sentence where its Chinese is whole (`cut`: a page cut or skipping text).
 */
import { hanOf } from './chars.ts';
import { headingDepth, numberingOf } from './structure.ts';
import { placeAt, type RawParagraph } from './paragraphs.ts';

export interface EnglishText {
  text: string;
  line: number;
  column: number;
}

export interface TitleTwin {
  title?: string;
  occasion?: string;
  speaker?: string;
  /** the lines read, in order */
  lines: EnglishText[];
}

export interface Unclear {
  /** why the pairing is not clear, for the message */
  why: 'not-alternating' | 'after-glued' | 'not-in-step' | 'damaged' | 'before-text' | 'split' | 'sentence-after-heading' | 'figures' | 'cut' | 'after-last' | 'portuguese';
  /** 'figures': what the number check found (the Chinese figure and the English expected, or the English figure the Chinese lacks) */
  detail?: string;
  paragraphs: EnglishText[];
}

export interface Twins {
  bilingual: boolean;
  /** the Chinese paragraphs (and every paragraph, when the page is not bilingual) */
  paragraphs: RawParagraph[];
  /** a Chinese paragraph's English, joined */
  twinOf: Map<RawParagraph, EnglishText>;
  title?: TitleTwin;
  unclear: Unclear[];
  /** Chinese paragraphs with an English run glued inside */
  glued: EnglishText[];
  /** (round 31) the page prints each English BEFORE its Chinese (englishFirst) */
  englishFirst?: boolean;
}

const MIN_LETTERS = 200;
const MIN_PARAGRAPH_WORDS = 8;
const MIN_PARAGRAPH_LETTERS = 40;
/**
 * A run paired in order: each pair's English letters per Chinese character within
 * `PAIR_RATIO` (on the corpus's bilingual pages an official English runs 2.1–6.5 letters a character: 各位代表 / Fellow Deputies
 * 3.5, a heading ~4, a paragraph ~6), and the largest at most `MAX_RATIO_SPREAD` times the smallest.
 */
const PAIR_RATIO = [1.5, 12] as const;
const MAX_RATIO_SPREAD = 3;

const han = /\p{Script=Han}/u;
const word = /[A-Za-z][A-Za-z'’-]*/g;
/** a URL, an e-mail address, a file name: not English text */
const address = /https?:\/\/|www\.|\.(?:com|cn|org|net|gov)\b|@[a-z]/i;
/** four English words in a row inside a Chinese paragraph */
const englishRun = /(?:[A-Za-z][A-Za-z'’-]*[,.;:]?\s+){3,}[A-Za-z][A-Za-z'’-]*/;

function wordsOf(text: string): number {
  return text.match(word)?.length ?? 0;
}

function lettersOf(text: string): number {
  return text.match(/[A-Za-z]/g)?.length ?? 0;
}

/**
 * (stop 45, blind: www.gaspf.gov.mo, a Macao government page printing its news in Chinese and Portuguese) Portuguese, not
 * English: its letters with diacritics (ã, ç, õ, à …) and its function words (de, do, da, para, em, ao, às …) a fifth of its
 * words or more. A Macao page's Portuguese is no translation for en.md.
 */
export function isPortuguese(text: string): boolean {
  const words = text.toLowerCase().match(/[a-zà-ÿ]+/gu) ?? [];
  if (words.length < 6 || !/[ãõçâêôàáéíóú]/u.test(text.toLowerCase())) return false;
  const function_ = words.filter((w) => /^(?:de|do|da|dos|das|para|em|no|na|nos|nas|ao|aos|à|às|com|que|pelo|pela|um|uma|é|e|o|os|as)$/u.test(w)).length;
  return function_ / words.length >= 0.2;
}

/** English: no Han character, Latin letters, not an address. */
export function isEnglish(text: string): boolean {
  return !han.test(text) && /[A-Za-z]/.test(text) && !address.test(text);
}

/**
 * Whether runs of Chinese and English paragraphs of the same length translate each other
 * in order: each pair's English letters per Chinese character in `PAIR_RATIO` and within
 * `MAX_RATIO_SPREAD` of every other pair's (a paragraph missing or split in one language
 * puts a short text beside a long one somewhere in the run).
 */
function inStep(chinese: readonly RawParagraph[], english: readonly EnglishText[]): boolean {
  const ratios = chinese.map((zh, n) => lettersOf(english[n].text) / Math.max(1, hanOf(zh.text).length));
  const [low, high] = [Math.min(...ratios), Math.max(...ratios)];
  return low >= PAIR_RATIO[0] && high <= PAIR_RATIO[1] && high <= MAX_RATIO_SPREAD * low;
}

/**
 * Words run together by a broken extraction (REPORTONTHEWORKOFTHEGOVERNMENT, DeliveredattheThirdSessio…), or
 * letters stripped out of the words (a copy without c, o, w, m: `n behalf f the State unil`): a word of one
 * small letter other than a, or s (People' / s Congress: a possessive broken at its apostrophe) — of, on, to reduced to f, n, t
 * (an abbreviation's letters, i.e., e.g., p.m., are none).
 */
function damaged(text: string): boolean {
  return /[A-Za-z]{23,}/.test(text) || /[a-z]{3,}[A-Z][a-z]{2,}/.test(text) || /(?:^|\s)[b-rt-z](?=[\s,;:]|\.(?![a-z]\.)|$)/.test(text);
}

/** A paragraph or a segment of a flattened line, and whether it is English. */
interface Piece extends RawParagraph {
  english: boolean;
  /** cut out of a longer line (`segments`): its pairing is held to `PAIR_RATIO` */
  split?: boolean;
}

/** How a Chinese segment ends before glued English (the non-Han text between, full-width or ASCII marks). */
type ChineseEnd = 'sentence' | 'semicolon' | 'colon' | 'comma' | 'none';

function chineseEnd(tail: string): ChineseEnd {
  const last = tail.trimEnd().replace(/[”’」』）)]+$/u, '').at(-1);
  if (last === undefined) return 'none';
  if ('。！？.!?'.includes(last)) return 'sentence';
  if ('；;'.includes(last)) return 'semicolon';
  if ('：:'.includes(last)) return 'colon';
  if ('，,'.includes(last)) return 'comma';
  return 'none';
}

/** How English ends: a sentence end (a full stop not inside a figure), a pause (a salutation's comma, a colon, a semicolon), or open (a word, a heading's or a cut). */
function englishEnd(text: string): 'sentence' | 'pause' | 'open' {
  const t = text.trimEnd().replace(/["”’')\]]+$/, '');
  if (/[.!?]$/.test(t)) return 'sentence';
  return /[,;:]$/.test(t) ? 'pause' : 'open';
}

/** A figure's unit or a date's part right after it: 1386 万, 2018 年 (the figure is the Chinese's, not the English's before it). */
const unit = /^\s*[年月日号万亿千百元个人名家户项次倍届期%％]/u;

/** A Chinese heading (outline numbered, no sentence), which a glued English heading may follow with no mark between. */
function isHeading(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 60 && headingDepth(t) !== undefined && !/[。！？；.!?;]/.test(t.slice(2));
}

/**
 * A flattened line's Chinese and English segments (`…。Fellow Deputies, On behalf of… 一、… I. Review …`),
 * split only where the boundary is clear: English from a capital (after a Chinese sentence end, semicolon,
 * comma or colon, or after a heading, or opening the line) to its last Latin sentence end before the next
 * Chinese (after a comma: a whole sentence of four words or more; after a colon: a salutation, `Fellow
 * Deputies,`; opening the line: the English of the paragraph before, or a sentence). English inside a Chinese
 * sentence (a term, a name, a quoted slogan) is none of these and stays. `previous`: the piece before the line.
 */
function segments(p: RawParagraph, previous: Piece | undefined): Piece[] {
  const { text } = p;
  if (!han.test(text) || !/[A-Za-z]{2}/.test(text)) return [{ ...p, english: false }];
  const out: Piece[] = [];
  const push = (from: number, to: number, english: boolean) => {
    const raw = text.slice(from, to);
    const start = from + raw.length - raw.trimStart().length;
    const piece = raw.trim();
    if (piece === '') return;
    out.push({ text: piece, ...placeAt(p, start), english, split: true, ...(!english && out.length > 0 ? { midLine: true } : {}) });
  };
  let from = 0;
  for (const gap of text.matchAll(/[^\p{Script=Han}]+/gu)) {
    const a = gap.index!;
    const b = a + gap[0].length;
    const g = gap[0];
    const first = g.search(/[A-Za-z]/);
    const leading = a === 0;
    const trailing = b === text.length;
    if (first < 0 || (leading && trailing)) continue;
    // where the English starts: the line's start, else its first letter (with an opening quote or dash)
    let s = leading ? g.length - g.trimStart().length : first;
    if (!leading) while (s > 0 && /["“‘(—–]/.test(g[s - 1])) s--;
    // where it ends: the line's end, else its last letter (with its marks), and a figure after it the Chinese does not take as its own (in 2016 过去一年, 9.9%.粮食; not 1386 万)
    let e = g.trimEnd().length;
    if (!trailing) {
      e = g.search(/[A-Za-z][^A-Za-z]*$/) + 1;
      e += /^[.!?,;:]*["”’')\]]*/.exec(g.slice(e))![0].length;
      const figure = /^\s*[$]?\d[\d.,%]*(?:[.!?]["”’)\]]*)?/.exec(g.slice(e));
      if (figure && (/[.!?]["”’)\]]*$/.test(figure[0]) || (/^\s*$/.test(g.slice(e + figure[0].length)) && /\s$/.test(g) && !unit.test(text.slice(b))))) e += figure[0].length;
    }
    const english = g.slice(s, e).trim();
    const words = wordsOf(english);
    const end = englishEnd(english);
    const capital = /^["“‘(—–]?(?:[A-Z]|\d)/.test(english);
    let clear = false;
    if (address.test(english)) clear = false;
    else if (leading) {
      const before = out.at(-1) ?? previous;
      clear = words >= 2 || (words >= 1 && before?.english === true);
      clear &&= before?.english === true || (before !== undefined && !before.english && isHeading(before.text)) || end !== 'open';
    } else {
      const zhEnd = chineseEnd(g.slice(0, s));
      const finished = trailing || end === 'sentence' || (end === 'pause' && /[:;]$/.test(english));
      // (stop 59, mends59; the same copy's "…取得重大戰略成果。UnderthestrongleadershipoftheCentralCommittee…,andthrough…covid-19.當前，…")
      // a whole English sentence whose words the extraction ran together counts two or three "words": 40 letters or more, damaged,
      // from a capital to its full stop, is as clear
      if (zhEnd === 'sentence' || zhEnd === 'semicolon') clear = finished && ((words >= 3 && (capital || words >= 4)) || (capital && end === 'sentence' && lettersOf(english) >= 40 && damaged(english)));
      else if (zhEnd === 'comma') clear = words >= 4 && capital && end === 'sentence';
      // (stop 59, mends59; blind58a's www.yinbiaojingling.com, a zh/en copy run together — "各位代表:FellowDeputies,現在,…"): a
      // salutation's words run together by the extraction are one "word" of capitalised words glued, ending on its pause
      else if (zhEnd === 'colon') clear = (words >= 2 || /^(?:[A-Z][a-z]+){2,4}[,:]$/.test(english)) && capital && (trailing || end !== 'open');
      else clear = words >= 2 && capital && isHeading(text.slice(from, a)) && end !== 'sentence';
    }
    if (!clear) continue;
    push(from, a + s, false);
    push(a + s, a + e, true);
    from = a + e;
  }
  if (out.length === 0) return [{ ...p, english: false }];
  push(from, text.length, false);
  return out;
}

const roman: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/**
 * A numbered heading's English, one line after it, numbered alike (一、过去五年工作回顾 / I. Review of Work in the
 * Past Five Years; 1. too), with no sentence end: that heading's, though Chinese before it has no English
 * (an untranslated paragraph over the heading; it stays pending).
 */
function headingTwin(chinese: string, english: string): boolean {
  const numbering = isHeading(chinese) ? numberingOf(chinese.trim()) : undefined;
  const label = /^([IVXL]+|\d{1,2})\.?\s+[A-Z]/.exec(english);
  if (!numbering || !label || englishEnd(english) === 'sentence' || wordsOf(english) < 2) return false;
  const n = /^\d/.test(label[1]) ? Number(label[1]) : [...label[1]].reduce((sum, c, i, all) => sum + (roman[c] < (roman[all[i + 1]] ?? 0) ? -roman[c] : roman[c]), 0);
  return n === numbering.ordinal;
}

/** English paragraphs joined: one space, a possessive the extraction broke at its apostrophe mended (People' / s Congress). */
function joinEnglish(texts: readonly EnglishText[]): string {
  return texts.map((t) => t.text).reduce((all, t) => (all === '' ? t : /['’]$/.test(all) && /^s\b/.test(t) ? all + t : `${all} ${t}`), '');
}

export function takeTwins(paragraphs: readonly RawParagraph[]): Twins {
  // A flattened line split into its Chinese and English segments where that is clear.
  const pieces: Piece[] = [];
  for (const p of paragraphs) {
    if (isEnglish(p.text)) pieces.push({ ...p, english: true });
    else pieces.push(...segments(p, pieces.at(-1)));
  }
  const english: boolean[] = [];
  // (a figure alone after English is its part: "Review of Work in" / "2009")
  for (const [i, p] of pieces.entries()) english.push(p.english || (i > 0 && english[i - 1] && /^[\d\s.,:;()%–-]+$/.test(p.text)));
  const letters = pieces.reduce((n, p, i) => n + (english[i] ? lettersOf(p.text) : 0), 0);
  const longest = Math.max(0, ...pieces.map((p, i) => (english[i] ? wordsOf(p.text) : 0)));
  const longestLetters = Math.max(0, ...pieces.map((p, i) => (english[i] ? lettersOf(p.text) : 0)));
  const none: Twins = { bilingual: false, paragraphs: [...paragraphs], twinOf: new Map(), unclear: [], glued: [] };
  // (a page whose English extraction ran the words together counts by letters)
  if (letters < MIN_LETTERS || (longest < MIN_PARAGRAPH_WORDS && longestLetters < MIN_PARAGRAPH_LETTERS)) return none;
  const units = unitsOf(pieces, english);
  if (englishFirst(units)) return pairForward(units);

  const kept: RawParagraph[] = [];
  const twinOf = new Map<RawParagraph, EnglishText>();
  const unclear: Unclear[] = [];
  const glued: EnglishText[] = [];
  let title: TitleTwin | undefined;
  // Chinese paragraphs since the last English run
  let run: Piece[] = [];
  let seenChinese = false;
  // after a Chinese line that keeps English glued inside: the next English is not clearly a twin
  let afterGlued = false;
  /** A pair, unless the English is cut where its Chinese is whole, or (segments of a line) out of step with it. */
  const pair = (zh: Piece, en: EnglishText, split: boolean, report: EnglishText[] = [en]) => {
    const chinese = zh.text.trimEnd();
    const whole = /[。！？.!?]["”’」』）)]*$/u.test(chinese) || (/[；;]$/.test(chinese) && englishEnd(en.text) === 'open');
    // (a line's English opening with a small letter after a whole Chinese sentence: the page skipped the English's start; a clause's English may open so, 坚持…， / follow the guidance…)
    if ((split && whole && /^["“‘(]?[a-z]/.test(en.text)) || (whole && englishEnd(en.text) === 'open' && !isHeading(chinese))) unclear.push({ why: 'cut', paragraphs: report });
    else if (split && !inStep([zh], [en])) unclear.push({ why: 'not-in-step', paragraphs: report });
    else twinOf.set(zh, en);
  };
  for (let i = 0; i < pieces.length; ) {
    const p = pieces[i];
    if (!english[i]) {
      // (English glued after Chinese in one line is that line's: the Chinese lines before it with no English keep none)
      if (p.split && !p.midLine) run = [];
      kept.push(p);
      run.push(p);
      seenChinese = true;
      const glue = englishRun.exec(p.text);
      if (glue && han.test(p.text)) glued.push({ text: glue[0], ...placeAt(p, glue.index) });
      i++;
      // (a Chinese line with its English glued inside has had its twin: the next English is another's)
      if (glue) {
        run = [];
        afterGlued = true;
      }
      continue;
    }
    const group: Piece[] = [];
    while (i < pieces.length && english[i]) group.push(pieces[i++]);
    const texts = group.map(asEnglish);
    const split = group.some((g) => g.split) || run.some((r) => r.split);
    if (!seenChinese) {
      const read = readTitleTwin(texts);
      if (read.twin) title = read.twin;
      if (read.rest.length > 0) unclear.push({ why: 'before-text', paragraphs: read.rest });
    } else if (texts.some((t) => isPortuguese(t.text))) unclear.push({ why: 'portuguese', paragraphs: texts });
    else if (texts.some((t) => damaged(t.text))) unclear.push({ why: 'damaged', paragraphs: texts });
    else if (run.length === 1) pair(run[0], { text: joinEnglish(texts), line: texts[0].line, column: texts[0].column }, split, texts);
    else if (run.length > 1 && run.length === texts.length && inStep(run, texts)) run.forEach((zh, n) => pair(zh, texts[n], false));
    else if (run.length > 1 && texts.length === 1 && headingTwin(run[run.length - 1].text, texts[0].text)) pair(run[run.length - 1], texts[0], false);
    else unclear.push({ why: run.length === 0 && afterGlued ? 'after-glued' : 'not-alternating', paragraphs: texts });
    run = [];
    afterGlued = false;
  }
  // A copy whose English extraction is broken in most places (a damaged PDF) is broken where it looks whole too ("They").
  const damagedRuns = unclear.filter((u) => u.why === 'damaged').length;
  if (damagedRuns > twinOf.size) {
    for (const twin of twinOf.values()) unclear.push({ why: 'damaged', paragraphs: [twin] });
    twinOf.clear();
    unclear.sort((a, b) => a.paragraphs[0].line - b.paragraphs[0].line);
  }
  return { bilingual: true, paragraphs: kept, twinOf, title, unclear, glued };
}

/** The page in runs: a run of English paragraphs, a run of Chinese ones, in turn. */
interface Unit {
  english: boolean;
  items: Piece[];
}

function unitsOf(pieces: readonly Piece[], english: readonly boolean[]): Unit[] {
  const units: Unit[] = [];
  for (const [i, p] of pieces.entries()) {
    const last = units.at(-1);
    if (last && last.english === english[i]) last.items.push(p);
    else units.push({ english: english[i], items: [p] });
  }
  return units;
}

const asEnglish = (p: RawParagraph): EnglishText => ({ text: spaced(p.text), line: p.line, column: p.column });

/** One Chinese paragraph and one English text in step: English letters per Chinese character in `PAIR_RATIO`. */
function onePairInStep(zh: RawParagraph, en: readonly RawParagraph[]): boolean {
  const ratio = en.reduce((n, e) => n + lettersOf(e.text), 0) / Math.max(1, hanOf(zh.text).length);
  return ratio >= PAIR_RATIO[0] && ratio <= PAIR_RATIO[1];
}

/**
 * (round 31) A page that prints each English BEFORE its Chinese (a think tank's library: "Distinguished delegates:" /
 * "各位代表:" / "Now, on behalf of …" / "现在，我代表…" / "Review of Work from 2018" / "2018年工作回顾"): more of its English
 * runs are in step with the one Chinese paragraph after them than with the one before them, and at least two — on a page
 * that prints the English after, each English is its Chinese's length and the next paragraph's only by chance. The English
 * before the first Chinese counts by its last paragraph (a salutation's English over the Chinese salutation). Lines split
 * out of a flattened line (segments) are read in the page's usual order only.
 */
function englishFirst(units: readonly Unit[]): boolean {
  if (units.some((u) => u.items.some((p) => p.split))) return false;
  let forward = 0;
  let backward = 0;
  for (const [k, u] of units.entries()) {
    if (!u.english) continue;
    const [before, after] = [units[k - 1], units[k + 1]];
    if (after && after.items.length === 1 && onePairInStep(after.items[0], before ? u.items : u.items.slice(-1))) forward++;
    if (before && before.items.length === 1 && onePairInStep(before.items[0], u.items)) backward++;
  }
  return forward >= 2 && forward > backward;
}

/**
 * The twins of a page that prints each English before its Chinese: an English run is the twin of the Chinese paragraph
 * after it (several English paragraphs joined), or of as many Chinese paragraphs in step; the English before the first
 * Chinese is the title block's (as on any page) and, its last paragraph in step with the first Chinese paragraph, that
 * paragraph's; English after the last Chinese has none on the page (`after-last`); what is not clear is said, as takeTwins does.
 */
function pairForward(units: readonly Unit[]): Twins {
  const kept: RawParagraph[] = [];
  const twinOf = new Map<RawParagraph, EnglishText>();
  const unclear: Unclear[] = [];
  let title: TitleTwin | undefined;
  const pair = (zh: RawParagraph, en: EnglishText, report: EnglishText[]) => {
    const whole = /[。！？.!?]["”’」』）)]*$/u.test(zh.text.trimEnd());
    if (whole && englishEnd(en.text) === 'open' && !isHeading(zh.text)) unclear.push({ why: 'cut', paragraphs: report });
    else twinOf.set(zh, en);
  };
  for (const [k, u] of units.entries()) {
    if (!u.english) {
      kept.push(...u.items);
      continue;
    }
    const texts = u.items.map(asEnglish);
    const next = units[k + 1]?.items;
    if (k === 0) {
      const read = readTitleTwin(texts);
      if (read.twin) title = read.twin;
      const rest = [...read.rest];
      const last = rest.at(-1);
      if (last && next && onePairInStep(next[0], [last]) && !damaged(last.text)) pair(next[0], rest.pop()!, [last]);
      if (rest.length > 0) unclear.push({ why: 'before-text', paragraphs: rest });
    } else if (texts.some((t) => isPortuguese(t.text))) unclear.push({ why: 'portuguese', paragraphs: texts });
    else if (texts.some((t) => damaged(t.text))) unclear.push({ why: 'damaged', paragraphs: texts });
    else if (!next) unclear.push({ why: 'after-last', paragraphs: texts });
    else if (next.length === 1) pair(next[0], { text: joinEnglish(texts), line: texts[0].line, column: texts[0].column }, texts);
    else if (next.length === texts.length && inStep(next, texts)) next.forEach((zh, n) => pair(zh, texts[n], [texts[n]]));
    else unclear.push({ why: 'not-alternating', paragraphs: texts });
  }
  return { bilingual: true, paragraphs: kept, twinOf, title, unclear, glued: [], englishFirst: true };
}

const smallWords = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'the', 'to']);

/** REPORT ON THE WORK OF THE GOVERNMENT → Report on the Work of the Government */
function titleCase(text: string): string {
  if (/[a-z]/.test(text)) return text;
  return text
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && smallWords.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

const speakerRole = /\b(?:Premier|Mayor|Governor|Chairman|Chairwoman|Director|Head|President|Secretary|Magistrate|Prosecutor|Procurator)\b/;

/**
 * A speaker line: a name and a role, at most 10 words — "By" before it left out (the SPP's "By Zhang Jun, Prosecutor
 * General of the"); never a line naming the report (a headline: "Governor Ma Delivers Report on the Work of the
 * Government", Guangdong 2020, over the title block).
 */
function speakerLine(line: string): string | undefined {
  const text = line.replace(/^By\s+/, '');
  return speakerRole.test(text) && wordsOf(text) <= 10 && !/^delivered/i.test(text) && !/\breport\b/i.test(text) ? text : undefined;
}

/** A role broken over lines after "of the" / "of" / "and": "Prosecutor General of the" / "Supreme People's Procuratorate". */
const roleGoesOn = /\b(?:of(?: the)?|and|the)$/;
/**
 * (New user round 20) A role broken inside the name of its body: "President of the Supreme" / "People’s Court" — the role
 * stops on a capitalised word after "of the", and the next line is the rest of a body's name, ending on the word that
 * names a body (Court, Procuratorate, Council, Congress, Government, Committee …).
 */
const roleInName = /\bof the(?: [A-Z][A-Za-z'’-]*)+$/;
const bodyNameEnd = /^(?:[A-Z][A-Za-z'’-]*\s+){0,4}(?:Court|Procuratorate|Council|Congress|Conference|Government|Committee|Commission)$/;

/**
 * The title block's English: a title (Report on …), an occasion (Delivered at …,
 * possibly over several lines), a speaker (a name and a role: "Yin Yong, Acting
 * Mayor of Beijing"), read from the first line on; the lines after the first
 * that is none of these are the `rest` (not read).
 */
export function readTitleTwin(lines: readonly EnglishText[]): { twin?: TitleTwin; rest: EnglishText[] } {
  const out: TitleTwin = { lines: [] };
  let field: 'title' | 'occasion' | 'speaker' | undefined;
  let n = 0;
  for (; n < lines.length; n++) {
    const { text } = lines[n];
    const line = text.replace(/^[–—-]+\s*/, '');
    if (/^report\b/i.test(line) && !out.title && !out.occasion) {
      out.title = titleCase(line);
      field = 'title';
    } else if (/^delivered\b/i.test(line) && !out.occasion) {
      out.occasion = line;
      field = 'occasion';
    } else if (!out.speaker && speakerLine(line)) {
      let speaker = speakerLine(line)!;
      const next = lines[n + 1]?.text ?? '';
      if ((roleGoesOn.test(speaker) && /^[A-Z]/.test(next) && wordsOf(next) <= 6 && !/[.!?,:;]$/.test(next)) || (roleInName.test(speaker) && bodyNameEnd.test(next))) {
        speaker = `${speaker} ${next}`;
        n++;
      }
      out.speaker = speaker.replace(/,(?=\S)/g, ', ');
      field = 'speaker';
    } else if (!out.speaker && /^(?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+$/.test(line) && speakerRole.test(lines[n + 1]?.text ?? '') && wordsOf(lines[n + 1].text) <= 8) {
      // the name alone, its role on the next line: "Li Qiang" / "Premier of the State Council"
      out.speaker = `${line}, ${lines[n + 1].text.replace(/^[,\s]+/, '')}`;
      field = 'speaker';
      n++;
    } else if (field === 'occasion' && !out.speaker && !/[.!?]$/.test(out.occasion!) && !/\b(?:19|20)\d\d\b/.test(out.occasion!)) {
      // an occasion printed over lines (a possessive broken at its apostrophe mended, as joinEnglish does: People' / s Congress)
      out.occasion = /['’]$/.test(out.occasion!) && /^s\b/.test(line) ? `${out.occasion}${line}` : `${out.occasion} ${line}`;
    } else break;
  }
  if (out.occasion) out.occasion = out.occasion.replace(/,(?=\S)/g, ', ');
  out.lines = lines.slice(0, n);
  return out.title || out.occasion || out.speaker ? { twin: out, rest: lines.slice(n) } : { rest: [...lines] };
}

/**
 * One space between words; a space the extraction lost after a comma or a full stop before a capital ("State
 * Council,I will", "development.In the face"), after a comma or semicolon between words ("challenges,the
 * Communist Party") and before an abbreviation in brackets ("Communist Party of China(CPC)").
 */
function spaced(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([a-z][,.;:])(?=[A-Z][a-z]|I\b)/g, '$1 ')
    .replace(/([a-z][,;])(?=[a-z]{2})/g, '$1 ')
    .replace(/([a-z])\((?=[A-Z]{2,}\))/g, '$1 (');
}
