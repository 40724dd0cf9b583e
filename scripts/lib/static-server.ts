/** A static file server for a built site folder: directories answer with their index.html. */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
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

/** The request's path decoded, or undefined when its percent-encoding is malformed ("/%E0%A4%A"). */
function decodedPath(url: string | undefined): string | undefined {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
  } catch {
    return undefined;
  }
}

function fileFor(root: string, urlPath: string): string | undefined {
  const path = normalize(join(root, urlPath));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  try {
    return statSync(path).isDirectory()
      ? fileFor(root, `${urlPath.replace(/\/?$/, '/')}index.html`)
      : path;
  } catch {
    return undefined;
  }
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
}

/** Serves `folder` on host:port; resolves once listening, rejects when it cannot listen (port in use). */
export function serveFolder(folder: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const root = resolve(folder);
  // One bad request must never stop the server: `npm start` serves a reading room.
  const server = createServer((req, res) => {
    const path = decodedPath(req.url);
    if (path === undefined) return void plain(res, 400, 'Địa chỉ không hợp lệ (400)');
    const file = fileFor(root, path);
    if (!file) return void plain(res, 404, 'Không tìm thấy trang (404)');
    const stream = createReadStream(file);
    stream.on('open', () => {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      stream.pipe(res);
    });
    stream.on('error', () =>
      res.headersSent ? res.destroy() : plain(res, 404, 'Không tìm thấy trang (404)'),
    );
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}
