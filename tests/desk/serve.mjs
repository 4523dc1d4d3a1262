#!/usr/bin/env node
// The desk's web server: plain node http, no dependencies, so tests, the demo and
// benches can start it anywhere. `node tests/desk/serve.mjs [--port N]` or startDesk().
//   /desk/assets/scenarios.json  every scenario file, read fresh on each request
//   /desk/assets/...             static files from tests/desk/app/assets
//   /desk/blank                  a static page of the tool that shows no conversation (app/blank.html)
//   /desk/...                    the single-page app (index.html), so deep links work
import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const APP_DIR = fileURLToPath(new URL('./app/', import.meta.url));
const ASSETS_DIR = join(APP_DIR, 'assets');
const SCENARIO_DIR = fileURLToPath(new URL('./scenarios/', import.meta.url));
const DEFAULT_PORT = 5178;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** @param {import('node:http').ServerResponse} res */
function send(res, status, body, type = 'text/plain; charset=utf-8', extra = {}) {
  // no-store: tests edit scenarios and assets between runs and must never see stale copies.
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

async function scenariosJson() {
  const names = (await readdir(SCENARIO_DIR)).filter((n) => n.endsWith('.json')).sort();
  const all = await Promise.all(names.map(async (n) => JSON.parse(await readFile(join(SCENARIO_DIR, n), 'utf8'))));
  return JSON.stringify(all);
}

/** Resolve a request path under /desk/assets/ to a file inside ASSETS_DIR, or null if it escapes. */
function assetPath(pathname) {
  const rel = normalize(decodeURIComponent(pathname.slice('/desk/assets/'.length)));
  const full = join(ASSETS_DIR, rel);
  return full.startsWith(ASSETS_DIR + sep) ? full : null;
}

/** @type {import('node:http').RequestListener} */
async function handle(req, res) {
  const { pathname } = new URL(req.url ?? '/', 'http://desk.local');
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    if (pathname === '/' || pathname === '/desk') return send(res, 302, '', undefined, { Location: '/desk/' });
    if (pathname === '/desk/assets/scenarios.json') return send(res, 200, await scenariosJson(), CONTENT_TYPES['.json']);
    if (pathname.startsWith('/desk/assets/')) {
      const file = assetPath(pathname);
      if (!file) return send(res, 404, 'Not found');
      const body = await readFile(file).catch(() => null);
      if (!body) return send(res, 404, 'Not found');
      return send(res, 200, body, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
    }
    if (pathname === '/desk/blank') return send(res, 200, await readFile(join(APP_DIR, 'blank.html')), CONTENT_TYPES['.html']);
    if (pathname.startsWith('/desk/')) return send(res, 200, await readFile(join(APP_DIR, 'index.html')), CONTENT_TYPES['.html']);
    if (pathname === '/favicon.ico') return send(res, 204, '');
    return send(res, 404, 'Not found');
  } catch (error) {
    return send(res, 500, `Desk error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Start the desk. `port: 0` picks a free port.
 * @param {{ port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startDesk({ port = DEFAULT_PORT, host = '127.0.0.1' } = {}) {
  const server = createServer(handle);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://${host}:${actual}/desk/`,
        port: actual,
        close: () => new Promise((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}

/** --port N beats PORT beats the default. */
function portFromArgs(argv, env) {
  const at = argv.indexOf('--port');
  const raw = at >= 0 ? argv[at + 1] : env.PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${raw}`);
  return port;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  try {
    const desk = await startDesk({ port: portFromArgs(process.argv.slice(2), process.env) });
    console.log(`Desk ready at ${desk.url}`);
    const stop = () => desk.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    console.error(`Desk could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
