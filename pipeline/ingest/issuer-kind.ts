/**
 * (stop 43) What the missing-issuer warning asks for: the kind of body the report's own type implies — a government's
 * (…人民政府) unless the title, the speaker's role or the opening's "我代表…" / "我受…委托" names a legislature's standing
 * committee, a CPPCC committee, a court, a procuratorate or a Party committee — and, when the report names its body by its
 * unit alone ("我代表市中级人民法院", "市中级人民法院院长") and no place for it was found, that it does so. Used by
 * block-messages.ts sayMissingFields.
 */
import { toSimplified } from '../model/han-forms.ts';

/** The kinds, the first that matches (CPPCC before the standing committee: its own report is a 常务委员会's too). */
const KINDS: ReadonlyArray<{ named: RegExp; name: string }> = [
  { named: /政协|政治协商会议/u, name: '中国人民政治协商会议…委员会常务委员会' },
  { named: /人民代表大会常务委员会|人大常委会|人大常务委员会|^(?:\p{Script=Han}{0,12}?)常务委员会工作报告/u, name: '…人民代表大会常务委员会' },
  { named: /法院/u, name: '…人民法院' },
  { named: /检察院|检察工作/u, name: '…人民检察院' },
  { named: /^(?:中共|中国共产党)|党代会|党的代表大会/u, name: '中共…委员会' },
];
const GOVERNMENT = '…人民政府';

/** The body the opening names as the one it speaks for: "我代表市中级人民法院向大会…", "我受…常务委员会委托". */
const spokenFor = /(?:我代表|我受)\s*([^，,。；;\s]{2,40}?)(?:的?委托|向|，|,)/u;

/** A body named by its unit alone, no place: "市中级人民法院", "区人民政府", "县人大常委会" (group 1: the body as named). */
// (stop 44) A CPPCC committee too, its unit after 政协: "我代表政协县委员会常务委员会".
const bareBody = /^((?:自治区|自治州|自治县|[省市县区州旗盟镇乡])(?:中级|高级)?(?:人民法院|人民检察院|人民政府|政府|人大常委会|人民代表大会常务委员会)|(?:中国人民政治协商会议|政协)(?:自治区|自治州|自治县|[省市县区州旗盟镇乡])委员会(?:常务委员会)?)/u;
/** (stop 44) A title naming the body by its kind alone, no unit or place: "常务委员会工作报告", "人大常委会工作报告" (group 1: the body). */
const kindTitle = /^((?:中国人民政治协商会议|政协)?(?:人民代表大会常务委员会|人大常委会|委员会常务委员会|常务委员会|委员会))(?:工作)?报告$/u;

export interface IssuerWanted {
  /** The kind's name with its place left out: …人民法院. */
  kind: string;
  /** The body as the report names it, by its unit alone, and where (the speaker's role, the opening). */
  bare?: { name: string; where: string; /** named by its kind alone (常务委员会), not by its unit (县…) */ kindAlone?: boolean };
}

/** The issuer's kind (and a bare unit the report names) from the title, the speaker's role and the opening's words. */
export function issuerWanted(meta: Readonly<Record<string, unknown>>, opening = ''): IssuerWanted {
  const title = typeof meta.title === 'string' ? toSimplified(meta.title).replace(/\s+/gu, '') : '';
  const role = typeof meta.speaker === 'string' ? toSimplified(meta.speaker.split(' ')[0]) : '';
  const said = spokenFor.exec(toSimplified(opening.slice(0, 2000)));
  const voice = said?.[1] ?? '';
  // (as the page prints it: toSimplified maps one character for one)
  const printed = said ? opening.slice(said.index, said.index + said[0].indexOf(said[1]) + said[1].length) : '';
  const sources = [title, role, voice].filter((s) => s !== '');
  const kind = sources.map((s) => KINDS.find((k) => k.named.test(s))).find((k) => k !== undefined)?.name ?? GOVERNMENT;
  const bareRole = bareBody.exec(role)?.[1];
  const bareVoice = bareBody.exec(voice)?.[1];
  const printedRole = typeof meta.speaker === 'string' ? meta.speaker.split(' ')[0] : '';
  const printedVoice = printed.slice(printed.length - voice.length);
  const kindAlone = kindTitle.exec(title)?.[1];
  const bare = bareRole
    ? { name: printedRole.slice(0, bareRole.length), where: "the speaker's role" }
    : bareVoice
      ? { name: printedVoice.slice(0, bareVoice.length), where: `the opening's “${printed}”` }
      : kindAlone
        ? { name: String(meta.title).replace(/\s+/gu, '').slice(0, kindAlone.length), where: 'the title', kindAlone: true }
        : undefined;
  return { kind, ...(bare ? { bare } : {}) };
}
