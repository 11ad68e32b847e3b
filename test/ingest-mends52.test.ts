/**
 * Known ingest gaps of stop 51 closed in stop 52 (helper mends52): new user round 31's lost characters not detected, then
 * blind51a's, blind51b's and mends51's "left". Each test is the page's shape reduced to a few lines, with its URL where the
 * page was seen; its name says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const at = (result: ReturnType<typeof read>['result'], ruleId: string) =>
  result.file.messages.filter((m) => m.ruleId === ruleId).map((m) => `${m.line}:${m.column} ${m.reason}`);
const han = (text: string) => text.match(/\p{Script=Han}/gu) ?? [];

describe('stop 52: no silent loss — characters a copy lost beside a figure or a bracket are said, never written back', () => {
  // https://www.ahqy.gov.cn/OpennessContent/show/1394342.html (new user round 31): "一氧化碳(CO24小时平均…" (the bracket's close
  // lost), "降尘量为2.2/平方千米•月" (吨 lost), "《地表水环境质量评价办法(试行)》(20113)" (a separator lost in the bracket)
  const qingyang = readFileSync(new URL('./fixtures/newuser-round31/content/reports/qingyang-2022-environment/source.txt', import.meta.url), 'utf8');
  const lineOf = (words: string) => qingyang.split('\n').findIndex((l) => l.includes(words)) + 1;

  test('round 31\'s three: the unclosed bracket, the rate without its unit, the year glued in a bracket, each said at its paragraph (was: nothing said)', () => {
    const said = at(read(qingyang).result, 'lost-marks').filter((m) => !/figures run together: .*(GB|HJ) |年 lost/u.test(m));
    expect(said).toEqual([
      expect.stringMatching(new RegExp(`^${lineOf('一氧化碳')}:1 Unexpected bracket never closed: “.*一氧化碳（CO24小时`, 'u')),
      expect.stringMatching(new RegExp(`^${lineOf('一氧化碳')}:1 Unexpected figure with no unit over its slash: “.*2\\.2/平方千米”`, 'u')),
      expect.stringMatching(new RegExp(`^${lineOf('20113')}:1 Unexpected figures run together in the bracket after a title: “《地表水环境质量评价办法（试行）》（20113）” — a year \\(2011\\) glued to what followed it \\(3\\)`, 'u')),
    ]);
  });

  test('guard: nothing is written back: the text keeps every Han character of the page\'s text, and no 吨 or close is added', () => {
    const { result } = read(qingyang);
    const body = result.markdown.split('\n---\n')[1];
    const text = qingyang.split('\n');
    expect(han(body)).toEqual(han(text.slice(text.findIndex((l) => l.startsWith('发布时间')) + 1).join('\n')));
    expect(body).toContain('一氧化碳（CO24小时');
    expect(body).toContain('2.2/平方千米');
  });

  // http://xpj8040.com/xifeng/zwgk/zwgk70/sthjly/zhyw/2024030711041221800/index.html (blind51b's: a communiqué's copy, traditional,
  // its unit lost in one figure and kept in the standard beside it)
  test('another page\'s rate without its unit, "月均值為5.3/平方公里·月", is said; the standard "8噸/平方公里·月" beside it is not (was: nothing said)', () => {
    const page = [
      '2023年西峰区生态环境状况公报',
      '',
      '一、大气环境',
      '2023年全年獲取降塵數據24個,月均值為5.3/平方公里·月,符合省級標準(8噸/平方公里·月)。一次值超標數0個,超標率為0。',
    ].join('\n');
    expect(at(read(page).result, 'lost-marks')).toEqual([expect.stringMatching(/^4:1 Unexpected figure with no unit over its slash: “.*5\.3\/平方公里”/u)]);
  });

  test('guard: the same sentences with their characters say nothing; so do a fraction, a date with slashes, a title\'s year in its bracket and a postal code', () => {
    const whole = qingyang.replace('一氧化碳(CO24小时', '一氧化碳(CO)24小时').replace('2.2/平方千米', '2.2吨/平方千米').replace('(20113)', '(环办〔2011〕22号)');
    expect(at(read(whole).result, 'lost-marks').filter((m) => !/figures run together: .*(GB|HJ) |年 lost/u.test(m))).toEqual([]);
    const page = [
      '某县2023年生态环境状况公报',
      '',
      '一、大气环境',
      '全年降尘量均值为3.1吨/平方千米·月，细颗粒物年均浓度为27微克/立方米，优良天数占全年的2/3。',
      '按照《环境空气质量标准》（2012）和《地表水环境质量评价办法》（2011年）进行评价，数据截至2023/12/31。',
      '监测站地址：某县人民路100号（200031）。',
    ].join('\n');
    expect(at(read(page).result, 'lost-marks')).toEqual([]);
  });

  test('guard: a paragraph cut inside its bracket is the cut-off\'s to say, a numbering\'s half bracket and a note\'s full stop inside its bracket are no loss', () => {
    const page = [
      '某县2023年生态环境状况公报',
      '',
      '一、水环境',
      '1）全县地表水水质总体为优。',
      '2）集中式饮用水源地水质达标率100%（注：按《地表水环境质量标准》评价。）全年监测12次。',
      '全县集中式饮用水源地水质开展监测（其中：县城饮用水源地、木镇镇饮用水源地',
    ].join('\n');
    const { result } = read(page);
    expect(at(result, 'lost-marks')).toEqual([]);
    expect(at(result, 'cut-off')).toHaveLength(1);
  });
});
