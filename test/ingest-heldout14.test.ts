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

describe('held-out round 14: a live transcript that tags every line with the speaker\'s name', () => {
  const lede = '2010年3月5日9時,十一屆全國人民代表大會第三次會議在人民大會堂舉行開幕會,聽取國務院總理溫家寶作政府工作報告,審查年度計劃報告和預算報告。';
  const transcript = `${lede}\n[溫家寶]:各位代表:現在,我代表國務院向大會作政府工作報告,請予審議,并請全國政協各位委員提出意見。\n[溫家寶]:一、2009年工作回顧\n[溫家寶]:2009年是新世紀以來我國經濟發展最為困難的一年。\n[溫家寶]:在異常困難的情況下,改革開放和社會主義現代化建設取得新的重大成就。(掌聲)\n[溫家寶]:國內生產總值達到33.5萬億元,比上年增長8.7%。`;

  test('"[溫家寶]:" before the salutation: the lede is the page\'s head, the speaker\'s role comes from it, each later tag goes (was: lede kept as the first paragraph, no speaker, the heading not read behind its tag)', () => {
    const { front, blocks, rules } = readIngested(transcript);
    expect(front).toMatchObject({ speaker: '國務院總理 溫家寶', issuer: '國務院' });
    expect(blocks[0]).toMatch(/^各位代表：現在/);
    expect(blocks[1]).toBe('## 一、2009年工作回顧');
    expect(blocks.join('\n')).not.toContain('[溫家寶]');
    expect(rules.filter((r) => r === 'transcript-tag')).toHaveLength(4);
  });

  test('the lede dates the report: "2010年3月5日…會議…聽取…溫家寶作政府工作報告" (was: no date)', () => {
    expect(readIngested(transcript).front).toMatchObject({ date: '2010-03-05', date_source: 'occasion' });
  });

  test('"(掌聲)" after a sentence ends its paragraph (was: the next tagged line joined to it)', () => {
    const { blocks } = readIngested(transcript);
    expect(blocks).toContain('在異常困難的情況下，改革開放和社會主義現代化建設取得新的重大成就。（掌聲）');
  });

  test('guard: a tag naming someone else stays (the chair speaking after the report)', () => {
    const { blocks } = readIngested(`${transcript}\n[吳邦國]:現在進行第二項議程。`, 'page.txt', { clean: false });
    expect(blocks.join('\n')).toContain('[吳邦國]');
  });

  test('guard: a lede that dates another event (a closing vote, no 作…报告) dates nothing; a bare name with no role above is the speaker as printed', () => {
    const { front } = readIngested(transcript.replace(lede, '2010年3月14日,十一屆全國人民代表大會第三次會議舉行閉幕會,表決關於政府工作報告的決議草案。'), 'page.txt', { clean: false });
    expect(front.date).toBeUndefined();
    expect(front.speaker).toBe('溫家寶');
  });
});

describe('held-out round 14: a news page\'s broken widgets after the text', () => {
  const report = `[最高人民法院院长 王胜俊]各位代表:现在,我代表最高人民法院向大会报告工作,请予审议,并请全国政协各位委员提出意见。\n\n  2009年,最高人民法院各项工作取得新进展。\n\n责编:魏宇\n\n打印\n`;

  test('"CCTV.com - ERROR", its message garbled (UTF-8 read as GBK, bytes lost), "边看边聊": removed, the garbled line as damage with what can be read of it (was: three paragraphs of junk)', () => {
    const { blocks, result } = readIngested(`${report}CCTV.com - ERROR\n\n瀵逛笉璧凤紝鍙兘鏄綉缁滃師鍥犳垨鏃犳椤甸潰锛岃绋嶅悗灏濊瘯銆\n\n边看边聊\n\n验证码:\n`);
    expect(blocks).toEqual(['各位代表：现在，我代表最高人民法院向大会报告工作，请予审议，并请全国政协各位委员提出意见。', '2009年，最高人民法院各项工作取得新进展。']);
    const garbled = result.file.messages.find((m) => m.ruleId === 'mojibake');
    expect(garbled?.fatal).toBe(false);
    expect(garbled?.reason).toContain('对不起');
  });

  test('a garbled line that reads back whole is repaired in place and reported', () => {
    // "各项工作取得新进展，经济社会发展平稳。" read as GBK, its last byte lost: all but the full stop comes back.
    const { blocks, rules } = readIngested(`${report}鍚勯」宸ヤ綔鍙栧緱鏂拌繘灞曪紝缁忔祹绀句細鍙戝睍骞崇ǔ銆\n`, 'page.txt', { clean: false });
    expect(rules).toContain('mojibake');
    expect(blocks.join('\n')).toContain('各项工作取得新进展，经济社会发展平稳');
  });

  test('guard: ordinary Chinese lines, simplified and traditional, are never read as mojibake', () => {
    const { blocks, rules } = readIngested(`各位代表:\n現在,我代表國務院向大會作政府工作報告,請予審議。\n經濟社會發展取得新進展,全縣人民生活水平明顯提高。\n现在，我代表县人民政府向大会报告工作，请予审议。`, 'page.txt', { clean: false });
    expect(rules).not.toContain('mojibake');
    expect(blocks).toHaveLength(4);
  });
});
