/**
 * The issuer (the government the report speaks for) when the title does not
 * name it: from the speaker's role (北京市市长 → 北京市人民政府, 国务院总理 →
 * 国务院, 县人民政府县长 …), else from the body's 我代表…人民政府; a bare
 * unit (市/县/区/自治区人民政府) is completed with the place of the occasion
 * (在广州市第十五届… → 广州市).
 */
import { toSimplified } from './simplified.ts';
import { occasionPlace } from './title-block.ts';

const offices = /(?:代理|代)?(?:区长|市长|省长|县长|州长|旗长|镇长|盟长|主席|总理)$/;
const bareUnit = /^(省|市|县|区|州|旗|盟|镇|自治区|自治州|自治县)?$/;

export function issuerOf(found: { speaker?: string; occasion?: string; title?: string; body?: string }): string | undefined {
  // The place: from the occasion, else from a title such as "2023年西安市政府工作报告".
  const place = (found.occasion ? occasionPlace(found.occasion) : undefined) ?? placeInTitle(found.title);
  const complete = (name: string, unit: string): string => {
    const simple = toSimplified(unit);
    if (!bareUnit.test(simple)) return name;
    if (place === '全国') return '国务院';
    if (place && (simple === '' || toSimplified(place).endsWith(simple))) return `${place}${name.slice(unit.length)}`;
    return name;
  };
  if (found.speaker) {
    const role = found.speaker.split(' ')[0];
    const simple = toSimplified(role);
    if (simple.startsWith('国务院')) return role.slice(0, 3);
    const government = /^(.*?)人民政府/.exec(simple);
    if (government) return complete(role.slice(0, government[0].length), role.slice(0, government[1].length));
    const office = offices.exec(simple);
    if (office) {
      const unit = role.slice(0, office.index);
      // 北京市市长 → 北京市; 市长 → the place of the occasion
      const name = `${unit}人民政府`;
      const completed = complete(name, unit);
      if (completed !== name || !bareUnit.test(toSimplified(unit))) return completed;
    }
  }
  if (found.body) {
    const match = /我代表\s*([\p{Script=Han}]{0,15}?)(人民政府|國務院|国务院)/u.exec(found.body.slice(0, 2000));
    if (match) return match[2] === '人民政府' ? complete(`${match[1]}人民政府`, match[1]) : match[2];
  }
  return undefined;
}

function placeInTitle(title: string | undefined): string | undefined {
  const match = /^(?:[0-9]{4}年度?)?([\p{Script=Han}]{1,10}?[省市县縣区區州旗])(?:人民)?政府/u.exec(title ?? '');
  return match?.[1];
}
