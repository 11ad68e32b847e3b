/**
 * The EPUB's rights statement (dc:rights) says whose the English is, as the colophon's notice does: en.md's `translation:
 * official` (align and ingest write it) or `partly official`; without it, an unofficial translation as before. New user,
 * round 18: Jiaxing's 2025 report with the city's official English said "The English is an unofficial translation".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { buildPublication } from '../pipeline/model/load.ts';
import { packageDocument } from '../pipeline/render/epub/package-document.ts';
import { epubStringsIn } from '../pipeline/render/epub/strings.ts';

const dir = new URL('./fixtures/newuser-round4/content/reports/xx-county-2023/', import.meta.url);
const rights = (translation?: string, variant: 'bilingual' | 'en' = 'bilingual') => {
  const en = readFileSync(new URL('en.md', dir), 'utf8');
  const pub = buildPublication('xx', new VFile({ path: 'zh.md', value: readFileSync(new URL('zh.md', dir), 'utf8') }),
    new VFile({ path: 'en.md', value: translation ? en.replace(/^---\n/, `---\ntranslation: ${translation}\n`) : en })).publication;
  const opf = packageDocument({ pub, variant, items: [], modified: new Date(0), strings: epubStringsIn('zh-Hans') });
  return /<dc:rights[^>]*>([^<]*)<\/dc:rights>/.exec(opf)?.[1];
};

describe('EPUB rights statement', () => {
  it('says the English is the official translation, or in part, as en.md says', () => {
    expect(rights('official')).toBe('中文为发布机关的正式文本。英文为官方译文，如有出入，以中文为准。');
    expect(rights('partly official')).toMatch(/^中文为发布机关的正式文本。英文部分为官方译文/);
  });
  it('guard: with no `translation`, an unofficial translation as before', () => {
    expect(rights()).toBe('中文为发布机关的正式文本。英文为非官方参考译文，如有出入，以中文为准。');
  });
  it('a value the key does not take is said at en.md, not ignored (the notice then the unofficial one)', () => {
    const en = readFileSync(new URL('en.md', dir), 'utf8').replace(/^---\n/, '---\ntranslation: offical\n');
    const enFile = new VFile({ path: 'en.md', value: en });
    const { publication } = buildPublication('xx', new VFile({ path: 'zh.md', value: readFileSync(new URL('zh.md', dir), 'utf8') }), enFile);
    expect(publication.meta.en?.translation).toBeUndefined();
    expect(enFile.messages.map((m) => `${m.ruleId} ${m.fatal}`)).toEqual(['translation-key false']);
    expect(enFile.messages[0].reason).toMatch(/`translation: offical`.*expected `official` or `partly official`/);
    // guard: a known value says nothing
    const ok = new VFile({ path: 'en.md', value: en.replace('offical', 'official') });
    buildPublication('xx', new VFile({ path: 'zh.md', value: readFileSync(new URL('zh.md', dir), 'utf8') }), ok);
    expect(ok.messages).toEqual([]);
  });
});
