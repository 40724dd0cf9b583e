/** Formatting shared by every page. */
import { vi, type UiKey } from '../i18n/vi.ts';
import type { PublicSource } from '../schemas/public-source.ts';

/** "01/01/2022": how Vietnamese documents write a date. */
export function formatDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

const NUMBER_FORMAT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });

/** "1.000", "22,224": a number as Vietnamese laws write it (dot between thousands, decimal comma). */
export function formatNumber(n: number): string {
  return NUMBER_FORMAT.format(n);
}

/** A named public source as a reader cites it: "publisher, «title», published date". */
export function describeSource(source: PublicSource): string {
  const published = source.published && formatDate(source.published);
  return [source.publisher, `«${source.title}»`, published].filter(Boolean).join(', ');
}

/** A UI string split at its `{name}` placeholders, so a template can put links or markup there. */
export function uiParts(key: UiKey): ({ text: string } | { param: string })[] {
  return vi[key]
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((part) => (/^\{\w+\}$/.test(part) ? { param: part.slice(1, -1) } : { text: part }));
}

/**
 * An id from Vietnamese words: no diacritics, kebab-case, "đ" → "d". Glossary ids ("Đường cơ sở"
 * → "duong-co-so", as docs/content.md tells editors) and topic anchors are made with it.
 */
export function slugOf(words: string): string {
  return words
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Whether `text` holds `words` as whole words, compared as slugs, so case and old and new accent
 * placement ("thuỷ", "thủy") do not matter.
 */
export function hasWords(text: string, words: string): boolean {
  return `-${slugOf(text)}-`.includes(`-${slugOf(words)}-`);
}
