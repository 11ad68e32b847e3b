/**
 * An MtProvider for any OpenAI-compatible chat-completions endpoint (OpenAI,
 * vLLM, llama.cpp server, Ollama's /v1 …). Off unless configured:
 *   DUIZHAO_MT_URL    base URL, e.g. http://127.0.0.1:8080/v1 (…/chat/completions is appended)
 *   DUIZHAO_MT_MODEL  model name
 *   DUIZHAO_MT_KEY    bearer token (optional for local servers)
 * One request per block, so a failure names the block and a long report
 * never hits a context limit.
 */
import type { MtBlock, MtConstraint, MtOptions, MtProvider, MtResult } from './types.ts';

export interface OpenAiOptions {
  url: string;
  model: string;
  key?: string;
  /** per-request timeout; default 120 s */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export function mtProviderFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): MtProvider | undefined {
  const url = env.DUIZHAO_MT_URL?.trim();
  if (!url) return undefined;
  const model = env.DUIZHAO_MT_MODEL?.trim();
  if (!model) throw new Error('DUIZHAO_MT_URL is set but DUIZHAO_MT_MODEL is not: name the model to use');
  return createOpenAiProvider({ url, model, key: env.DUIZHAO_MT_KEY?.trim() || undefined });
}

export function createOpenAiProvider(options: Readonly<OpenAiOptions>): MtProvider {
  const endpoint = /\/chat\/completions\/?$/.test(options.url) ? options.url : `${options.url.replace(/\/+$/, '')}/chat/completions`;
  const doFetch = options.fetch ?? fetch;
  return {
    name: `openai-compatible:${options.model}`,
    async translate(blocks: readonly MtBlock[], mt: MtOptions): Promise<MtResult[]> {
      const results: MtResult[] = [];
      for (const block of blocks) {
        const signal = AbortSignal.any([AbortSignal.timeout(options.timeoutMs ?? 120_000), ...(mt.signal ? [mt.signal] : [])]);
        let response: Response;
        try {
          response = await doFetch(endpoint, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(options.key ? { authorization: `Bearer ${options.key}` } : {}) },
            body: JSON.stringify({ model: options.model, temperature: 0, messages: prompt(block, mt.glossary.get(block.id) ?? []) }),
            signal,
          });
        } catch (error) {
          throw new Error(`Machine translation of \`${block.id}\` failed: could not reach ${endpoint} (${(error as Error).message})`, { cause: error });
        }
        if (!response.ok) {
          const body = (await response.text()).slice(0, 200);
          throw new Error(`Machine translation of \`${block.id}\` failed: ${endpoint} answered ${response.status} ${response.statusText}${body ? `: ${body}` : ''}`);
        }
        const data = (await response.json()) as { choices?: Array<{ message?: { content?: string } }> };
        const text = clean(data.choices?.[0]?.message?.content ?? '');
        if (!text) throw new Error(`Machine translation of \`${block.id}\` failed: ${endpoint} returned no text`);
        results.push({ id: block.id, text: block.kind === 'heading' ? text.replace(/\s*\n\s*/g, ' ') : text });
      }
      return results;
    },
  };
}

function prompt(block: MtBlock, terms: readonly MtConstraint[]): Array<{ role: string; content: string }> {
  const rules = [
    'You translate Chinese government work reports into English in the register of their official English editions.',
    'Translate faithfully: every clause and figure, no summarizing, no additions.',
    'Convert numbers exactly: 28.9万 → 289,000; 650亿元 → 65 billion yuan; 2400多 → more than 2,400; keep percentages.',
    'Keep the inline Markdown: a lead sentence in **…** stays in **…**; keep links and emphasis.',
    'Use ASCII punctuation. Answer with the English text only.',
  ];
  if (terms.length > 0) {
    rules.push('Use these glossary renderings exactly (Chinese → English):');
    for (const t of terms) rules.push(`- ${t.zh} → ${t.en}${t.variants?.length ? ` (also accepted: ${t.variants.join('; ')})` : ''}`);
  }
  return [
    { role: 'system', content: rules.join('\n') },
    { role: 'user', content: `${block.kind === 'heading' ? 'Heading' : 'Paragraph'}:\n${block.source}` },
  ];
}

/** Drop wrappers models like to add: code fences, surrounding quotes. */
function clean(text: string): string {
  return text.trim().replace(/^```\w*\n?|\n?```$/g, '').trim();
}
