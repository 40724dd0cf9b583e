#!/usr/bin/env node
/**
 * Makes the offline edition: release/tu-sach-bien-gioi-<edition>.zip, one folder holding the built
 * site (index.html, ve-an-ban.html, HUONG-DAN.txt, an-ban.json …) and SHA256SUMS for every file.
 * Refuses a site that fails the offline audit. The same site makes the same zip, byte for byte:
 * entries are sorted and dated with the edition's date. The publisher's name (--publisher) goes
 * into the build through TU_SACH_PUBLISHER, so the same content and publisher make the same zip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync, type Zippable } from 'fflate';
import { formatSums, hexRows, SUMS_FILE } from '../src/lib/checksums.ts';
import { EDITION_PREFIX, PUBLISHER_ENV, publisherName } from '../src/lib/edition.ts';
import { isIsoDay } from '../src/lib/iso-day.ts';
import { MANIFEST_FILE } from '../src/lib/edition-guide.ts';
import { hashFiles, listFiles, sha256 } from '../src/lib/files.ts';
import { sitePath } from '../src/lib/paths.ts';
import { auditSite } from './lib/site-audit.ts';

const ABOUT = sitePath({ page: 'about' });
const GUIDE = sitePath({ page: 'guide' });

const HELP = `Usage: npm run package -- [--publisher "<name>"] [--reuse] [--dist dist] [--out release]

Builds the site into --dist (skipped with --reuse, which packages the existing build), checks it
with the offline audit (scripts/lib/site-audit.ts), and writes
<out>/tu-sach-bien-gioi-<edition>.zip: one folder of that name with the site, ${GUIDE},
${MANIFEST_FILE} and ${SUMS_FILE}. The edition is the date in <dist>/${MANIFEST_FILE}: the newest
statusCheckedOn on the shelf (docs/offline-edition.md).

  --publisher "<name>"  who publishes this edition, e.g. "Đồn Biên phòng …": shown on
                        ${ABOUT}, in ${GUIDE} and ${MANIFEST_FILE} (one line, at most 120
                        characters). Without it the edition says it does not name its publisher.
                        With --reuse, the build in --dist must have been made for the same name.

Prints the SHA-256 of SHA256SUMS, the one code readers compare with the one you announce.

Exit codes: 0 written, 1 build failed or the site has problems (nothing written), 2 usage: a bad
--publisher, not a build of this site (or one made for another publisher), or the zip cannot be
written.`;

/**
 * What package reads of <dist>/an-ban.json. Its folder names the zip and the top folder of every
 * entry, so it must be the edition's own name: "../x" would write outside --out and into ../ of
 * whoever unzips it.
 */
interface Manifest {
  edition: string;
  folder: string;
  /** Who publishes the edition, as the build was told (null: not named). */
  publisher: string | null;
}

function manifestProblem(json: unknown): string | undefined {
  const { edition, folder, publisher } = (json ?? {}) as Partial<Record<keyof Manifest, unknown>>;
  if (typeof edition !== 'string' || !isIsoDay(edition))
    return 'edition must be a day written YYYY-MM-DD';
  if (folder !== `${EDITION_PREFIX}-${edition}`)
    return `folder must be ${EDITION_PREFIX}-${edition}`;
  const named = publisher ?? null;
  if (named !== null && typeof named !== 'string') return 'publisher must be text or null';
  return undefined;
}

/** The build's manifest, or why it cannot be packaged. */
function readManifest(path: string, dist: string): Manifest | string {
  if (!existsSync(path))
    return `${path} is missing: ${dist} is not a build of this site (run without --reuse)`;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return `${path} is not JSON (${(error as Error).message}): rebuild the site`;
  }
  const problem = manifestProblem(json);
  if (problem) return `${path}: ${problem}`;
  const manifest = json as Manifest;
  return { ...manifest, publisher: manifest.publisher ?? null };
}

const OPTIONS = {
  publisher: { type: 'string' },
  reuse: { type: 'boolean' },
  dist: { type: 'string', default: 'dist' },
  out: { type: 'string', default: 'release' },
  help: { type: 'boolean', short: 'h' },
} as const;

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({ options: OPTIONS }));
  } catch (error) {
    console.error(`error: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  let publisher;
  try {
    publisher = publisherName(values.publisher);
  } catch (error) {
    console.error(`error: --publisher: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const dist = values.dist!;
  if (!values.reuse && !build(dist, publisher)) return 1;
  const edition = readManifest(join(dist, MANIFEST_FILE), dist);
  if (typeof edition === 'string') {
    console.error(`error: ${edition}`);
    return 2;
  }
  // --reuse packages what was built; a --publisher the build does not carry would be a false label.
  const wanted = values.reuse && values.publisher === undefined ? edition.publisher : publisher;
  if (edition.publisher !== wanted) {
    const built = describe(edition.publisher);
    console.error(
      `error: ${dist} was built for ${built}, not ${describe(wanted)}; run without --reuse`,
    );
    return 2;
  }
  const problems = auditSite(dist);
  if (problems.length > 0) {
    for (const { file, problem } of problems) console.error(`${join(dist, file)}: ${problem}`);
    console.error(
      `error: ${problems.length} problem(s) break the offline promise; nothing was written.`,
    );
    return 1;
  }
  try {
    report(writeZip(dist, edition, values.out!), edition.publisher);
  } catch (error) {
    console.error(`error: cannot write the zip into ${values.out}: ${(error as Error).message}`);
    return 2;
  }
  return 0;
}

const describe = (publisher: string | null) =>
  publisher ? `publisher "${publisher}"` : 'no publisher';

function build(dist: string, publisher: string | null): boolean {
  // Only --publisher names the publisher: a TU_SACH_PUBLISHER left in the shell does not.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    [PUBLISHER_ENV]: publisher ?? '',
  };
  const result = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist],
    {
      stdio: 'inherit',
      env,
    },
  );
  return result.status === 0;
}

interface Written {
  zip: string;
  zipBytes: number;
  files: number;
  siteBytes: number;
  zipSha256: string;
  sumsSha256: string;
}

function writeZip(dist: string, edition: Manifest, out: string): Written {
  const files = listFiles(dist).filter((f) => f !== SUMS_FILE);
  const contents = new Map(files.map((f) => [f, readFileSync(join(dist, f))]));
  const sums = formatSums(hashFiles(dist, files));
  contents.set(SUMS_FILE, Buffer.from(sums));
  const entries: Zippable = {};
  for (const file of [...contents.keys()].sort())
    entries[`${edition.folder}/${file}`] = contents.get(file)!;
  const [year, month, day] = edition.edition.split('-').map(Number);
  // Zip times are local wall-clock fields; a local Date with these fields writes them on any machine.
  const zip = zipSync(entries, { level: 9, mtime: new Date(year, month - 1, day, 12) });
  mkdirSync(out, { recursive: true });
  const path = join(out, `${edition.folder}.zip`);
  // Written whole or not at all: a zip cut short by a full disk must not pass for an edition.
  try {
    writeFileSync(`${path}.tmp`, zip);
    renameSync(`${path}.tmp`, path);
  } finally {
    rmSync(`${path}.tmp`, { force: true });
  }
  return {
    zip: path,
    zipBytes: zip.length,
    files: contents.size,
    siteBytes: [...contents.values()].reduce((sum, b) => sum + b.length, 0),
    zipSha256: sha256(zip),
    sumsSha256: sha256(sums),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function report(w: Written, publisher: string | null): void {
  console.log(
    `${w.zip}: ${kb(w.zipBytes)}, ${w.files} files (${kb(w.siteBytes)} unpacked), ${describe(publisher)}`,
  );
  console.log(`SHA-256 of the zip:        ${w.zipSha256}`);
  console.log(`SHA-256 of its SHA256SUMS: ${w.sumsSha256}`);
  console.log(
    `Publish this one code with the edition; ${ABOUT} shows it to readers in the same groups:`,
  );
  for (const row of hexRows(w.sumsSha256)) console.log(`  ${row}`);
}

process.exitCode = main();
