/**
 * bench/results.md holds every figure the project quotes, so that a figure lives in one place and
 * the docs link to it instead of copying it (copies drift apart). Each tool that measures owns one
 * section between `<!-- name:start -->` and `<!-- name:end -->` and rewrites only that section.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';

export const RESULTS_FILE = 'bench/results.md';

/** The sections of the results file and the command that writes each. */
export const SECTIONS = {
  bench: 'npm run bench',
  search: 'npm run bench:search',
  lighthouse: 'npm run bench:lighthouse',
} as const;

export type SectionName = keyof typeof SECTIONS;

const marker = (name: SectionName, edge: 'start' | 'end') => `<!-- ${name}:${edge} -->`;

/** `text` with section `name` holding `body`; a section not there yet is added at the end. */
export function withSection(text: string, name: SectionName, body: string): string {
  const [start, end] = [marker(name, 'start'), marker(name, 'end')];
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const section = `${start}\n${body.trim()}\n${end}`;
  if (from < 0 && to < 0) return `${text.trimEnd()}\n\n${section}\n`;
  if (from < 0 || to < from || text.indexOf(start, from + 1) >= 0) {
    throw new Error(`the results file needs exactly one ${start} … ${end} pair, in that order`);
  }
  return `${text.slice(0, from)}${section}${text.slice(to + end.length)}`;
}

/** Rewrites one section of a results file (created when missing), keeping every other line. */
export function writeSection(file: string, name: SectionName, body: string): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Measured figures\n';
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, withSection(text, name, body));
}

export interface Machine {
  cores: number;
  memoryGiB: number;
  cpu: string;
  node: string;
}

export function machine(): Machine {
  return {
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    cpu: cpus()[0]?.model ?? '?',
    node: process.version,
  };
}

export const describeMachine = (m: Machine) =>
  `${m.cores} cores, ${m.memoryGiB} GiB (${m.cpu}), Node ${m.node}`;

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export const today = () => new Date().toISOString().slice(0, 10);
