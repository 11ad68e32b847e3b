/**
 * The live-reload client, served at /__duizhao/client.js in dev only (never
 * part of an edition). It listens to server-sent events: `reload` reloads the
 * page; `messages` shows the check messages in an overlay (built with DOM
 * calls and CSSOM styles, so the page's CSP needs only script/connect 'self').
 */
export const clientScript = String.raw`(() => {
  const source = new EventSource('/__duizhao/events');
  let overlay;
  const show = (state) => {
    if (overlay) overlay.remove();
    overlay = undefined;
    const items = state.messages || [];
    if (items.length === 0 && !state.problem) return;
    overlay = document.createElement('div');
    overlay.setAttribute('role', 'alert');
    overlay.id = 'duizhao-dev-overlay';
    Object.assign(overlay.style, { position: 'fixed', inset: 'auto 1rem 1rem 1rem', maxHeight: '45vh', overflow: 'auto', zIndex: 2147483647,
      background: '#1d1f21', color: '#f8f8f2', font: '13px/1.5 ui-monospace, monospace', padding: '1rem', borderRadius: '6px',
      boxShadow: '0 4px 24px rgba(0,0,0,.4)', whiteSpace: 'pre-wrap' });
    const title = document.createElement('strong');
    title.textContent = state.ok || state.published ? 'Duizhao: ' + items.length + ' message(s)' : 'Duizhao: build failed — showing the last good build';
    overlay.append(title);
    const close = document.createElement('button');
    close.textContent = '×';
    close.setAttribute('aria-label', 'Close');
    Object.assign(close.style, { float: 'right', background: 'none', color: 'inherit', border: '0', fontSize: '18px', cursor: 'pointer' });
    close.addEventListener('click', () => overlay.remove());
    overlay.prepend(close);
    for (const m of items) {
      const line = document.createElement('div');
      line.textContent = m.severity + '  ' + m.place + '  ' + m.reason + (m.ruleId ? '  [' + m.ruleId + ']' : '');
      line.style.color = m.severity === 'error' ? '#ff6b6b' : m.severity === 'warning' ? '#ffd166' : '#8ecae6';
      overlay.append(line);
    }
    if (state.problem) {
      const p = document.createElement('div');
      p.textContent = state.problem;
      p.style.color = '#ff6b6b';
      overlay.append(p);
    }
    document.body.append(overlay);
  };
  source.addEventListener('reload', () => location.reload());
  source.addEventListener('messages', (event) => show(JSON.parse(event.data)));
})();
`;

/** Add the client to an HTML page and let its CSP allow it (dev only). */
export function injectClient(html: string): string {
  const patched = html.replace(/(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i, (_all, open: string, encoded: string, close: string) => {
    const policy = encoded.replace(/&#x27;|&#39;|&apos;/g, "'").replace(/&amp;/g, '&');
    const q = "'";
    const self = `${q}self${q}`;
    const directives = policy.split(';').map((d) => d.trim()).filter(Boolean);
    const patch = (name: string) => {
      const at = directives.findIndex((d) => d.startsWith(`${name} `) || d === name);
      if (at === -1) directives.push(`${name} ${self}`);
      else if (!directives[at].includes(self)) directives[at] = `${directives[at].replace(`${q}none${q}`, '').trim()} ${self}`;
    };
    patch('script-src');
    patch('connect-src');
    return `${open}${directives.join('; ').replace(/&/g, '&amp;').replace(/'/g, '&#x27;')}${close}`;
  });
  const tag = '<script src="/__duizhao/client.js" defer></script>';
  return /<\/head>/i.test(patched) ? patched.replace(/<\/head>/i, `${tag}</head>`) : `${tag}${patched}`;
}
