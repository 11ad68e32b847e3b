/** Which languages an EPUB carries, and what it is called. */
import type { EditionLanguage } from '../../config/types.ts';
import type { Lang, Publication } from '../../model/types.ts';

export type EpubVariant = EditionLanguage;

/** Languages in reading order: the Chinese original first, then its English. */
export function langOrder(variant: EpubVariant, pub: Publication): Lang[] {
  if (variant === 'zh') return ['zh'];
  if (variant === 'en') return ['en'];
  return pub.meta.en ? ['zh', 'en'] : ['zh'];
}

export { epubFileName } from '../editions.ts';
