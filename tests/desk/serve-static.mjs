// Static files for both sites of the desk server: the pages' own assets, and the npm
// packages the pages load straight from node_modules (no bundler, no build step).
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const NODE_MODULES = fileURLToPath(new URL('../../node_modules/', import.meta.url));

/**
 * The packages a page may load, as installed (pinned in package.json's devDependencies).
 * The three last are ProseMirror's own dependencies, which its ES modules import by name.
 */
export const VENDOR_PACKAGES = new Set([
  'prosemirror-state', 'prosemirror-view', 'prosemirror-model', 'prosemirror-transform',
  'prosemirror-schema-basic', 'prosemirror-history', 'prosemirror-keymap', 'prosemirror-commands',
  'ckeditor5', 'tinymce', 'ckeditor4',
  'orderedmap', 'rope-sequence', 'w3c-keyname',
]);

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.txt': 'text/plain; charset=utf-8',
};

/** @param {import('node:http').ServerResponse} res */
export function send(res, status, body, type = 'text/plain; charset=utf-8', extra = {}) {
  // no-store: tests edit scenarios and assets between runs and must never see stale copies.
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

/** `rel` resolved inside `dir`, or null when it would escape it. @param {string} dir @param {string} rel */
export function inside(dir, rel) {
  const full = join(dir, normalize(decodeURIComponent(rel)));
  return full.startsWith(dir.endsWith(sep) ? dir : dir + sep) ? full : null;
}

/** Send a file inside `dir`, or 404. @param {import('node:http').ServerResponse} res @param {string} dir @param {string} rel */
export async function sendFile(res, dir, rel) {
  const file = inside(dir, rel);
  const body = file ? await readFile(file).catch(() => null) : null;
  if (!file || !body) return send(res, 404, 'Not found');
  return send(res, 200, body, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
}

/**
 * `<package>/<path>` from node_modules. The editors are megabytes and never change while a
 * server runs, so the browser may keep them and revalidates by ETag (the pages stay no-store).
 * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {string} rest
 */
export async function sendVendor(req, res, rest) {
  const name = rest.split('/')[0] ?? '';
  if (!VENDOR_PACKAGES.has(name)) return send(res, 404, 'Not a served package');
  const file = inside(join(NODE_MODULES, name), rest.slice(name.length + 1));
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) return send(res, 404, 'Not found');
  const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
  const headers = { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', ETag: etag };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    return res.end();
  }
  res.writeHead(200, headers);
  return res.end(await readFile(file));
}
