// Serves demo/ as a made-up clinic's website, on an origin of its own, with the decision aid
// pasted in: `npm run demo`, and the browser tests of the embed (playwright.config.ts), which
// also get their own clinic pages under /test/ (tests/e2e/clinic-pages/).
//   DEMO_PORT   the clinic site's port (default 4174)
//   APP_ORIGIN  where the built app is served (default http://localhost:4173, `npm run preview`)
//   --with-app  also serve the built app (dist/) there, as `npm run preview` would
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { preview } from 'vite';

const port = Number(process.env.DEMO_PORT ?? 4174);
const appOrigin = process.env.APP_ORIGIN ?? 'http://localhost:4173';

if (process.argv.includes('--with-app')) {
  const app = new URL(appOrigin);
  await preview({ preview: { host: app.hostname, port: Number(app.port), strictPort: true } });
  console.log(`the app: ${appOrigin}/`);
}
const types = { html: 'text/html; charset=utf-8', css: 'text/css; charset=utf-8', js: 'text/javascript' };

createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const [, folder, name, type] =
    /^\/(test\/)?([a-z-]+\.(html|css|js))$/.exec(path === '/' ? '/index.html' : path) ?? [];
  try {
    if (!name || !type) throw new Error('not a demo file');
    const file = new URL(folder ? `../tests/e2e/clinic-pages/${name}` : `../demo/${name}`, import.meta.url);
    // The snippet in the page names the app where `npm run preview` serves it.
    const body = (await readFile(file, 'utf8')).replaceAll('http://localhost:4173', appOrigin);
    response.writeHead(200, { 'content-type': types[type], 'cache-control': 'no-cache' });
    response.end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('Not found');
  }
}).listen(port, 'localhost', () =>
  console.log(`the clinic's demo page: http://localhost:${port}/ (app: ${appOrigin})`),
);
