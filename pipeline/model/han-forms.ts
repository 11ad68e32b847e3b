/**
 * Character forms of Chinese text, each one UTF-16 unit for one, so that an index
 * into the mapped copy is an index into the original:
 *
 * - traditional → simplified, for the characters Duizhao's patterns read: ingest's
 *   boilerplate, metadata and title keywords (首頁, 閱讀, 版權所有, 索引號 …, so one set
 *   of patterns recognises Big5 pages) and the number check's words (萬 億 兩, 全會 屆
 *   個百分點 餘 幾). Used on a probe copy: the text itself is never converted.
 * - full-width figures and Latin letters → ASCII (６８．９万 → 68.9万): Chinese
 *   typesetting sets them half-width (GB/T 15835), ingest writes them so, and the
 *   number check reads a page's full-width figures as figures.
 */
const pairs =
  '與与豐丰為为書书們们眾众會会體体僅仅關关擊击劃划辦办務务區区單单廳厅縣县發发號号後后員员圍围圖图場场聲声備备對对' +
  '導导張张當当總总戶户掃扫報报換换數数時时術术機机權权來来構构標标欄栏瀏浏熱热點点現现碼码種种稱称類类係系綱纲組组' +
  '經经編编網网聯联薦荐範范觀观規规覽览議议記记講讲許许論论設设訪访證证評评識识詞词話话說说請请讀读責责轉转載载輯辑' +
  '鏈链鍵键鎮镇長长門门閉闭問问間间聞闻閱阅陽阳頁页頂顶題题驗验開开決决見见臺台佈布這这個个進进選选舉举際际統统計计' +
  '產产歷历訊讯屬属專专簡简錄录復复屆届第第級级負负責责參参謀谋協协黨党國国審审財财檢检' +
  '萬万億亿兩两餘余幾几' +
  // (a news story about a report, ingest/news-story.ts: 報告強調, 應到代表, 實到, 回顧)
  '強强調调應应實实顧顾' +
  // (its session's mood: 氣氛熱烈, 齊聚一堂)
  '氣气齊齐' +
  // (a wiki infobox's labels, read by ingest/infobox.ts: 基本介紹, 匯報單位, 製定機關, 基本資料)
  '紹绍匯汇製制資资' +
  // (a news page's error-report button, 【糾錯】, ingest/boilerplate-rules.ts)
  '糾纠錯错';

const map = new Map<string, string>();
for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs[i], pairs[i + 1]);
const traditional = new RegExp(`[${[...map.keys()].join('')}]`, 'g');

export function toSimplified(text: string): string {
  return text.replace(traditional, (char) => map.get(char)!);
}

const fullWidth = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;
/** The full-width point between two figures (６８．９ once its digits are ASCII). */
const fullWidthPoint = /(?<=\d)\uff0e(?=\d)/g;

/**
 * Full-width digits and Latin letters as ASCII, and a full-width point between
 * figures as '.'; `changed` is called once for each character replaced.
 */
export function toHalfWidth(text: string, changed: () => void = () => undefined): string {
  if (!/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/.test(text)) return text;
  return text
    .replace(fullWidth, (char) => {
      changed();
      return String.fromCharCode(char.charCodeAt(0) - 0xfee0);
    })
    .replace(fullWidthPoint, () => {
      changed();
      return '.';
    });
}
