/**
 * The PDF renderer's use of Chromium between and within builds (pipeline/render/pdf/index.ts):
 * it prints in the caller's kept tab (the dev server's, BuildOptions.printTab) and leaves it open
 * for the next build, or in a tab of its own that it closes; and it tells the build that its work on
 * Node's thread is done (RenderContext.prepared, when the other jobs start) only once the first
 * document has loaded in its tab — before that, every request of the tab waits for Node to answer it.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../pipeline/config/types.ts';
import { createSharedBrowser, type SharedBrowser } from '../pipeline/render/pdf/browser.ts';
import { pdfRenderer } from '../pipeline/render/pdf/index.ts';
import { KeptTab } from '../pipeline/render/pdf/print-page.ts';
import type { RenderContext } from '../pipeline/render/types.ts';
import { createTranslators } from '../templates/i18n.ts';
import { loadFixture } from './fixtures/pdf/annotate.ts';

const { pub, glossary } = loadFixture('basic');
const origin = 'https://print.duizhao.invalid/';
let shared: SharedBrowser;

beforeAll(() => {
  shared = createSharedBrowser();
});
afterAll(async () => {
  await shared.close();
});

async function context(extra: Partial<RenderContext>): Promise<RenderContext> {
  const distDir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-pdf-tab-'));
  return {
    config: defaultConfig, distDir, outDir: path.join(distDir, pub.slug), t: await createTranslators(), draft: false,
    buildDate: new Date('2021-12-15T00:00:00Z'), glossary, browser: shared, ...extra,
  };
}

/** Each open tab's address. */
async function addresses(): Promise<string[]> {
  const browser = await shared.get();
  return (await browser.pages()).map((page) => page.url());
}

describe('the PDF renderer and its tabs', () => {
  it('prints in the caller\'s kept tab and leaves it open for the next build; a tab of its own is closed', async () => {
    const browser = await shared.get();
    const tab = new KeptTab();
    await tab.open(browser);
    const before = await addresses();
    expect(before.filter((url) => url === 'about:blank').length).toBeGreaterThanOrEqual(1);
    const first = await pdfRenderer.render(pub, await context({ printTab: tab }));
    expect(first.map((file) => path.basename(file.path))).toEqual(['basic.pdf', 'basic.en.pdf']);
    // the opened tab printed them (it is now at the print origin) and is still open: no other tab
    const after = await addresses();
    expect(after.length).toBe(before.length);
    expect(after.filter((url) => url.startsWith(origin))).toHaveLength(1);
    // the next build prints in the same tab
    await pdfRenderer.render(pub, await context({ printTab: tab }));
    expect(await addresses()).toEqual(after);
    await tab.close();
    expect((await addresses()).filter((url) => url.startsWith(origin))).toHaveLength(0);
    // without one, the renderer's own tab is closed when it is done
    await pdfRenderer.render(pub, await context({}));
    expect((await addresses()).filter((url) => url.startsWith(origin))).toHaveLength(0);
  });

  it('says its Node part is done only once its first document has loaded in the tab (the tab\'s requests are answered by Node)', async () => {
    const browser = await shared.get();
    let seen: Promise<string[]> | undefined;
    const prepared = () => {
      seen ??= browser.pages().then((pages) => Promise.all(pages.map((page) => page.evaluate('`${location.href} ${document.readyState} ${document.fonts.status}`').catch(() => '') as Promise<string>)));
    };
    await pdfRenderer.render(pub, await context({ prepared }));
    expect(seen).toBeDefined();
    expect((await seen!).filter((state) => state.startsWith(origin))).toEqual([`${origin}index.html complete loaded`]);
  });
});
