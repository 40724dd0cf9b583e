/** A static file server for a built site folder: directories answer with their index.html. */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

function fileFor(root: string, urlPath: string): string | undefined {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  try {
    return statSync(path).isDirectory() ? fileFor(root, `${urlPath.replace(/\/?$/, '/')}index.html`) : path;
  } catch {
    return undefined;
  }
}

/** Serves `folder` on host:port; resolves once listening. */
export function serveFolder(folder: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const root = resolve(folder);
  const server = createServer((req, res) => {
    const file = fileFor(root, new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Không tìm thấy trang (404)');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}
