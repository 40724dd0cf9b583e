#!/usr/bin/env node
/** Serves a built site folder over http on 127.0.0.1 (default dist/ on port 4321). */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveFolder } from './lib/static-server.ts';

const HELP = `Usage: node scripts/serve.ts [folder] [--port 4321] [--host 127.0.0.1]
Serves a built site (default dist/) and prints its address.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: '127.0.0.1' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log(HELP);
} else {
  const folder = resolve(positionals[0] ?? 'dist');
  await serveFolder(folder, Number(values.port), values.host);
  console.log(`Tủ sách pháp luật biên giới: http://${values.host}:${values.port}/ (thư mục ${folder}; Ctrl+C để dừng)`);
}
