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
 *   its place, and the Chinese gets no English.
 *
 * A Chinese paragraph with an English sentence glued inside it (a flattened
 * page) keeps it (cannot be split safely) and is reported (`glued`).
 */
import type { RawParagraph } from './paragraphs.ts';

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
  why: 'not-alternating' | 'damaged' | 'before-text' | 'split' | 'sentence-after-heading' | 'figures';
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
  const ratios = chinese.map((zh, n) => (english[n].text.match(/[A-Za-z]/g)?.length ?? 0) / Math.max(1, zh.text.match(/\p{Script=Han}/gu)?.length ?? 0));
  const [low, high] = [Math.min(...ratios), Math.max(...ratios)];
  return low >= PAIR_RATIO[0] && high <= PAIR_RATIO[1] && high <= MAX_RATIO_SPREAD * low;
}

/** Words run together by a broken extraction (REPORTONTHEWORKOFTHEGOVERNMENT, DeliveredattheThirdSessio…). */
function damaged(text: string): boolean {
  return /[A-Za-z]{23,}/.test(text) || /[a-z]{3,}[A-Z][a-z]{2,}/.test(text);
}

export function takeTwins(paragraphs: readonly RawParagraph[]): Twins {
  const english: boolean[] = [];
  // (a figure alone after English is its part: "Review of Work in" / "2009")
  for (const [i, p] of paragraphs.entries()) english.push(isEnglish(p.text) || (i > 0 && english[i - 1] && /^[\d\s.,:;()%–-]+$/.test(p.text)));
  const letters = paragraphs.reduce((n, p, i) => n + (english[i] ? (p.text.match(/[A-Za-z]/g)?.length ?? 0) : 0), 0);
  const longest = Math.max(0, ...paragraphs.map((p, i) => (english[i] ? wordsOf(p.text) : 0)));
  const longestLetters = Math.max(0, ...paragraphs.map((p, i) => (english[i] ? (p.text.match(/[A-Za-z]/g)?.length ?? 0) : 0)));
  const none: Twins = { bilingual: false, paragraphs: [...paragraphs], twinOf: new Map(), unclear: [], glued: [] };
  // (a page whose English extraction ran the words together counts by letters)
  if (letters < MIN_LETTERS || (longest < MIN_PARAGRAPH_WORDS && longestLetters < MIN_PARAGRAPH_LETTERS)) return none;

  const kept: RawParagraph[] = [];
  const twinOf = new Map<RawParagraph, EnglishText>();
  const unclear: Unclear[] = [];
  const glued: EnglishText[] = [];
  let title: TitleTwin | undefined;
  // Chinese paragraphs since the last English run
  let run: RawParagraph[] = [];
  let seenChinese = false;
  for (let i = 0; i < paragraphs.length; ) {
    const p = paragraphs[i];
    if (!english[i]) {
      kept.push(p);
      run.push(p);
      seenChinese = true;
      const glue = englishRun.exec(p.text);
      if (glue && han.test(p.text)) glued.push({ text: glue[0], line: p.line, column: p.column });
      i++;
      // (a Chinese line with its English glued inside has had its twin: the next English is another's)
      if (glue) run = [];
      continue;
    }
    const group: RawParagraph[] = [];
    while (i < paragraphs.length && english[i]) group.push(paragraphs[i++]);
    const texts = group.map((g) => ({ text: spaced(g.text), line: g.line, column: g.column }));
    if (!seenChinese) {
      const read = readTitleTwin(texts);
      if (read.twin) title = read.twin;
      if (read.rest.length > 0) unclear.push({ why: 'before-text', paragraphs: read.rest });
    } else if (texts.some((t) => damaged(t.text))) unclear.push({ why: 'damaged', paragraphs: texts });
    else if (run.length === 1) twinOf.set(run[0], { text: texts.map((t) => t.text).join(' '), line: texts[0].line, column: texts[0].column });
    else if (run.length === texts.length && inStep(run, texts)) run.forEach((zh, n) => twinOf.set(zh, texts[n]));
    else unclear.push({ why: 'not-alternating', paragraphs: texts });
    run = [];
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

const speakerRole = /\b(?:Premier|Mayor|Governor|Chairman|Chairwoman|Director|Head|President|Secretary|Magistrate)\b/;

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
    } else if (speakerRole.test(line) && !out.speaker && wordsOf(line) <= 10 && !/^delivered/i.test(line)) {
      out.speaker = line.replace(/,(?=\S)/g, ', ');
      field = 'speaker';
    } else if (!out.speaker && /^(?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+$/.test(line) && speakerRole.test(lines[n + 1]?.text ?? '') && wordsOf(lines[n + 1].text) <= 8) {
      // the name alone, its role on the next line: "Li Qiang" / "Premier of the State Council"
      out.speaker = `${line}, ${lines[n + 1].text.replace(/^[,\s]+/, '')}`;
      field = 'speaker';
      n++;
    } else if (field === 'occasion' && !out.speaker && !/[.!?]$/.test(out.occasion!) && !/\b(?:19|20)\d\d\b/.test(out.occasion!)) {
      // an occasion printed over lines
      out.occasion = `${out.occasion} ${line}`;
    } else break;
  }
  if (out.occasion) out.occasion = out.occasion.replace(/,(?=\S)/g, ', ');
  out.lines = lines.slice(0, n);
  return out.title || out.occasion || out.speaker ? { twin: out, rest: lines.slice(n) } : { rest: [...lines] };
}

/** One space between words; a space after a comma or a full stop the extraction lost before a capital ("State Council,I will", "development.In the face"). */
function spaced(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([a-z][,.;:])(?=[A-Z][a-z]|I\b)/g, '$1 ');
}
