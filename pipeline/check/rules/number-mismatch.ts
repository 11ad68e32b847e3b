/**
 * `number-mismatch`: every figure in the Chinese must appear, converted, in
 * the English, and the English must not add figures (see numbers/).
 */
import { findEnNumbers } from '../numbers/en.ts';
import { compareNumbers, expectedInCell } from '../numbers/match.ts';
import { findZhNumbers } from '../numbers/zh.ts';
import { relativeYearNumbers, reportYear } from '../numbers/relative-years.ts';
import { cellUnits, enStatedUnit, scaled, withoutUnit, zhStatedUnit } from '../numbers/cell-units.ts';
import { cellSign } from '../numbers/cell-sign.ts';
import { blockStart, frontMatterKeyLine, mappedText, zhCause } from '../place.ts';
import type { Publication } from '../../model/types.ts';
import type { Report, Rule } from '../types.ts';

export const numberMismatchRule: Rule = ({ publication, report }) => {
  const enFile = publication.files.en;
  if (!enFile) return;
  frontMatter(publication, report);
  const units = cellUnits(publication);
  // 今年/去年/上年/过去一年/明年 stand for years of the report's year: an English year equal to one is no extra figure
  const year = reportYear({
    meta: { ...publication.meta.zh, date_source: publication.meta.zh.extra.date_source },
    enOccasion: publication.meta.en?.occasion,
    blocks: publication.blocks.filter((b) => b.kind === 'heading' || b.kind === 'paragraph').map((b) => ({ heading: b.kind === 'heading', text: b.zhText })),
  })?.year;
  for (const block of publication.blocks) {
    if (!block.en) continue;
    const { text, placeAt } = mappedText(block.en, enFile);
    // Table cells: a unit stated in the cell is not a figure, and figures are compared at the scale their column or row states.
    const cell = block.kind === 'cell';
    const zhText = cell ? withoutUnit(block.zhText, zhStatedUnit(block.zhText)) : block.zhText;
    const enText = cell ? withoutUnit(text, enStatedUnit(text)) : text;
    const unit = units.get(block.id);
    const zh = [...(unit ? scaled(findZhNumbers(zhText), unit.zh) : findZhNumbers(zhText)), ...relativeYearNumbers(zhText, year)];
    const en = unit ? scaled(findEnNumbers(enText), unit.en) : findEnNumbers(enText);
    const problems = compareNumbers(zh, en, enText);
    maskedFigures(block, zhText, enText, report, publication);
    // a cell that is a figure alone keeps its sign: -31 is a decrease, 31 an increase
    const signs = cell ? { zh: cellSign(zhText), en: cellSign(enText) } : undefined;
    if (signs?.zh && signs.en && signs.zh !== signs.en) {
      report({
        ruleId: 'number-mismatch',
        file: 'en',
        place: blockStart(block.en, block.enLine ?? 1),
        reason:
          signs.zh === 'negative'
            ? `Missing minus sign in \`${block.id}\`: the Chinese cell \`${zhText.trim()}\` is a negative figure, the English \`${enText.trim()}\` is not`
            : `Unexpected minus sign in \`${block.id}\`: the English cell \`${enText.trim()}\` is a negative figure, the Chinese \`${zhText.trim()}\` is not`,
        cause: zhCause(block, publication.files.zh),
        block,
      });
    }
    for (const problem of problems) {
      const cause = zhCause(block, publication.files.zh);
      // a cell under a stated unit: the figure as that cell should write it, not at full scale
      const expected = unit && problem.zh ? expectedInCell(problem.zh, unit.en) : problem.expected;
      if (problem.kind === 'missing') {
        report({
          ruleId: 'number-mismatch',
          file: 'en',
          place: blockStart(block.en, block.enLine ?? 1),
          reason: `Missing number in \`${block.id}\`: the Chinese has \`${problem.zh!.raw}\`, expected \`${expected}\` in the English`,
          cause,
          block,
        });
      } else if (problem.kind === 'approximation') {
        report({
          ruleId: 'number-mismatch',
          file: 'en',
          place: placeAt(problem.en!.index),
          reason: `Unexpected exact \`${problem.en!.raw}\` in \`${block.id}\`, expected \`${expected}\` (the Chinese says \`${problem.zh!.raw}\`)`,
          cause,
          block,
        });
      } else {
        // (a relative year's raw is `今年 = 2022`: the year it stands for)
        const zhList = zh.length > 0 ? [...new Set(zh.map((z) => z.raw))].join(', ') : 'none';
        report({
          ruleId: 'number-mismatch',
          file: 'en',
          place: placeAt(problem.en!.index),
          reason: `Unexpected number \`${problem.en!.raw}\` in \`${block.id}\`, expected only figures from the Chinese (${zhList})`,
          cause,
          block,
        });
      }
    }
  }
};

/** A mask where a figure stood, as a writing site or a masked copy prints it: "*年", "*家", "XX亿元", "增长**%". */
const zhMask = /(?<![*])\*{1,3}(?![*])(?=\s*[\p{Script=Han}%％])|(?<![A-Za-z])(?:[XxＸ]{2,}|×{2,})(?![A-Za-z])(?=\s*[\p{Script=Han}%％])/gu;
/** The same masks in the English: a run of one to three asterisks, or of X or × (not inside a word). */
const enMask = /(?<![*])\*{1,3}(?![*])|(?<![A-Za-z])(?:[Xx]{2,}|×{2,})(?![A-Za-z])/gu;

/**
 * (new user round 38, gaozihui.com) A masked figure is a figure too: a copy whose site replaced its year and its counts with
 * "*" ("*年", "食品生产企业*家") is translated keeping each mask, and one dropped from the English ("including institutional
 * canteens" for "含单位食堂*家") loses a figure the reader must see is missing (was: nothing said — the masks are no figures
 * to numbers/zh.ts). Compared by count, only where the Chinese has masks.
 */
function maskedFigures(block: Publication['blocks'][number], zhText: string, enText: string, report: (r: Report) => void, publication: Publication): void {
  const zh = [...zhText.matchAll(zhMask)];
  if (zh.length === 0 || !block.en) return;
  const en = [...enText.matchAll(enMask)];
  if (en.length === zh.length) return;
  const shown = [...new Set(zh.map((m) => zhText.slice(m.index, m.index + m[0].length + 1)))].slice(0, 4).map((w) => `\`${w}\``).join(', ');
  report({
    ruleId: 'number-mismatch',
    file: 'en',
    place: blockStart(block.en, block.enLine ?? 1),
    reason:
      en.length < zh.length
        ? `Missing masked figure in \`${block.id}\`: the Chinese has ${zh.length} figure(s) masked (${shown}), the English ${en.length}; keep each mask where its figure stands`
        : `Unexpected masked figure in \`${block.id}\`: the English has ${en.length} mask(s), the Chinese ${zh.length} (${shown})`,
    cause: zhCause(block, publication.files.zh),
    block,
  });
}

/** The dated occasion, the title and its subtitle carry figures too (session number, date). */
function frontMatter(publication: Publication, report: (r: Report) => void): void {
  const { zh, en } = publication.meta;
  const enFile = publication.files.en;
  if (!en || !enFile) return;
  for (const key of ['title', 'subtitle', 'occasion'] as const) {
    const zhText = zh[key];
    const enText = en[key];
    if (!zhText || !enText) continue;
    const zhNumbers = findZhNumbers(zhText);
    const line = frontMatterKeyLine(enFile, key) ?? 1;
    for (const problem of compareNumbers(zhNumbers, findEnNumbers(enText), enText)) {
      const what = problem.kind === 'extra' ? `Unexpected number \`${problem.en!.raw}\`` : problem.kind === 'approximation' ? `Unexpected exact \`${problem.en!.raw}\`` : `Missing number \`${problem.expected}\` (Chinese \`${problem.zh!.raw}\`)`;
      report({
        ruleId: 'number-mismatch',
        file: 'en',
        place: { line, column: 1 },
        metaKey: key,
        reason: `${what} in the English front matter (\`${key}\`), expected the figures of the Chinese \`${key}\``,
      });
    }
  }
}
