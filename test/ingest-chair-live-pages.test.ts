/**
 * The chair's words and a live record on real pages not tuned on (session of 2026-12-02): the beginnings of four pages
 * the search tool's pages corpus holds, as it holds them (its excerpt of each page's start), to judge the rules of
 * metadata.ts's chair lines (head-lines.ts chairLines) and live-text.ts's turns on shapes found in the wild:
 * - http://m.nsh-em.com/politics/2015lh/2015-03/12/c_127572841.htm — a mirror of Xinhua's 2015 record of the NPC's third
 *   plenary sitting: the chair's tag "[全國人大常委會副委員長吉炳軒]" over his words ("…現在開會。…請最高人民法院院長周強
 *   同志作最高人民法院工作報告。"), the block printed twice, the report not in the excerpt;
 * - http://demo.erdangjiade.com/modals/40/4072/demo/html/2008-03/71.htm — Xinhua's record of the NPC's 2008 opening: the
 *   chair's words only ("[吴邦国]各位代表,…", "现在进行第一项议程,请国务院总理温家宝同志作政府工作报告。");
 * - http://xalsdbl.com/politics/2019lh/2019-03/03/c_137865158.htm — a mirror of Xinhua's 2019 CPPCC record: "以下为直播实录:"
 *   over "汪洋:2018年是…" (the label and the words on one line, no posting time);
 * - http://www.mkcnfr.com/c/2019-03-05/2300395.shtml — a mirror of 人民政协网's 2019 NPC record: "以下為文字實錄:" over
 *   "李克強:" alone over his words, no posting time.
 * Neither chair's words lead to a salutation here: they stay the page's text, nothing taken as the chair's (on both the
 * head reader stops at the news lede over them, before the chair rule is asked); neither record posts times: no turn is
 * read. What these pages show is not done: a record without times ("以下为直播实录:" over "汪洋:…") keeps its label and the
 * news lede in the text, and a record of the chair's words alone is not said to be no report.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const nshEm = [
  "十二屆全國人大三次會議舉行第三次全體會議,聽取最高人民法院院長周強關于最高人民法院工作的報告,聽取最高人民檢察院檢察長曹建明關于最高人民檢察院工作的報告。",
  "[全國人大常委會副委員長吉炳軒]",
  "各位代表,今天的全體會議應出席代表2964人,出席2853人,缺席111人,出席人數符合法定人數,現在開會。今天的全體會議有兩項議程。現在進行第一項議程:請最高人民法院院長周強同志作最高人民法院工作報告。",
  "十二屆全國人大三次會議舉行第三次全體會議,聽取最高人民法院院長周強關于最高人民法院工作的報告,聽取最高人民檢察院檢察長曹建明關于最高人民檢察院工作的報告。",
  "[全國人大常委會副委員長吉炳軒]",
  "各位代表,今天的全體會議應出席代表2964人,出席2853人,缺席111人,出席人數符合法定人數,現在開會。今天的全體會議有兩項議程。現在進行第一項議程:請最高人民法院院長周強同志作最高人民法院工作報告。",
];

const erdangjiade = [
  "3月5日上午9时,第十一届全国人民代表大会第一次会议在人民大会堂开幕,听取国务院总理温家宝作政府工作报告,审查年度计划报告和预算报告。",
  "[吴邦国]各位代表,第十一届全国人民代表大会第一次会议应出席代表2987人,今天上午的会议出席2970人,缺席17人,出席人数符合法定人数。",
  "现在我宣布,中华人民共和国第十一届全国人民代表大会第一次会议开幕。请全体起立,奏国歌。",
  "各位代表,今天上午的全体会议议程是:听取国务院总理温家宝关于政府工作的报告。审议计划报告和预算报告。表决第十一届全国人大各专门委员会组成人员人选的表决办法草案。表决第十一届全国人大财政经济委员会主任委员、副主任委员、委员名单草案,共五项议程。",
  "现在进行第一项议程,请国务院总理温家宝同志作政府工作报告。 (本文来源:新华网 )",
];

const xalsdbl = [
  "全国政协十三届二次会议于3月3日下午3时在北京人民大会堂开幕。全国政协委员听取和审议政协全国委员会常务委员会工作报告和政协全国委员会常务委员会关于政协十三届一次会议以来提案工作情况的报告。",
  "3月3日,中国人民政治协商会议第十三届全国委员会第二次会议在北京人民大会堂开幕。这是全国政协主席汪洋代表政协第十三届全国委员会常务委员会作工作报告。 新华社记者 饶爱民 摄",
  "以下为直播实录:",
  "汪洋:2018年是全面贯彻中共十九大精神开局之年,也是十三届全国政协工作起步之年。在以习近平同志为核心的中共中央坚强领导下,政协全国委员会及其常务委员会深入学习贯彻习近平新时代中国特色社会主义思想,全面贯彻中共十九大和十九届二中、三中全会精神,增强“四个意识”,坚定“四个自信”,做到“两个维护”,围绕统筹推进“五位一体”总体布局、协调推进“四个全面”战略布局,坚持团结和民主两大主题,坚持继承和创新有机结合,发挥专门协商机构作用,在建言资政和凝聚共识上双向发力,切实担负起把中共中央的决策部署和对人民政协工作的要求落实下去、把海内外中华儿女实现中华民族伟大复兴中国梦的智慧和力量凝聚起来的政治责任,推动各项工作取得新进展,展现了新时代人民政协的新面貌新气象。",
];

const mkcnfr = [
  "人民政協網北京3月5日電 十三屆全國人大二次會議5日上午9時在人民大會堂開幕,聽取國務院總理李克強關于政府工作的報告,審查國務院關于2018年國民經濟和社會發展計劃執行情況與2019年國民經濟和社會發展計劃草案的報告,審查國務院關于2018年中央和地方預算執行情況與2019年中央和地方預算草案的報告。",
  "3月5日,第十三屆全國人民代表大會第二次會議在北京人民大會堂開幕。 新華社記者 張領 攝",
  "以下為文字實錄:",
  "李克強:",
  "三大攻堅戰開局良好。防范化解重大風險,宏觀杠桿率趨于穩定,金融運行總體平穩。精準脫貧有力推進,農村貧困人口減少1386萬,易地扶貧搬遷280萬人。污染防治得到加強,細顆粒物(PM2.5)濃度繼續下降,生態文明建設成效顯著。",
  "編輯:位林惠",
];

describe('ingest: the chair\'s words and live records on real pages not tuned on', () => {
  test.each([
    ['nsh-em (2015, the chair\'s tag over his words)', nshEm, '現在開會'],
    ['erdangjiade (2008, the chair\'s words alone)', erdangjiade, '现在进行第一项议程'],
  ])('%s: the chair\'s words over no salutation stay the text\'s, nothing called the chair\'s', (_, page, words) => {
    const { result, blocks } = readIngested(page.join('\n'), 'page.txt', { clean: false });
    expect(result.file.messages.filter((m) => m.ruleId === 'chair')).toEqual([]);
    expect(blocks.join('\n')).toContain(words);
  });

  test.each([
    ['xalsdbl (2019, "汪洋:" and his words on one line)', xalsdbl, '2018年是全面贯彻中共十九大精神开局之年'],
    ['mkcnfr (2019, "李克強:" alone over his words)', mkcnfr, '三大攻堅戰開局良好'],
  ])('%s: a record without posting times is no live text, the words kept whole', (_, page, words) => {
    const { result, blocks } = readIngested(page.join('\n'), 'page.txt', { clean: false });
    expect(result.file.messages.filter((m) => m.ruleId === 'live-text')).toEqual([]);
    expect(blocks.join('\n')).toContain(words);
  });
});
