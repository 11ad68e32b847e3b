/**
 * The reviser's corrections of round 38 (stop 59, helper review59; the fixture's README "Review (stop 59)"): the English made
 * in `shanggao-food-safety.review.xlf`, and the project glossary's three imported terms checked against official English (卫生县城
 * rendered as the National Health Commission's and the term base's "hygienic" family; sources added to 四个最严 and 食安委) with
 * 文明城市 added. Undone, they give en.md and glossary.yaml as the translator left them.
 */
import type { Revision } from './fixture-report.ts';

export const round38Revisions: Revision[] = [
  // 坚强领导: "strong leadership", as every other reviewed round and the SPC's own English (round 20) say it
  ['under the firm leadership of the municipal Party committee', 'under the strong leadership of the municipal Party committee'],
  // 全省卫生县城: the NHC's "National Hygiene Town (County Seat)", the term base's "National Hygienic Town/City"
  ['a provincial sanitary county seat as an opportunity', 'a provincial hygienic county seat as an opportunity'],
  // 小作坊 among food businesses is 食品小作坊, a small food workshop (the provinces' regulations on them)
  ['as well as \\* small workshops', 'as well as \\* small food workshops'],
];

export const round38GlossaryRevisions: Revision[] = [
  [
    '("four strictest")\n',
    `("four strictest"); https://www.csnc.cn/en/gnxx/info.aspx?itemid=24242 ("implement requirements of the 'four-strictest'", the site's English of the instruction of 2016); http://newyork.china-consulate.gov.cn/eng/xw/201601/t20160129_4715266.htm (Xinhua, on the Chinese consulate's site, "rigorous standards, strict supervision, serious punishments and an authoritative accountability system")\n`,
  ],
  [
    'c_139885662_2.htm\n',
    'c_139885662_2.htm; http://europe.chinadaily.com.cn/china/2016-01/29/content_23298638.htm (Xinhua, "The State Council Food Safety Commission")\n',
  ],
  [
    `  en: sanitary county seat
  note_en: "A county seat that has met the standards of urban sanitation and been awarded the title by the province or the nation (全省卫生县城: a provincial sanitary county seat)."
  source: translator's rendering
`,
    `  en: hygienic county seat
  variants:
    - sanitary county seat
    - hygiene county seat
  note_en: "A county seat that has met the standards of urban sanitation and been awarded the title by the province or the nation (全省卫生县城: a provincial hygienic county seat) under the Patriotic Health Campaign, the county-seat counterpart of the \\"National Hygienic City\\" title."
  source: http://en.nhc.gov.cn/2014-07/15/c_46377_2.htm (the National Health Commission's English, "Building the National Hygiene Town (County Seat)", "provincial hygiene city … provincial hygiene town"); Duizhao's term base, 国家级卫生镇 "National Hygienic Town" after "National Hygienic City" (http://subsites.chinadaily.com.cn/zhuhai/en/2019-03/25/c_347316.htm)

- id: wen-ming-cheng-shi
  zh: 文明城市
  pinyin: wén míng chéng shì
  en: civilized city
  variants:
    - civilised city
  note_en: "A title awarded for a city's public order, services, environment and public conduct: the national one (全国文明城市, National Civilized City) by the Central Civilization Office, provincial ones by the provinces (省级文明城市: a provincial-level civilized city)."
  source: https://eng.changde.gov.cn/changdenews/content_622660 (Changde's government English, "National Civilized City"); http://en.my.gov.cn/MYGOV/159034461353148416/20171127/2140896.html (Mianyang's); http://www.lyg.gov.cn/lygmhywwz/news/content/76f2dda5-ee88-4fb1-919c-91187afb6e64.html (Lianyungang's)
`,
  ],
];
