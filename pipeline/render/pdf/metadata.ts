/**
 * The PDF's document information, from the publication (see postprocess.ts).
 * Subject and Keywords are what a library catalogue or a file manager shows, so
 * they stay short: Subject is one sentence (what the document is, where it was
 * delivered, whether it is an excerpt, which languages); Keywords are the issuer,
 * the kind of report, the year and the few glossary terms used most.
 */
import type { EditionLanguage } from '../../config/types.ts';
import type { Glossary } from '../../glossary/types.ts';
import type { Publication } from '../../model/types.ts';
import { displayPublication, typographicQuotesOf } from '../../../templates/typographic-quotes.ts';
import { namedTitle } from '../../../templates/components/named-title.ts';
import { outlinePlan } from './outline-plan.ts';
import type { PdfMetadata } from './postprocess.ts';

/** Glossary terms in Keywords: the most used (by number of uses), at most this many. */
export const keywordTerms = 8;

export function postMetadata(source: Publication, languages: EditionLanguage, glossary: Glossary | undefined, creator: string, date: Date): Omit<PdfMetadata, 'lang'> {
  const pub = displayPublication(source);
  const { zh, en } = pub.meta;
  const pick = <T>(zhValue: T | undefined, enValue: T | undefined): Array<T | undefined> =>
    languages === 'zh' ? [zhValue] : languages === 'en' ? [enValue ?? zhValue] : [zhValue, enValue];
  const join = (values: Array<string | undefined>, sep: string): string | undefined => {
    const kept = [...new Set(values.filter((v): v is string => Boolean(v)))];
    return kept.length > 0 ? kept.join(sep) : undefined;
  };
  const kind = reportKind(zh.title);
  const keywords = [
    ...pick(zh.issuer, en?.issuer),
    ...(kind ? pick(kind.zh, kind.en) : []),
    (zh.date ?? en?.date)?.slice(0, 4),
    ...mostUsedTerms(pub, glossary).flatMap((entry) => pick(entry.zh, keywordForm(entry.en))),
  ];
  return {
    title: join(pick(namedTitle(pub.meta, 'zh'), namedTitle(pub.meta, 'en')), ' · ') ?? pub.slug,
    author: join(pick(zh.issuer, en?.issuer), ' · '),
    subject: subject(pub, languages, kind),
    keywords: [...new Set(keywords.filter((k): k is string => Boolean(k)))],
    creator,
    date,
    outline: outlinePlan(pub, languages),
  };
}

/** A rendering as a keyword: `the "four early" measures` → `four early measures` (an apostrophe set as the text sets it). */
function keywordForm(en: string): string {
  return typographicQuotesOf(en.replace(/["“”]/g, '').replace(/^the\s+/i, '').trim());
}

/** 政府工作报告 / government work report, when the title says so. */
function reportKind(title: string): { zh: string; en: string } | undefined {
  return /政府工作报告/.test(title) ? { zh: '政府工作报告', en: 'government work report' } : undefined;
}

/**
 * e.g. `政府工作报告（节选，中英对照）——2021年12月15日在……会议上 · Government work
 * report (excerpt, Chinese–English), delivered at … on December 15, 2021`.
 * The Chinese follows the way such reports are captioned (report, dash, occasion).
 */
function subject(pub: Publication, languages: EditionLanguage, kind: { zh: string; en: string } | undefined): string {
  const { zh, en } = pub.meta;
  const excerpt = (zh.scope ?? en?.scope) === 'excerpt';
  const bilingual = languages === 'bilingual';
  // a draft says so: the English it claims to carry is missing, or partly
  const translated = pub.blocks.filter((b) => b.en).length;
  const english = translated === 0 ? 'none' : translated < pub.blocks.length ? 'partial' : 'complete';
  const parts: string[] = [];
  if (languages !== 'en') {
    const notes = [excerpt ? '节选' : undefined, bilingual ? { none: '英译待补', partial: '中英对照，译文未完成', complete: '中英对照' }[english] : undefined].filter(Boolean);
    const head = `${kind?.zh ?? '报告'}${notes.length > 0 ? `（${notes.join('，')}）` : ''}`;
    parts.push(zh.occasion ? `${head}——${zh.occasion.replace(/[。．.]$/, '')}` : head);
  }
  if (languages !== 'zh') {
    const languageNote = {
      none: 'English translation pending',
      partial: bilingual ? 'Chinese–English, translation incomplete' : 'English translation, incomplete',
      complete: bilingual ? 'Chinese–English' : 'English translation',
    }[english];
    const notes = [excerpt ? 'excerpt' : undefined, bilingual || languages === 'en' ? languageNote : undefined].filter(Boolean);
    const head = `${kind ? 'Government work report' : 'Report'}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
    const occasion = en?.occasion?.replace(/\.$/, '');
    // "Delivered at …" continues the sentence; any other occasion follows a dash
    parts.push(!occasion ? head : /^(Delivered|Presented|Given|Made|Read)\b/.test(occasion) ? `${head}, ${occasion[0].toLowerCase()}${occasion.slice(1)}` : `${head} — ${occasion}`);
  }
  return parts.join(' · ');
}

/** The terms used most (number of uses, then first use in reading order, then id). */
function mostUsedTerms(pub: Publication, glossary: Glossary | undefined): Array<{ zh: string; en: string }> {
  const order = new Map(pub.blocks.map((b, i) => [b.id, i]));
  const first = (blocks: string[]): number => Math.min(...blocks.map((id) => order.get(id) ?? Infinity));
  return [...pub.termUses]
    .filter(([id, blocks]) => blocks.length > 0 && glossary?.byId.has(id))
    .sort(([a, x], [b, y]) => y.length - x.length || first(x) - first(y) || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, keywordTerms)
    .map(([id]) => glossary!.byId.get(id)!);
}
