/**
 * A site's notice that it left part of the report out — "……(新文秘网http://www.wm114.cn省略912字,正式会员可完整阅读)……":
 * a writing-material site hides text from visitors and says so where the text breaks off. The notice is the site's,
 * not the report's; the words on either side of it are two pieces of text (never one sentence); and the gap is a
 * loss the editor must hear about (the caller warns at each notice).
 */
import { toSimplified } from '../model/han-forms.ts';
import type { SourceLine } from './types.ts';

/** A notice taken out of a line, where it stood. */
export interface OmissionNotice {
  line: number;
  column: number;
  text: string;
  /** How many characters the site says it left out, when it says. */
  characters?: number;
  /** The page's note that what follows is an excerpt ("（以下是节选）"), not a site's notice of text it hid. */
  excerpt?: boolean;
  /** A site's button that showed the text it hid, its label left inside the sentence: the text goes on around it, none lost. */
  button?: boolean;
}

/**
 * (stop 59, blind: yida-immi.com, a writing site's template summary) A writing site's button that revealed the rest of the text,
 * its label printed inside the sentence where the hidden part began: "累计完成企业服务X余家次，答复解决问题 当前隐藏内容免费查看X项；
 * 组织企业…" (was: kept in the sentence, nothing said). The page shows what the button revealed after it: the sentence goes on
 * around the label, nothing lost — the label is taken out and said, the line kept whole. Only with words on both sides of it.
 */
const revealButton = /(?<=\S)\s*(?:当前)?隐藏内容(?:免费|点击)查看\s*(?=\S)/u;

/**
 * In brackets, with the ellipses around it (…, or a run of dots: a single 。 before it ends the report's sentence): "省略912字", "隐藏/余下/剩余N字", or a members-only reading note
 * ("正式会员可完整阅读", "登录后阅读全文"). A bracket that merely counts characters ("（共3.2万字）") is text.
 */
// (stop 47, blind: bid.caigoupt.com) or alone on its line, no brackets: "查看隐藏内容(*)需先登录" — the site hid what follows from readers
// not logged in
// (stop 49, blind: bubsandbeans.com) Each run of dots or 。 is taken whole (the lookahead): as `\.{2,}` repeated, a contents line's dot
// leader ("綜述......1", 55 dots) was split every way before the match failed — ingest never ended on such a page.
const notice =
  /(?:[…⋯]|\.{2,}(?!\.)|。{2,}(?!。))*\s*[（(][^（）()]{0,60}?(?:(?:省略|隐藏|余下|剩余)了?\s*([0-9０-９]+)\s*(?:个)?字|(?:正式)?会员(?:可|才能)?(?:完整|全文|全部)?(?:阅读|查看|浏览)|登[录陆]后(?:可)?(?:阅读|查看|浏览)全文)[^（）()]{0,60}[）)]\s*[…⋯.。]*|^\s*(?:查看|阅读)?隐藏(?:的)?内容\s*(?:[（(]\s*\*?\s*[）)])?\s*[，,]?\s*需(?:要)?先?登[录陆]\s*$/u;

/**
 * (stop 51, mends51; blind50a's fk41.com) A page's note that what follows is an excerpt, "具體講，今年要做好十方面的工作：(以下是節選)" —
 * the page's editor's words inside the report's sentence, and a gap all the same (the report's parts left out are not
 * marked where they go): taken out as a notice, said (it was kept in the sentence, nothing said). Only "以下(是|为)…" or
 * "…如下" with 节选, 摘录, 摘编, 摘登, 摘要 in brackets; not "(以下简称…)", nor a title's "(节选)" (the title block's).
 */
const excerptNote = /[（(]\s*(?:以下(?:是|为|系)?\s*(?:节选|摘录|摘编|摘登|摘要|部分内容)|(?:节选|摘录|摘编|摘登)如下)\s*[）)]/u;

/** The lines without the notices; the text after a notice starts a new paragraph. */
export function takeOmissions(lines: readonly SourceLine[]): { lines: SourceLine[]; notices: OmissionNotice[] } {
  const out: SourceLine[] = [];
  const notices: OmissionNotice[] = [];
  let breakNext = false;
  for (let line of lines) {
    const probe = toSimplified(line.text);
    const reveal = revealButton.exec(probe);
    if (reveal) {
      const start = reveal.index + (reveal[0].length - reveal[0].trimStart().length);
      notices.push({ line: line.line, column: line.column + start, text: reveal[0].trim(), button: true });
      line = { ...line, text: line.text.slice(0, reveal.index) + line.text.slice(reveal.index + reveal[0].length) };
      if (!notice.test(toSimplified(line.text)) && !excerptNote.test(toSimplified(line.text))) {
        out.push(breakNext && line.text.trim() !== '' ? { ...line, hardBreak: true } : line);
        if (line.text.trim() !== '') breakNext = false;
        continue;
      }
    }
    const plain = toSimplified(line.text);
    const excerpt = notice.test(plain) ? null : excerptNote.exec(plain);
    const match = notice.exec(plain) ?? excerpt;
    if (!match) {
      out.push(breakNext && line.text.trim() !== '' ? { ...line, hardBreak: true } : line);
      if (line.text.trim() !== '') breakNext = false;
      continue;
    }
    const start = match.index + (match[0].length - match[0].trimStart().length);
    const end = match.index + match[0].trimEnd().length;
    const digits = match[1]?.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
    notices.push({ line: line.line, column: line.column + start, text: line.text.slice(start, end), ...(digits ? { characters: Number(digits) } : {}), ...(excerpt ? { excerpt: true } : {}) });
    const before = line.text.slice(0, start);
    const after = line.text.slice(end);
    if (before.trim() !== '') out.push({ ...line, text: before, ...(breakNext ? { hardBreak: true } : {}) });
    if (after.trim() !== '') {
      out.push({ ...line, text: after, column: line.column + end, hardBreak: true });
      breakNext = false;
    } else breakNext = true;
  }
  return { lines: out, notices };
}
