/**
 * Machine-translation drafts against a local OpenAI-compatible server on
 * 127.0.0.1 (node:http): request shape (model, bearer key, glossary
 * constraints in the prompt), drafts inserted with state=mt and the current
 * src=, never counted as reviewed, and clear failures.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { checkPublication } from '../pipeline/check/index.ts';
import { buildPublication } from '../pipeline/model/index.ts';
import { createOpenAiProvider, fillMissing, mtProviderFromEnv } from '../pipeline/translate/index.ts';
import { fixtureGlossary } from './fixtures/check/fixture-matcher.ts';
import { sourceHashes, withSourceHashes } from './source-hashes.ts';

const dir = path.join(import.meta.dirname, 'fixtures/xliff/basic');
const zh = readFileSync(path.join(dir, 'zh.md'), 'utf8');
const hashes = sourceHashes(zh);
const en = withSourceHashes(readFileSync(path.join(dir, 'en.md'), 'utf8'), hashes);
const glossary = fixtureGlossary([
  { id: 'lao-jiu-xiao-qu', zh: '老旧小区改造', en: 'renovation of old residential compounds', variants: ['old residential compounds'] },
  { id: 'fang-guan-fu', zh: '放管服', en: 'the reform to streamline administration, delegate power, strengthen regulation and improve services' },
]);

interface Seen {
  url?: string;
  authorization?: string;
  body: { model: string; temperature: number; messages: Array<{ role: string; content: string }> };
}
const requests: Seen[] = [];
let status = 200;
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer(async (req: IncomingMessage, res) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = JSON.parse(raw) as Seen['body'];
    requests.push({ url: req.url, authorization: req.headers.authorization, body });
    if (status !== 200) {
      res.writeHead(status, { 'content-type': 'application/json' }).end('{"error":{"message":"model overloaded"}}');
      return;
    }
    const user = body.messages.find((m) => m.role === 'user')!.content;
    const text = user.includes('老旧小区')
      ? 'We carried out the renovation of old residential compounds covering 2.757 million square meters, *benefiting* 34,400 households.'
      : '```\nDraft of: ' + user.split('\n')[1] + '\n```';
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({ id: 'x', object: 'chat.completion', choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: text } }] }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('machine translation drafts', () => {
  it('is off unless DUIZHAO_MT_URL is set, and needs a model', () => {
    expect(mtProviderFromEnv({})).toBeUndefined();
    expect(() => mtProviderFromEnv({ DUIZHAO_MT_URL: base })).toThrow(/DUIZHAO_MT_MODEL/);
    expect(mtProviderFromEnv({ DUIZHAO_MT_URL: base, DUIZHAO_MT_MODEL: 'm' })?.name).toBe('openai-compatible:m');
  });

  it('fills the missing block as a state=mt draft, passing glossary terms as constraints', async () => {
    requests.length = 0;
    status = 200;
    const provider = mtProviderFromEnv({ DUIZHAO_MT_URL: base, DUIZHAO_MT_MODEL: 'test-model', DUIZHAO_MT_KEY: 'sekrit' })!;
    const result = await fillMissing({ zh, en, provider, glossary });
    expect(result.filled).toEqual(['p-000003']);
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request.url).toBe('/v1/chat/completions');
    expect(request.authorization).toBe('Bearer sekrit');
    expect(request.body.model).toBe('test-model');
    expect(request.body.messages[1].content).toBe('Paragraph:\n实施275.7万平方米老旧小区改造，*惠及*居民34400户。');
    expect(request.body.messages[0].content).toContain('- 老旧小区改造 → renovation of old residential compounds (also accepted: old residential compounds)');
    expect(request.body.messages[0].content).not.toContain('放管服'); // only the block's own terms
    const draft = `We carried out the renovation of old residential compounds covering 2.757 million square meters, *benefiting* 34,400 households. {#p-000003 src=${hashes.get('p-000003')} state=mt}`;
    expect(result.value).toBe(en.replace('\n\nWe completed', `\n\n${draft}\n\nWe completed`));

    const load = buildPublication('basic', new VFile({ path: 'zh.md', value: zh }), new VFile({ path: 'en.md', value: result.value }));
    const { messages, stats } = checkPublication(load);
    expect(stats.missing).toBe(0);
    expect(stats.mt).toBe(2);
    expect(stats.reviewed).toBe(1); // drafts never count as reviewed
    expect(messages.filter((m) => m.ruleId === 'mt-draft').map((m) => [m.fatal, /`(p-\d+)`/.exec(m.reason)?.[1]])).toEqual([
      [false, 'p-000002'],
      [false, 'p-000003'],
    ]);
  });

  it('strips code fences models add, and writes headings on one line', async () => {
    status = 200;
    const provider = createOpenAiProvider({ url: `${base}/chat/completions`, model: 'm' });
    const results = await provider.translate([{ id: 'h-1', kind: 'heading', source: '（四）深化改革' }], { glossary: new Map() });
    expect(results).toEqual([{ id: 'h-1', text: 'Draft of: （四）深化改革' }]);
  });

  it('fails with the block, the endpoint and the server answer on HTTP errors', async () => {
    status = 503;
    const provider = createOpenAiProvider({ url: base, model: 'm' });
    await expect(fillMissing({ zh, en, provider })).rejects.toThrow(/Machine translation of `p-000003` failed: http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions answered 503 .*model overloaded/);
    status = 200;
  });

  it('fails clearly when nothing listens', async () => {
    const provider = createOpenAiProvider({ url: 'http://127.0.0.1:9/v1', model: 'm', timeoutMs: 5000 });
    await expect(fillMissing({ zh, en, provider })).rejects.toThrow(/could not reach http:\/\/127\.0\.0\.1:9\/v1\/chat\/completions/);
  });

  it('does nothing when no block is missing', async () => {
    requests.length = 0;
    const provider = createOpenAiProvider({ url: base, model: 'm' });
    const result = await fillMissing({ zh, en, provider, ids: ['p-000001'] });
    expect(result).toMatchObject({ value: en, filled: [] });
    expect(requests).toHaveLength(0);
  });
});
