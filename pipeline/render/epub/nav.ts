/**
 * The EPUB navigation document: the shared `toc` component (every heading
 * level, both languages) as `nav epub:type="toc"`, plus landmarks.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { bilingualLabel, textTag, toc, type TemplateOptions } from '../../../templates/components/index.ts';
import type { Lang, Publication } from '../../model/types.ts';
import { COLOPHON_PAGE, GLOSSARY_PAGE, sectionHref, TITLE_PAGE, type Doc } from './documents.ts';
import { page, withSemantics } from './page.ts';
import type { EpubStrings } from './strings.ts';

const NAV_PAGE = 'nav.xhtml';
export const COVER_PAGE = 'cover.xhtml';

export interface NavInput {
  pub: Publication;
  options: TemplateOptions;
  langs: Lang[];
  docs: readonly Doc[];
  strings: Record<Lang, EpubStrings>;
  styles: readonly string[];
  title: string;
}

export function navDocument(input: NavInput): Doc {
  const { pub, options, docs } = input;
  const has = (href: string) => docs.some((d) => d.href === href);
  const extra: Array<[string, string]> = [];
  if (has(GLOSSARY_PAGE)) extra.push([GLOSSARY_PAGE, 'glossary']);
  extra.push([COLOPHON_PAGE, 'colophon.heading']);
  // Every heading level: the nav is the reader's map of the whole outline.
  const nav = withSemantics(toc(pub, options, { maxDepth: 6, extra, id: 'toc' }), 'toc', 'doc-toc');
  const list = nav.children.find((c): c is Element => c.type === 'element' && c.tagName === 'ol');
  const front = pub.sections.find((s) => !s.heading);
  if (front && list) list.children.unshift(h('li.toc-extra', h('a', { href: sectionHref(front) }, bilingualLabel(options, front.excerptStart ? 'frontExcerpt' : 'front'))));

  const label = (key: 'cover' | 'titlePage' | 'bodymatter' | 'landmarks'): ElementContent[] =>
    input.langs.map((lang) => h('span', { lang: textTag(options, lang) }, input.strings[lang][key])).flatMap((s, i): ElementContent[] => (i === 0 ? [s] : [{ type: 'text', value: ' · ' }, s]));
  const firstSection = pub.sections[0];
  const marks: Array<[string, string, ElementContent[]]> = [
    ['cover', COVER_PAGE, label('cover')],
    ['titlepage', TITLE_PAGE, label('titlePage')],
    ['toc', `${NAV_PAGE}#toc`, bilingualLabel(options, 'contents')],
  ];
  if (firstSection) marks.push(['bodymatter', sectionHref(firstSection), label('bodymatter')]);
  if (has(GLOSSARY_PAGE)) marks.push(['glossary', GLOSSARY_PAGE, bilingualLabel(options, 'glossary')]);
  marks.push(['backmatter', COLOPHON_PAGE, bilingualLabel(options, 'colophon.heading')]);
  const landmarks = h('nav.landmarks', { 'epub:type': 'landmarks', id: 'landmarks', ariaLabelledBy: 'landmarks-title', hidden: true }, [
    h('h2', { id: 'landmarks-title' }, label('landmarks')),
    h('ol', marks.map(([type, href, text]) => h('li', h('a', { 'epub:type': type, href }, text)))),
  ]);
  return {
    id: 'nav',
    href: NAV_PAGE,
    title: input.title,
    properties: 'nav',
    html: page({ title: input.title, lang: input.langs[0], tag: textTag(input.options, input.langs[0]), han: input.options.zhTag, styles: input.styles, body: [nav, landmarks], bodyType: 'frontmatter' }),
  };
}
