// Never let `npm install` download a browser: this project finds one itself
// (PUPPETEER_EXECUTABLE_PATH, puppeteer's cache, then /usr/bin/chromium);
// see pipeline/render/pdf/browser.ts and pipeline/setup/system.mjs.
module.exports = { skipDownload: true };
