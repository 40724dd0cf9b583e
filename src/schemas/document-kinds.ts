/** Kinds of legal document, on the shelf or amending it; labels in src/i18n/vi.ts (`kind.*`). */
export const DOCUMENT_KINDS = [
  'luat',
  'hiep-uoc',
  'nghi-dinh-thu',
  'hiep-dinh',
  'nghi-dinh',
  'nghi-quyet',
  'quyet-dinh',
] as const;
