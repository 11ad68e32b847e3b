/**
 * Known ingest gaps of stop 52 closed in stop 53 (helper mends53): the silent losses first (blind52a's and blind52b's pages
 * whose copies lost bytes, a pinyin annotation or figures' marks), then blind52a's, blind52b's, mends52's and new user round
 * 32's "left". Each test is the page's shape reduced to a few lines, with its URL where the page was seen; its name says what
 * ingest did before ("was: …"). Guards (precision) are named as such. Ingest never writes a lost character back: it says
 * the place.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const at = (result: ReturnType<typeof read>['result'], ruleId: string) =>
  result.file.messages.filter((m) => m.ruleId === ruleId).map((m) => `${m.line}:${m.column} ${m.reason}`);
const han = (text: string) => text.match(/\p{Script=Han}/gu) ?? [];
const body = (result: ReturnType<typeof read>['result']) => result.markdown.split('\n---\n').slice(1).join('\n---\n');

describe('stop 53: no silent loss — a run of characters read one byte off as GBK is said at its place, never repaired', () => {
  // http://m.xomn.cn/2021/yaowen_0316/232889.html (blind52a p09: a word-frequency essay, traditional with a converter's pinyin;
  // "。“十三五”期間" read one byte off, "!笆濉逼陂g")
  const xomn = [
    '3月5日,國務院總理李克強在第十三屆全國人民代表大會第四次會議上作政府工作報告,備受國內外矚目。面對錯綜復雜的國際形勢,全國各族人民頑強拼搏,疫情防控取得重大戰(zhàn)略成果。',
    '謀“發(fā)展”是解決我國一切問題的基礎和關鍵,符合當代中國的時代語境。近三年,在政府工作報告中,“發(fā)展”一詞的出現(xiàn)頻率始終居于榜首!笆濉逼陂g,我國經濟',
  ].join('\n');
  // http://markspestcontrol.com/xqzc/xianqudongtai/dzjs/2016-03-11/631429.html (blind52a p12: a 政协 discussion story, its
  // credit "（商州區廣播電視臺 …）" read one byte off)
  const markspest = [
    '3月8號(hào),出席區(qū)政協(xié)十三屆五次會(huì)議的委員們分組討論了區(qū)長(zhǎng)張國(guó)瑜所做的《政府工作報(bào)告》。',
    '委員們表示,“十三五”是全面建成小康社會(huì)的決勝階段。為我區(qū)實現(xiàn)“十三五”良好開(kāi)局做出更大貢獻(xiàn)。ㄉ讨輩^(qū)廣播電視臺(tái) 王晶晶 劉文睿 李琰)',
  ].join('\n');
  // http://www.szbaichuanju.net/home/news/view/article_id/624.html (blind52b 22: a spun copy of a CCTV story, simplified;
  // "…保护和生态建设等方面。" read one byte off, ";ず蜕ㄉ璧确矫。")
  const spun = [
    '财务部部长刘昆日前向天下人大常委会作2022年中央决算报告。',
    '2022年,中央预算内投资支出6399.28亿元。资金主要用于包管性安居工程,水利、交通、能源等重大基础设施,粮食清静、区域协调生长、社会事业以及情形;ず蜕ㄉ璧确矫。 (记者 田琪永)',
  ].join('\n');

  test('the three pages\' runs are said at their line and column, with what each reads as one byte on (was: nothing said)', () => {
    expect(at(read(xomn).result, 'lost-bytes')).toEqual([expect.stringMatching(/^2:\d+ Unexpected garbled characters in the text: “!笆濉逼陂” — characters read one byte off .* one byte on as ““叔”期”/u)]);
    expect(at(read(markspest).result, 'lost-bytes')).toEqual([expect.stringMatching(/^2:\d+ Unexpected garbled characters in the text: “。ㄉ讨輩” — .*“（商州”/u)]);
    expect(at(read(spun).result, 'lost-bytes')).toEqual([expect.stringMatching(/^2:\d+ Unexpected garbled characters in the text: “;ず蜕ㄉ璧确矫。” — .*“护和扫设等方谩”/u)]);
  });

  test('the column is the page\'s own, counted before the converter\'s pinyin was taken out', () => {
    for (const [page, run] of [[xomn, '!笆濉'], [markspest, '。ㄉ'], [spun, ';ず']]) {
      const line = page.split('\n')[1];
      expect(at(read(page).result, 'lost-bytes')[0]).toMatch(new RegExp(`^2:${line.indexOf(run) + 1} `, 'u'));
    }
  });

  test('guard: the text keeps every character as printed (nothing repaired, nothing taken out)', () => {
    expect(body(read(spun).result)).toContain('以及情形；ず蜕ㄉ璧确矫。');
    expect(han(body(read(xomn).result)).join('')).toContain('榜首笆濉逼陂我國經濟');
  });

  test('guard: a name with rare characters, a rare word, Japanese, a Russian word, a plain traditional report say nothing', () => {
    const page = [
      '某县2023年政府工作报告',
      '',
      '县长蒙鑫淼出席会议并讲话。全县干部要笃信笃行、砥砺奋进,濉溪县、邗江区、鄞州区代表参加会议。',
      '大会は北京で開幕した。代表たちは報告を審議して大会に政府活動報告を提出した。',
      '会议邀请了Русский代表团,区政协副主席赵仲丽、任杰参加讨论。',
      '委員們表示,“十三五”是全面建成小康社會的決勝階段。圍繞《政府工作報告》中提出的目標和任務,認真履行職能。',
    ].join('\n');
    expect(at(read(page).result, 'lost-bytes')).toEqual([]);
  });
});

describe('stop 53: no silent loss — a pinyin annotation cut off at the page\'s end', () => {
  // http://laltracampana.com/xxgk/zfgzgb/content/post_2424605.html (blind52a p24: 香洲区 2011, traditional with the converter's
  // pinyin, cut inside the heading "一、加快推進產業轉(zhu")
  const page = [
    '政府工作報(bào)告',
    '——2011年5月26日在珠海市香洲區(qū)第七屆人民代表大會(huì)第六次會(huì)議上',
    '香洲區(qū)人民政府代理區(qū)長閆昊波',
    '各位代表:',
    '現(xiàn)在,我代表香洲區(qū)人民政府向大會(huì)作政府工作報(bào)告,請予審議。',
    '一、加快推進(jìn)產業(yè)轉(zhu',
  ].join('\n');

  test('the converter\'s annotation the cut went through is taken out with the others and counted (12 whole, 1 cut); the cut-off quotes the heading without it (was: "轉（zhu" kept)', () => {
    const { result } = read(page);
    expect(body(result)).toMatch(/一、加快推進產業轉 \{#h-[0-9a-f]+\}\s*$/u);
    expect(body(result)).not.toContain('zhu');
    expect(at(result, 'pinyin')).toEqual([expect.stringMatching(/Removed 13 pinyin annotation/u)]);
    expect(at(result, 'cut-off')).toEqual([expect.stringContaining('…一、加快推進產業轉”')]);
  });

  test('guard: a page no converter glossed keeps a bracket and letters at its end; a glossed page keeps a bracket with a word in capitals', () => {
    expect(body(read('政府工作报告\n\n各位代表:\n现在,我代表县人民政府作报告。\n一、推进产业转型(zhu').result)).toContain('转型（zhu');
    expect(body(read(page.replace('轉(zhu', '轉型(GDP')).result)).toContain('轉型（GDP');
  });
});

describe('stop 53: no silent loss — a copy that lost the marks in a date and between a particulate and its figure', () => {
  // http://www.4321666.com/nqzd/nqzwgk/sthj/dqhj/202401/3704dec0a2d24417a2ec5b040cd47d48.shtml (blind52b 43: 寧強縣's bulletin,
  // "漢中市生態環境局寧強分局 2024123" — 2024年1月23日 or 12月3日 —, "PM1042ug/m3PM2.525ug/m3")
  const page = [
    '寧強縣環境質量通報2023第4期',
    '',
    '漢中市生態環境局寧強分局             2024123',
    '',
    '一、環境空氣質量',
    '',
    '2023年1-12月,我縣城區空氣優良天數350天,同比減少3天,PM1042ug/m3PM2.525ug/m3;空氣質量綜合指數3.17,同比變差7.5%。',
  ].join('\n');

  test('the issuer\'s date without 年月日 and the two particulates glued to their figures are said, each at its line (was: nothing said)', () => {
    expect(at(read(page).result, 'lost-marks')).toEqual([
      expect.stringMatching(/^3:1 Unexpected date without its 年, 月 and 日: “.*寧強分局2024123” — a year \(2024\) run into a month and a day \(123\)/u),
      expect.stringMatching(/^7:1 Unexpected figures run together: “PM1042ug\/m3” — a particulate's name/u),
      expect.stringMatching(/^7:1 Unexpected figures run together: “PM2\.525ug\/m3” — a particulate's name/u),
    ]);
    expect(body(read(page).result)).toContain('PM1042ug/m3PM2.525ug/m3');
  });

  test('guard: the date and figures with their marks, a long sentence ending in a number, a figure that is no date say nothing', () => {
    const whole = page.replace('2024123', '2024年1月23日').replace('PM1042ug/m3PM2.525ug/m3', 'PM10 42ug/m3,PM2.5為25ug/m3');
    expect(at(read(whole).result, 'lost-marks')).toEqual([]);
    const other = [
      '某县2023年环境质量公报',
      '',
      '某县生态环境局 2024年1月23日',
      '',
      '全县森林面积2024135',
      '本年度全县累计完成造林面积,其中人工造林和封山育林合计为2024123',
      'PM2.5浓度为25微克/立方米,PM10浓度为42微克/立方米。',
    ].join('\n');
    expect(at(read(other).result, 'lost-marks')).toEqual([]);
  });
});
