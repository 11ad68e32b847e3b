/**
 * The title's deck (副题) as front matter (stop 46, helper mends46): `subtitle` is a field of the content model — read by load
 * (not left in `extra`), exchanged as the XLIFF unit `meta-subtitle`, checked like the title (its English missing, its figures,
 * Chinese left in its English), printed under the title by the shared title block (HTML, EPUB, PDF). New user round 24's
 * "群策群力　奋力争先" under "县政协常委会工作报告摘要" was a paragraph of the text because the model had no place for it. Each
 * test's name says what happened before ("was: …"); guards are named as such.
 */
import { selectAll, select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { checkPublication } from '../pipeline/check/index.ts';
import { buildPublication } from '../pipeline/model/load.ts';
import type { Lang } from '../pipeline/model/types.ts';
import type { Translate } from '../pipeline/render/types.ts';
import { translatableUnits } from '../pipeline/translate/units.ts';
import { titleBlock, type TemplateEdition, type TemplateOptions } from '../templates/components/index.ts';
import { createTranslators } from '../templates/i18n.ts';
import { withSourceHashes } from './source-hashes.ts';

const zh = (subtitle = 'subtitle: 群策群力　奋力争先2025\n') =>
  `---\ntitle: 县政协常委会工作报告摘要\n${subtitle}issuer: 宁津县政协常委会\ndate: 2025-01-15\n---\n\n**深化党的建设。**不断强化党对政协工作的全面领导。 {#p-000001}\n`;
const en = (subtitle = 'subtitle: Pooling Wisdom and Strength, Striving to Excel in 2025\n') =>
  withSourceHashes(`---\ntitle: Summary of the Work Report of the County CPPCC Standing Committee\n${subtitle}issuer: Standing Committee of the Ningjin County CPPCC Committee\n---\n\n**Deepening Party building.** We will keep strengthening the Party's overall leadership over the work of the CPPCC. {#p-000001}\n`, zh());
const load = (zhText = zh(), enText: string | undefined = en()) =>
  buildPublication('t', new VFile({ path: 'zh.md', value: zhText }), enText === undefined ? undefined : new VFile({ path: 'en.md', value: enText }));

describe('the model reads `subtitle`', () => {
  it('into the meta of each language (was: left in `extra`, no field)', () => {
    const { publication } = load();
    expect(publication.meta.zh.subtitle).toBe('群策群力　奋力争先2025');
    expect(publication.meta.en?.subtitle).toBe('Pooling Wisdom and Strength, Striving to Excel in 2025');
    expect(publication.meta.zh.extra).not.toHaveProperty('subtitle');
  });

  it('is exchanged as the unit meta-subtitle, after the title (was: no unit; a CAT tool never saw the deck)', () => {
    const units = translatableUnits(load().publication);
    expect(units.map((u) => u.id).slice(0, 3)).toEqual(['meta-title', 'meta-subtitle', 'meta-issuer']);
    const unit = units.find((u) => u.id === 'meta-subtitle')!;
    expect(unit.sourceText).toBe('群策群力　奋力争先2025');
    expect(unit.state).toBe('translated');
    // guard: a report without one has no such unit
    expect(translatableUnits(load(zh(''), en('')).publication).map((u) => u.id)).not.toContain('meta-subtitle');
  });
});

describe('check reads the English subtitle as it reads the title', () => {
  const rules = (zhText: string, enText: string, rule: string) => checkPublication(load(zhText, enText)).messages.filter((m) => m.ruleId === rule).map((m) => m.reason);

  it('its English missing is said (was: nothing; the English editions printed no deck)', () => {
    expect(rules(zh(), en(''), 'front-matter-english')).toEqual([expect.stringMatching(/^Missing `subtitle` in the English front matter/u)]);
    // guard: given, or no Chinese subtitle, nothing
    expect(rules(zh(), en(), 'front-matter-english')).toEqual([]);
    expect(rules(zh(''), en(''), 'front-matter-english')).toEqual([]);
  });

  it('its figures are compared with the Chinese (was: not read)', () => {
    expect(rules(zh(), en().replace('in 2025', 'in 2024'), 'number-mismatch')).toEqual(expect.arrayContaining([expect.stringMatching(/`subtitle`/u)]));
    expect(rules(zh(), en(), 'number-mismatch')).toEqual([]);
  });

  it('Chinese left in its English is said (was: not read)', () => {
    expect(rules(zh(), en().replace('Striving to Excel', '奋力争先'), 'untranslated').join('\n')).toMatch(/subtitle/u);
  });
});

describe('the title block prints the subtitle under the title, in each shown language', () => {
  let t: Record<Lang, Translate>;
  beforeAll(async () => {
    t = await createTranslators();
  });
  const opts = (edition: TemplateEdition, extra: Partial<TemplateOptions> = {}): TemplateOptions => ({ edition, t, draft: true, ...extra });

  it('right after the title, Chinese then English, in every edition (was: no subtitle)', () => {
    for (const edition of ['html', 'epub', 'print'] as const) {
      const block = titleBlock(load().publication, opts(edition));
      const kids = block.children.filter((c) => c.type === 'element').map((c) => (c.properties.className as string[]).join(' '));
      expect(kids.slice(0, 2), edition).toEqual(['title', 'subtitle']);
      expect(selectAll('.subtitle > span', block).map((s) => [s.properties.className, toText(s).replace(/\u200b/gu, '')])).toEqual([
        [['subtitle-zh'], '群策群力　奋力争先2025'],
        [['subtitle-en'], 'Pooling Wisdom and Strength, Striving to Excel in 2025'],
      ]);
    }
  });

  it('an English edition prints the English deck alone; without its English, none (as for the occasion)', () => {
    const english = titleBlock(load().publication, opts('print', { languages: 'en' }));
    expect(selectAll('.subtitle > span', english).map((s) => [s.properties.className, toText(s)])).toEqual([[['subtitle-en'], 'Pooling Wisdom and Strength, Striving to Excel in 2025']]);
    expect(selectAll('.subtitle > span', titleBlock(load().publication, opts('print', { languages: 'zh' }))).map((s) => s.properties.className)).toEqual([['subtitle-zh']]);
    expect(selectAll('.subtitle-en', titleBlock(load(zh(), en('')).publication, opts('html')))).toEqual([]);
  });

  it('guard: no subtitle, no element', () => {
    expect(select('.subtitle', titleBlock(load(zh(''), en('')).publication, opts('html')))).toBeUndefined();
  });
});
