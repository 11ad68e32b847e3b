import { writeFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { configSchema, defaultConfig, loadConfig, parseConfig } from '../pipeline/config/index.ts';
import { tempProject } from './build-helpers.ts';

describe('config', () => {
  it('needs no file: defaults', async () => {
    const root = tempProject();
    const loaded = await loadConfig(root);
    expect(loaded.file).toBeUndefined();
    expect(loaded.config).toEqual(defaultConfig);
  });

  it('reads YAML and JSON, filling defaults', async () => {
    const root = tempProject();
    writeFileSync(path.join(root, 'duizhao.config.json'), '{ "editions": ["html", "pdf"], "pdf": { "paper": "Letter" } }');
    const { config, file } = await loadConfig(root);
    expect(file?.messages).toEqual([]);
    expect(config.editions).toEqual(['html', 'pdf']);
    expect(config.pdf).toEqual({ paper: 'Letter', editions: defaultConfig.pdf.editions });
    expect(parseConfig('site:\n  baseUrl: https://example.org/r/\n', 'c.yaml').config.site.baseUrl).toBe('https://example.org/r/');
  });

  it('points at the bad value with a code frame', () => {
    const { file } = parseConfig('editions: [html]\npdf:\n  editions:\n    - layout: interleaved\n      languages: fr\n', 'duizhao.config.yaml');
    const [message] = file.messages;
    expect(message.fatal).toBe(true);
    expect([message.line, message.column]).toEqual([5, 18]);
    expect(message.reason).toMatch(/`pdf\.editions\.0\.languages`/);
    expect(message.note).toContain('> 5 |       languages: fr\n    |                  ^');
  });

  it('points at an unknown key and lists the allowed ones', () => {
    const { file } = parseConfig('editions: [html]\nsite:\n  baseURL: https://x.org/\n', 'duizhao.config.yaml');
    expect(file.messages[0].reason).toMatch(/Unknown key `site\.baseURL`.*allowed here: baseUrl/);
    expect([file.messages[0].line, file.messages[0].column]).toEqual([3, 3]);
  });

  it('reports YAML syntax errors with a position', () => {
    const { file } = parseConfig('editions: [html\n', 'duizhao.config.yaml');
    expect(file.messages[0].reason).toMatch(/Invalid YAML/);
    expect(file.messages[0].line).toBeGreaterThan(0);
  });

  it('describes every field of the schema', () => {
    const missing: string[] = [];
    const walk = (schema: unknown, at: string) => {
      const s = schema as { type?: string; wrapped?: unknown; pipe?: unknown[]; entries?: Record<string, unknown>; item?: unknown };
      if (s.type === 'optional') return walk(s.wrapped, at);
      const inner = (s.pipe?.[0] ?? s) as typeof s;
      if (at && !v.getDescription(schema as never) && !v.getDescription(inner as never)) missing.push(at);
      if (inner.entries) for (const [key, child] of Object.entries(inner.entries)) walk(child, at ? `${at}.${key}` : key);
      if (inner.item) walk(inner.item, `${at}[]`);
    };
    walk(configSchema, '');
    expect(missing).toEqual([]);
  });
});
