#!/usr/bin/env node
/**
 * Checks a copy of an edition against its SHA256SUMS: every listed file present and unchanged, no
 * file the list does not have. The same comparison as the check on ve-an-ban.html.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  compareSums,
  parseSums,
  problemCount,
  SUMS_FILE,
  type SumsReport,
} from '../src/lib/checksums.ts';
import { hashFiles, listFiles, sha256 } from '../src/lib/files.ts';
import { SourceError } from '../src/lib/source-error.ts';
import { sitePath } from '../src/lib/paths.ts';

const HOME = sitePath({ page: 'home' });

const HELP = `Usage: npm run verify -- <folder>

  <folder>   a copy of an edition: the folder with ${HOME} and ${SUMS_FILE} in it

Hashes every file in the folder and compares with its SHA256SUMS; lists each missing, changed and
extra file, and prints the SHA-256 of SHA256SUMS itself to compare with the one the publisher
announced. Files an operating system adds (Thumbs.db, desktop.ini, .DS_Store) are shown, not counted.

Exit codes: 0 complete and unchanged, 1 problems found, 2 usage (no such folder, no SHA256SUMS).`;

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  if (parsed.values.help) {
    console.log(HELP);
    return 0;
  }
  if (parsed.positionals.length !== 1) return usage('give exactly one folder');
  const folder = parsed.positionals[0];
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    return usage(`${folder} is not a folder`);
  const sumsPath = join(folder, SUMS_FILE);
  if (!existsSync(sumsPath) || !statSync(sumsPath).isFile())
    return usage(
      `no ${SUMS_FILE} file in ${folder}: give the edition folder, the one with ${HOME} in it`,
    );
  const sumsBytes = readFileSync(sumsPath);
  let expected;
  try {
    expected = parseSums(sumsBytes.toString('utf8'), sumsPath);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    console.error(`error: ${error.message}`);
    return 1;
  }
  console.log(`Checking ${folder} against its ${SUMS_FILE} (${expected.size} files listed)`);
  const report = compareSums(
    expected,
    hashFiles(
      folder,
      listFiles(folder).filter((f) => f !== SUMS_FILE),
    ),
  );
  print(report);
  console.log(`SHA-256 of ${SUMS_FILE}: ${sha256(sumsBytes)}`);
  return problemCount(report) === 0 ? 0 : 1;
}

function usage(message: string): number {
  console.error(`error: ${message}\n\n${HELP}`);
  return 2;
}

function print(report: SumsReport): void {
  for (const file of report.missing) console.log(`missing  ${file}`);
  for (const file of report.changed) console.log(`changed  ${file}`);
  for (const file of report.extra) console.log(`extra    ${file}`);
  for (const file of report.ignored)
    console.log(`ignored  ${file} (added by the operating system)`);
  const problems = problemCount(report);
  if (problems === 0)
    console.log(`OK: all ${report.ok.length} files present and unchanged, no extra files.`);
  else
    console.log(
      `PROBLEMS: ${report.changed.length} changed, ${report.missing.length} missing, ${report.extra.length} extra.`,
    );
}

process.exitCode = main();
