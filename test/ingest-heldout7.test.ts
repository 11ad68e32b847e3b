/**
 * Ingest defects found on the seventh round of held-out real pages
 * (2026-12-01: 10 pages in the FORMS a report's text arrives in — document
 * sharing and wenku-like copies, a journal index, an essay site, PDF text
 * dumps of the bilingual edition — never seen by ingest, listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 7").
 * Each test is the page shape reduced to a few lines; its name says what
 * ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string, fileName?: string) => readIngested(text, fileName, { clean: false });

const opening = '现在,我代表国务院向大会作政府工作报告,请予审议,并请全国政协各位委员提出意见。';

describe('held-out round 7: a document named by its occasion ("在…会议上的政府工作报告")', () => {
  test('"在第十一届全国人民代表大会第三次会议上的政府工作报告" / speaker / the date alone: title, occasion, speaker and date; the lede above is the page head (was: the site label as title, no occasion, speaker or date)', () => {
    const { front, blocks } = read(
      [
        '全球旧事资料 分类',
        '2010年温家宝总理政府工作报告中英对照英语翻译英文版本(1)2010年3月5日',
        '2010年3月5日上午9时,第十一届全国人民代表大会第三次会议在人民大会堂开幕,国务院总理温家宝作政府工作',
        '报告。',
        '在第十一届全国人民代表大会第三次会议上的政府工作报告',
        '国务院总理温家宝',
        '2010年3月5日',
        'REPORTONTHEWORKOFTHEGOVERNMENT',
        '各位代表,',
        opening,
      ].join('\n'),
    );
    expect(front).toMatchObject({ title: '政府工作报告', issuer: '国务院', occasion: '在第十一届全国人民代表大会第三次会议上', speaker: '国务院总理 温家宝', date: '2010-03-05', date_source: 'title' });
    expect(blocks.find((b) => /各位代表/u.test(b))).toBe('各位代表，');
  });

  test('a broken PDF dump\'s English run together ("REPORTONTHEWORKOFTHEGOVERNMENT", "FellowDeputies") is no part of the Chinese line next to it (was: "REPORTONTHEWORKOFTHEGOVERNMENT各位代表，")', () => {
    const { blocks } = read(['政府工作报告', 'REPORTONTHEWORKOFTHEGOVERNMENT', '各位代表,', 'FellowDeputies', opening].join('\n'));
    expect(blocks).toContain('各位代表，');
    expect(blocks).toContain('FellowDeputies');
  });


  test('a flattened copy: "市长在X市人民代表大会第一次会议上的政府工作报告(2022年政府工作报告)各位代表:现在,…" — the document name is the title block, the city of the occasion the issuer, a bare role no speaker (was: no title, the name glued to the first paragraph)', () => {
    const { front, blocks } = read(
      '市长在X市人民代表大会第一次会议上的政府工作报告(2022年政府工作报告)各位代表:现在,我代表市人民政府,向大会报告工作,请予审议,并请各位政协委员和列席人员提出意见。过去五年,面对复杂多变的国内外形势和艰巨繁重的改革发展稳定任务,市政府坚持以习近平新时代中国特色社会主义思想为指导,在省委、省政府和市委的坚强领导下,在市人大、市政协的监督支持下,奋发有为、攻坚克难,顺利完成各项目标任务,经济社会高质量发展迈出坚实步伐。',
    );
    expect(front).toMatchObject({ title: '政府工作报告', issuer: 'X市人民政府', occasion: '在X市人民代表大会第一次会议上' });
    expect(front.speaker).toBeUndefined();
    expect(blocks[0]).toMatch(/^各位代表：现在/);
  });

  test('guard: a sentence that mentions a report given at a session is text ("他在市人民代表大会第一次会议上的政府工作报告中指出，…。")', () => {
    const { front, blocks } = read(['各位代表:', '他在市人民代表大会第一次会议上的政府工作报告中指出，要加快发展。'].join('\n'));
    expect(front.occasion).toBeUndefined();
    expect(blocks.at(-1)).toBe('他在市人民代表大会第一次会议上的政府工作报告中指出，要加快发展。');
  });
});
