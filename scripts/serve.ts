#!/usr/bin/env node
/** Serves a built site folder over http on 127.0.0.1 (default dist/ on port 4321). */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveFolder } from './lib/static-server.ts';

const HELP = `Usage: node scripts/serve.ts [folder] [--port 4321] [--host 127.0.0.1]
Serves a built site (default dist/) and prints its address.

Exit codes: 1 the port is taken or cannot be used, 2 usage (a bad port, no such folder).`;

function usage(message: string): number {
  console.error(`error: ${message}\n\n${HELP}`);
  return 2;
}

async function main(): Promise<number | undefined> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        port: { type: 'string', default: '4321' },
        host: { type: 'string', default: '127.0.0.1' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port!) || port > 65535)
    return usage(`--port ${values.port}: give a number from 0 to 65535`);
  const folder = resolve(positionals[0] ?? 'dist');
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    return usage(`${folder} is not a folder: build the site first (npm run build)`);
  try {
    await serveFolder(folder, port, values.host);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      `error: ${code === 'EADDRINUSE' ? `port ${port} is in use: give another with --port` : (error as Error).message}`,
    );
    return 1;
  }
  console.log(
    `Tủ sách pháp luật biên giới: http://${values.host}:${port}/ (thư mục ${folder}; Ctrl+C để dừng)`,
  );
  // Serving: the process lives until it is stopped.
  return undefined;
}

const code = await main();
if (code !== undefined) process.exitCode = code;
