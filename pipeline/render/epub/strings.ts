/**
 * Strings only the EPUB needs (package metadata and landmark labels). The
 * shared UI strings (Contents, Glossary, Notes, …) come from templates/locales
 * through `ctx.t`; these are kept here because no other edition uses them.
 */
import { simplifiedToTraditional } from '../../model/opencc.ts';
import type { ChineseTag } from '../../model/script.ts';
import type { Lang } from '../../model/types.ts';

export interface EpubStrings {
  /** The rights statement: the English an unofficial translation (en.md has no `translation`) … */
  rights: string;
  /** … the official translation (`translation: official`) … */
  rightsOfficial: string;
  /** … or official in part (`translation: partly official`); as the colophon's notice says (templates/locales). */
  rightsPartlyOfficial: string;
  accessibilitySummary: string;
  certifiedBy: string;
  landmarks: string;
  cover: string;
  titlePage: string;
  bodymatter: string;
  /** The cover image's text alternative: this label, then the title, issuer and date joined by `listSeparator`. */
  coverAltLabel: string;
  listSeparator: string;
}

export const epubStrings: Record<Lang, EpubStrings> = {
  en: {
    rights:
      'The Chinese text is the official report of its issuer. The English is an unofficial translation made for reference; where they differ, the Chinese prevails.',
    rightsOfficial: 'The Chinese text is the official report of its issuer. The English is the official translation; where they differ, the Chinese prevails.',
    rightsPartlyOfficial:
      'The Chinese text is the official report of its issuer. The English is in part the official translation and in part the editors’ own, as the translation note says; where they differ, the Chinese prevails.',
    accessibilitySummary:
      'Reflowable text in Chinese and English with every block marked with its language, a navigable table of contents with landmarks, headings that follow the report’s outline, glossary notes as linked footnotes with links back to the text, and a cover image with a text alternative. There is no audio, video or animation.',
    certifiedBy: 'Duizhao (automated checks: EPUBCheck and Ace by DAISY)',
    landmarks: 'Landmarks',
    cover: 'Cover',
    titlePage: 'Title page',
    bodymatter: 'Start of text',
    coverAltLabel: 'Cover: ',
    listSeparator: ', ',
  },
  zh: {
    rights: '中文为发布机关的正式文本。英文为非官方参考译文，如有出入，以中文为准。',
    rightsOfficial: '中文为发布机关的正式文本。英文为官方译文，如有出入，以中文为准。',
    rightsPartlyOfficial: '中文为发布机关的正式文本。英文部分为官方译文，其余为编者所译（见译文说明），如有出入，以中文为准。',
    accessibilitySummary:
      '可重排的中英文文本，每个段落均标注语言；目录可导航并附有地标；标题层级与报告提纲一致；术语注释为带返回链接的脚注；封面图片附有文字说明。本书不含音频、视频或动画。',
    certifiedBy: 'Duizhao（自动检查：EPUBCheck 与 DAISY Ace）',
    landmarks: '地标',
    cover: '封面',
    titlePage: '书名页',
    bodymatter: '正文',
    coverAltLabel: '封面：',
    listSeparator: '，',
  },
};

/** The cover image's text alternative in one language's strings. */
export function coverAlt(strings: EpubStrings, title: string, issuer: string | undefined, date: string | undefined): string {
  return strings.coverAltLabel + [title, issuer, date].filter(Boolean).join(strings.listSeparator);
}

/** The strings for an edition of a report in `script`: the Chinese in traditional characters for zh-Hant (as templates/i18n.ts's). */
export function epubStringsIn(script: ChineseTag): Record<Lang, EpubStrings> {
  if (script !== 'zh-Hant') return epubStrings;
  const zh = Object.fromEntries(Object.entries(epubStrings.zh).map(([key, value]) => [key, simplifiedToTraditional(value)])) as unknown as EpubStrings;
  return { en: epubStrings.en, zh };
}
