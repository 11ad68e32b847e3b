/**
 * Held-out round 39 (2026-12-03): report texts on hosts new to the corpus (Tibet's plan report on the daily's e-paper, two
 * county congress standing committee reports, a city CPPCC standing committee report on a writing site's mobile page;
 * test/fixtures/ingest-corpus/, scored there) and pages a search for a report finds that are NOT the report (the NPC's
 * resolution on the SPP report, a county court's and a district procuratorate's news, a banner's resolution on its plan
 * report, a township session's news, an intermediate court's news of the resolution on its report), kept as found in
 * test/fixtures/ingest-not-the-report/<case>/ (input.txt, the search tool's excerpt; expected.yaml, written by hand before
 * ingesting). Listed in test/fixtures/ingest-corpus/README.md under "Held-out pages, round 39". Each reduced test is the
 * page's shape in a few lines; its name says what ingest did before ("was: …"). Guards are named as such.
 */
import { describe, expect, test } from 'vitest';
import { ingest } from '../pipeline/ingest/index.ts';
import { readIngested, story } from './ingest-helpers.ts';

const front = (text: string) => ingest(Buffer.from(text), { fileName: 'page.txt', slug: 'page' }).frontMatter;

describe('held-out round 39: a CPPCC committee\'s title over two lines, its body\'s name above "常务委员会工作报告"', () => {
  test('"中国人民政治协商会议第八届茂名市委员会" / "常务委员会工作报告" is one title (m.guanlizhe.com; was: titled "常务委员会工作报告", the body\'s line the issuer)', () => {
    const page = ['中国人民政治协商会议第八届茂名市委员会', '', '常务委员会工作报告', '', '—2023年1月17日在政协第八届茂名市委员会第五次会议上', '', '各位委员:', '', '我代表政协第八届茂名市委员会常务委员会,向大会报告工作,请予审议,并请列席会议的同志提出意见。'].join('\n');
    const fm = front(page);
    expect(fm.title).toBe('中国人民政治协商会议第八届茂名市委员会常务委员会工作报告');
    expect(fm.issuer).toBe('中国人民政治协商会议茂名市委员会常务委员会');
  });

  test('guard: a government over a title naming its own document stays the issuer ("某市人民政府" / "政府工作报告")', () => {
    const page = ['茂名市人民政府', '政府工作报告', '——2023年1月17日在茂名市第十三届人民代表大会第三次会议上', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议。'].join('\n');
    const fm = front(page);
    expect(fm.title).toBe('政府工作报告');
    expect(fm.issuer).toBe('茂名市人民政府');
  });
});

describe('held-out round 39: a caption is no salutation', () => {
  test('"各位代表进行表决", a photo\'s caption, is not the speaker\'s voice (mdjzy.hljcourt.gov.cn; was: no message)', () => {
    const page = [
      '1月9日,牡丹江市第十六届人民代表大会第五次会议第二次全体会议在党政会议中心召开。会上,全体代表全票通过了关于《牡丹江市中级人民法院工作报告》的决议。',
      '各位代表进行表决',
      '牡丹江市第十六届人民代表大会第五次会议听取和审议了宋殿宝院长所作的《牡丹江市中级人民法院工作报告》。会议充分肯定了市中级人民法院一年来的工作,决定批准这个报告。',
    ].join('\n');
    expect(story(page).map((m) => m.line)).toEqual([1]);
    expect(story(page)[0].reason).toContain('(line 3: what the session resolved)');
  });

  test('guard: a salutation with its mark, or a closing call ("各位代表！", "各位代表、同志们:", "各位代表们:"), is the voice', () => {
    const tells = '会议听取和审议了县长所作的政府工作报告。会议要求,各部门抓好落实。';
    for (const voice of ['各位代表！', '各位代表、同志们:', '各位代表们:', '各位代表', '各位代表 各位委员:']) expect(story([voice, tells, tells].join('\n'))).toEqual([]);
  });
});

describe('held-out round 39: a resolution on a plan report in one sentence', () => {
  test('"经…第五次会议审议，…决定批准…提交的《关于…的报告》" tells two things (dltnews.sosokx.com; was: titled by the adoption note, no message)', () => {
    const page = [
      '(2021年3月17日达拉特旗第十七届人民代表大会第五次会议第三次全体会议通过)',
      '经达拉特旗第十七届人民代表大会第五次会议审议,并根据达拉特旗第十七届人民代表大会计划预算审查委员会的审查报告,决定批准旗发展和改革委员会受旗人民政府委托提交的《关于达拉特旗2020年国民经济和社会事业发展计划执行情况与2021年国民经济和社会事业发展计划草案的报告》,批准旗人民政府提出的2021年国民经济和社会事业发展计划。',
    ].join('\n');
    expect(story(page)[0]?.reason).toContain('“经达拉特旗第十七届人民代表大会第五次会议审议，” (line 2: what the session resolved)');
  });

  test('guard: a government\'s "经市政府常务会议审议，" and "决定批准" of no report tell nothing', () => {
    const page = ['经市政府常务会议审议,出台支持中小企业发展十条措施。', '省政府决定批准设立高新技术产业开发区,规划面积12平方公里。', '经县委常委会会议审议,印发实施方案。'].join('\n');
    expect(story(page)).toEqual([]);
  });
});

describe('held-out round 39: the Thought\'s full name is one term in a lead', () => {
  const leadOf = (text: string) => {
    const block = readIngested(['各位代表:', text].join('\n'), 'page.txt').result.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith(text.slice(0, 4)));
    return block?.lead ? block.text.slice(0, block.lead) : undefined;
  };
  test('"以习近平新时代中国特色社会主义思想统揽和指导人大工作。" opening its paragraph is a lead (zy.tlsrd.gov.cn; was: none, 26 characters over the bound)', () => {
    expect(leadOf('以习近平新时代中国特色社会主义思想统揽和指导人大工作。健全学习机制,深入学习贯彻习近平新时代中国特色社会主义思想,自觉在思想上政治上行动上同党中央保持高度一致。')).toBe('以习近平新时代中国特色社会主义思想统揽和指导人大工作。');
  });

  test('guard: the name counts as a term, not as nothing — a sentence long without it stays no lead ("深入学习贯彻习近平新时代中国特色社会主义思想和党的二十大及二十届二中三中全会精神。")', () => {
    expect(leadOf('深入学习贯彻习近平新时代中国特色社会主义思想和党的二十大及二十届二中三中全会精神。组织专题学习12次,开展调研15次,形成调研报告8篇。')).toBeUndefined();
  });
});
