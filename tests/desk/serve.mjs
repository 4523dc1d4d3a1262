#!/usr/bin/env node
// The desk's web server: plain node http, no dependencies, so tests, the demo and
// benches can start it anywhere. `node tests/desk/serve.mjs [--port N] [--classic]` or startDesk().
//   /desk/assets/scenarios.json  every scenario file, read fresh on each request
//   /desk/assets/...             static files from tests/desk/app/assets
//   /desk/vendor/<package>/...   the editors' npm packages from node_modules (serve-static.mjs)
//   /desk/blank                  a static page of the tool that shows no conversation (app/blank.html)
//   /desk/...                    the single-page app (index.html), so deep links work
// With --classic (startDesk({ classic: true })): the classic helpdesk and webmail, classic/server.mjs.
import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createClassicHandler } from './classic/server.mjs';
import { CONTENT_TYPES, send, sendFile, sendVendor } from './serve-static.mjs';

const APP_DIR = fileURLToPath(new URL('./app/', import.meta.url));
const ASSETS_DIR = join(APP_DIR, 'assets');
const SCENARIO_DIR = fileURLToPath(new URL('./scenarios/', import.meta.url));
const DEFAULT_PORT = 5178;
const DEFAULT_CLASSIC_PORT = 5179;

async function scenariosJson() {
  const names = (await readdir(SCENARIO_DIR)).filter((n) => n.endsWith('.json')).sort();
  const all = await Promise.all(names.map(async (n) => JSON.parse(await readFile(join(SCENARIO_DIR, n), 'utf8'))));
  return JSON.stringify(all);
}

/** @type {import('node:http').RequestListener} */
async function handle(req, res) {
  const { pathname } = new URL(req.url ?? '/', 'http://desk.local');
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    if (pathname === '/' || pathname === '/desk') return send(res, 302, '', undefined, { Location: '/desk/' });
    if (pathname === '/desk/assets/scenarios.json') return send(res, 200, await scenariosJson(), CONTENT_TYPES['.json']);
    if (pathname.startsWith('/desk/assets/')) return sendFile(res, ASSETS_DIR, pathname.slice('/desk/assets/'.length));
    if (pathname.startsWith('/desk/vendor/')) return sendVendor(req, res, pathname.slice('/desk/vendor/'.length));
    if (pathname === '/desk/blank') return send(res, 200, await readFile(join(APP_DIR, 'blank.html')), CONTENT_TYPES['.html']);
    if (pathname.startsWith('/desk/')) return send(res, 200, await readFile(join(APP_DIR, 'index.html')), CONTENT_TYPES['.html']);
    if (pathname === '/favicon.ico') return send(res, 204, '');
    return send(res, 404, 'Not found');
  } catch (error) {
    return send(res, 500, `Desk error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Start the desk, or with `classic: true` the classic helpdesk and webmail site (its own
 * port, its own in-memory tickets). `port: 0` picks a free port.
 * @param {{ port?: number, host?: string, classic?: boolean, historyDelayMs?: number }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startDesk({ classic = false, port = classic ? DEFAULT_CLASSIC_PORT : DEFAULT_PORT, host = '127.0.0.1', historyDelayMs } = {}) {
  const classicHandler = classic ? createClassicHandler({ historyDelayMs }) : null;
  const server = createServer(classicHandler ?? handle);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://${host}:${actual}${classic ? '/' : '/desk/'}`,
        port: actual,
        close: () => new Promise((done) => {
          classicHandler?.close();
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}

/** --port N beats PORT beats the default. */
function portFromArgs(argv, env, fallback) {
  const at = argv.indexOf('--port');
  const raw = at >= 0 ? argv[at + 1] : env.PORT;
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${raw}`);
  return port;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  try {
    const argv = process.argv.slice(2);
    const classic = argv.includes('--classic');
    const desk = await startDesk({ classic, port: portFromArgs(argv, process.env, classic ? DEFAULT_CLASSIC_PORT : DEFAULT_PORT) });
    console.log(`${classic ? 'Classic helpdesk' : 'Desk'} ready at ${desk.url}${classic ? ` (webmail at ${desk.url}mail/)` : ''}`);
    const stop = () => desk.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    console.error(`Desk could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
