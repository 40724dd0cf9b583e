/** Kinds of page, in URL form; the reader's names are `pageKind.*` in src/i18n/vi.ts. */
export const PAGE_KINDS = [
  'van-ban',
  'giai-thich',
  'hoi-dap',
  'thuat-ngu',
  'de-cuong',
  'trac-nghiem',
  'khac',
] as const;

export type PageKind = (typeof PAGE_KINDS)[number];
