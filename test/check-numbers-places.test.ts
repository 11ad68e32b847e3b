/**
 * `number-mismatch` and places whose names begin with a numeral (new user, round 26: 三明市财政局's 2023 final accounts).
 * 三明, 四川, 十堰, 六盘水, 九江, 五指山 … are names, not counts: their English (Sanming, Sichuan, Shiyan) has no figure. Was:
 * “Missing number `three (or 3)` (Chinese `三`)” for the title 关于2023年三明市本级决算（草案）的报告, an error that failed the
 * build. The names are the gazetteer's (model/places.ts, ingest's until stop 47); a count before a unit (三个区, 两区一县) is still a count.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareNumbers, findEnNumbers, findZhNumbers } from '../pipeline/check/index.ts';

const problems = (zh: string, en: string) =>
  compareNumbers(findZhNumbers(zh), findEnNumbers(en), en).map((p) => `${p.kind}:${p.zh?.raw ?? p.en?.raw}`);

describe('number-mismatch: a place named with a numeral is no count', () => {
  const names: Array<[string, string]> = [
    ['关于2023年三明市本级决算（草案）的报告', 'Report on the Draft Final Accounts of Sanming at the Municipal Level for 2023'],
    ['全方位推进三明高质量发展', 'advance high-quality development in Sanming on all fronts'],
    ['四川省2024年预算执行情况', 'the execution of the 2024 budget of Sichuan Province'],
    ['十堰市人民政府工作报告', 'Report on the Work of the Shiyan Municipal Government'],
    ['六盘水市和九江市', 'Liupanshui and Jiujiang'],
    ['五指山市、七台河市、三门峡市、二连浩特市', 'Wuzhishan, Qitaihe, Sanmenxia and Erenhot'],
    ['与四平市签订合作协议', 'signed a cooperation agreement with Siping'],
    ['三明市三元区', 'Sanyuan District of Sanming'],
  ];
  it.each(names)('%s ↔ %s: no figure asked for', (zh, en) => {
    expect(problems(zh, en)).toEqual([]);
  });

  it('the place and a count beside it: the count is still asked for', () => {
    expect(problems('三明市三个区', 'the three districts of Sanming')).toEqual([]);
    expect(problems('三明市三个区', 'the districts of Sanming')).toEqual(['missing:三']);
  });

  it('a count of units is no place: 三个区, 两区一县, 五年 still need their figures', () => {
    expect(problems('全市三个区', 'the city’s districts')).toEqual(['missing:三']);
    expect(problems('建设两区一县', 'building the districts and the county')).toEqual(['missing:两']);
    expect(problems('过去五年', 'the past years')).toEqual(['missing:五']);
    // a short name a report also writes as a count is a place by its full name only: 三元 (三元区) is three yuan
    expect(problems('每人每天补助三元', 'a subsidy per person per day')).toEqual(['missing:三']);
    // a short name that is a common word is a place by its full name only (places.ts): 四平八稳 is no place
    expect(problems('四平八稳', 'steady')).toEqual(['missing:四', 'missing:八']);
  });
});

/**
 * check reads the gazetteer where ingest does, in the model (new user round 27, round 26's gap): check imported it from
 * pipeline/ingest/places.ts, so the translation checks depended on the ingest stage. Every module check's entry reaches by
 * static relative imports is outside pipeline/ingest. (Left: model/read.ts loads ingest's decoder lazily on one error
 * path, a file that is no UTF-8, to name the encoding it is in.)
 */
describe('check depends on no ingest module', () => {
  const repo = path.join(import.meta.dirname, '..');
  it('pipeline/check/index.ts reaches no pipeline/ingest file (was: check/numbers/zh.ts → ingest/places.ts)', () => {
    const seen = new Set<string>();
    const stack = ['pipeline/check/index.ts'];
    while (stack.length > 0) {
      const file = stack.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const match of readFileSync(path.join(repo, file), 'utf8').matchAll(/\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1]));
        if (target.endsWith('.ts') && existsSync(path.join(repo, target))) stack.push(target);
      }
    }
    expect(seen.size).toBeGreaterThan(20); // the walk reads check's modules
    expect([...seen].filter((file) => file.startsWith('pipeline/ingest/'))).toEqual([]);
  });
});
