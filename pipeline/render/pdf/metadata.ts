/** The PDF's document information, from the publication (see postprocess.ts). */
import type { EditionLanguage } from '../../config/types.ts';
import type { Glossary } from '../../glossary/types.ts';
import type { Publication } from '../../model/types.ts';
import type { PdfMetadata } from './postprocess.ts';

export function postMetadata(pub: Publication, languages: EditionLanguage, glossary: Glossary | undefined, creator: string, date: Date): Omit<PdfMetadata, 'lang'> {
  const { zh, en } = pub.meta;
  const pick = <T>(zhValue: T | undefined, enValue: T | undefined): Array<T | undefined> =>
    languages === 'zh' ? [zhValue] : languages === 'en' ? [enValue ?? zhValue] : [zhValue, enValue];
  const join = (values: Array<string | undefined>, sep: string): string | undefined => {
    const kept = [...new Set(values.filter((v): v is string => Boolean(v)))];
    return kept.length > 0 ? kept.join(sep) : undefined;
  };
  const scope = (zh.scope ?? en?.scope) === 'excerpt' ? (languages === 'zh' ? '节选' : 'Excerpt') : undefined;
  const subject = join([...pick(zh.occasion, en?.occasion), scope, ...pick(zh.scope_note, en?.scope_note)], '. ');
  const keywords: string[] = [];
  for (const termId of pub.termUses.keys()) {
    const entry = glossary?.byId.get(termId);
    if (!entry) continue;
    if (languages !== 'zh') keywords.push(entry.en);
    if (languages !== 'en') keywords.push(entry.zh);
  }
  return {
    title: join(pick(zh.title, en?.title), ' · ') ?? pub.slug,
    author: join(pick(zh.issuer, en?.issuer), ' · '),
    subject,
    keywords: [...new Set(keywords)],
    creator,
    date,
  };
}
