/**
 * Chinese personal names by their shape: a common surname and one to three characters more. Used to tell a name alone on its line
 * (boilerplate.ts, a byline) from a short heading, and a line of names printed a few to a line (a 名单) from a table's row of short cells
 * (spaced-row.ts, normalize.ts).
 */
import { toSimplified } from '../model/han-forms.ts';

/**
 * (stop 58) Common Chinese surnames (the most frequent single-character ones, simplified), to tell a name alone on its line ("吴铎思") from
 * a short heading ("前言", "概述") — a general list of the language, no page's words.
 */
export const SURNAMES = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'],
);

/** Words a name never ends with: an organ's, a post's or a document's (a table's cell "办公室", "王府井街道"). */
const notName = /(?:局|厅|委|办|室|科|处|部|院|所|站|队|会|组|街道|镇|乡|村|区|县|市|省|报告|公报|工作|政府|情况|名单)$/u;

/** One name: two to four Han characters, the first a common surname, no organ's or document's ending. */
export const personName = (cell: string): boolean => {
  const t = toSimplified(cell);
  return /^\p{Script=Han}{2,4}$/u.test(t) && SURNAMES.has(t[0]) && !notName.test(t);
};

/**
 * (stop 59, mends59: the lead's watch item on stop 58's spaced-row.ts) A line of names printed a few to a line — "丁仲礼 习近平 马兴瑞 王沪宁
 * 王晨", a 主席团名单 or a 组成人员名单 — three names or more apart by spaces, each two to four Han characters, three in four of them or more
 * opening with a common surname (a rarer surname, 习, among them) and none ending as an organ, a post or a document does. Returns
 * the cells, or nothing.
 */
export function namesOnLine(text: string): string[] | undefined {
  const cells = text.trim().split(/[ \u3000\u00a0\t\u2002\u2003]+/u);
  if (cells.length < 3 || !cells.every((c) => /^\p{Script=Han}{2,4}$/u.test(c) && !notName.test(toSimplified(c)))) return undefined;
  return cells.filter(personName).length * 4 >= cells.length * 3 ? cells : undefined;
}
