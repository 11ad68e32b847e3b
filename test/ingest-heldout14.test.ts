/**
 * Ingest defects found on the fourteenth round of held-out pages (2026-12-01):
 * news sites, newspaper and document-sharing pages and mirrors carrying a
 * report's text, 2008–2013, reports other than a government's own (the
 * procuratorate's, the Supreme Court's, a standing committee's) — listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 14". Each
 * test is the page's shape reduced to a few lines; its name says what ingest
 * did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { speakerOf } from '../pipeline/ingest/speaker.ts';
import { readIngested } from './ingest-helpers.ts';

describe('held-out round 14: a document library label glued before the occasion', () => {
  const page = (label: string) =>
    `${label}——2009年5月16日在昔阳县第十五届人民代表大会\n   第三次会议上\n代县长   丁雪钦\n各位代表:\n现在,我代表县人民政府向大会作报告,请予审议,并请各位政协委员和其他列席人员提出宝贵意见。\n二00八年工作回顾\n2008年,是我县经济社会发展极不平凡的一年。`;

  test('"文档介绍:——2009年5月16日在昔阳县…" is read as the occasion, the label removed and reported (was: both lines removed as the page head, no occasion, date or issuer)', () => {
    const { front, rules } = readIngested(page('文档介绍:'));
    expect(front).toMatchObject({ occasion: '2009年5月16日在昔阳县第十五届人民代表大会第三次会议上', date: '2009-05-16', date_source: 'occasion', issuer: '昔阳县人民政府' });
    expect(rules).toContain('document-site');
  });

  test('guard: a sentence that opens with 文档 is text, not a label', () => {
    const { blocks } = readIngested(`各位代表:\n文档介绍工作要规范,全年整理档案1200卷。\n一、2008年工作回顾\n2008年,全县经济平稳增长。`, 'page.txt', { clean: false });
    expect(blocks).toContain('文档介绍工作要规范，全年整理档案1200卷。');
  });
});

describe('held-out round 14: a standing committee secretary-general speaks', () => {
  test('"市人大常委会秘书长 赵 英" is the speaker (was: left as the first paragraph)', () => {
    expect(speakerOf('市人大常委会秘书长 赵 英')).toBe('市人大常委会秘书长 赵英');
    const { front, blocks } = readIngested(
      `——2009年2月6日在市十二届人大常委会第43次会议上\n市人大常委会秘书长 赵 英\n主任、各位副主任、各位委员:\n受主任会议的委托,现对《郑州市人大常委会工作报告(草案)》起草情况作如下说明,请予审议。\n一、报告的起草和修改过程\n常委会主要领导高度重视报告的起草工作。`,
    );
    expect(front.speaker).toBe('市人大常委会秘书长 赵英');
    expect(blocks[0]).toBe('主任、各位副主任、各位委员：');
  });

  test('guard: the role alone, or with a sentence, is no speaker', () => {
    expect(speakerOf('市人大常委会秘书长')).toBeUndefined();
    expect(speakerOf('秘书长主持召开会议并讲话')).toBeUndefined();
  });
});

describe('held-out round 14: a news agency photo caption between the title block and the text', () => {
  const page = (caption: string) =>
    `最高人民檢察院工作報告\n——2012年3月11日在第十一屆全國人民代表大會第五次會議上\n最高人民檢察院檢察長 曹建明\n${caption}\n各位代表:\n現在,我代表最高人民檢察院向大會報告工作,請予審議,並請全國政協各位委員提出意見。\n2011年檢察工作回顧\n2011年,全國檢察機關各項檢察工作取得新進展。`;

  test('"3月11日,…在…會議上作…工作報告。 新華社記者 姚大偉 攝" is removed as a caption (was: the first paragraph)', () => {
    const { blocks, rules } = readIngested(page('3月11日,最高人民檢察院檢察長曹建明在十一屆全國人大五次會議上作最高人民檢察院工作報告。 新華社記者 姚大偉 攝'));
    expect(blocks[0]).toBe('各位代表：');
    expect(rules).toContain('caption');
  });

  test('guard: the same sentence without a photographer\'s credit stays (a news lede is text)', () => {
    const { blocks } = readIngested(page('3月11日,最高人民檢察院檢察長曹建明在十一屆全國人大五次會議上作最高人民檢察院工作報告。'), 'page.txt', { clean: false });
    expect(blocks[0]).toMatch(/^3月11日/);
  });
});
