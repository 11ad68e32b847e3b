/**
 * (new user round 32; round 31's gap) The gases' formulas set with subscripts in every edition (templates/chemical-formulas.ts):
 * a closed list, each a whole token; particulate matter's size classes and a copy's glued "CO24小时" left alone.
 */
import { describe, expect, test } from 'vitest';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { chemicalSubscripts } from '../templates/chemical-formulas.ts';

const set = (...children: Parameters<typeof h>[2][]) => {
  const tree = h('div', children as never);
  chemicalSubscripts(tree);
  return toHtml(tree);
};

describe('chemicalSubscripts', () => {
  test('SO2, NO2, O3 and N2O in English and Chinese text: the atom counts subscript, the letters kept', () => {
    expect(set(h('p', { lang: 'en' }, 'sulfur dioxide (SO2), nitrogen dioxide (NO2) and ozone (O3); nitrous oxide, N2O.'))).toBe(
      '<div><p lang="en">sulfur dioxide (SO<sub>2</sub>), nitrogen dioxide (NO<sub>2</sub>) and ozone (O<sub>3</sub>); nitrous oxide, N<sub>2</sub>O.</p></div>',
    );
    expect(set(h('p', { lang: 'zh-Hans' }, '二氧化硫（SO2）年均浓度为5微克/立方米，CO2排放'))).toBe('<div><p lang="zh-Hans">二氧化硫（SO<sub>2</sub>）年均浓度为5微克/立方米，CO<sub>2</sub>排放</p></div>');
  });

  test('guards: PM2.5 and PM10, a glued "CO24小时", "CO2e", "SO22", a word holding the letters, code and the head are left as they are', () => {
    for (const text of ['PM2.5 and PM10', '（CO24小时平均', 'CO2e emissions', 'SO22', 'ISO2000', 'CO', 'GB 3095—2012']) expect(set(h('p', text))).toBe(`<div><p>${text}</p></div>`);
    expect(set(h('code', 'SO2'))).toBe('<div><code>SO2</code></div>');
    const page = h('html', [h('head', [h('title', 'SO2')]), h('body', [h('p', 'SO2')])]);
    chemicalSubscripts(page);
    expect(toHtml(page)).toBe('<html><head><title>SO2</title></head><body><p>SO<sub>2</sub></p></body></html>');
  });
});
