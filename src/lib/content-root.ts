/** The content folder; tests and the benchmark point it at fixture or synthetic corpora. */
export const CONTENT_ROOT = process.env.TU_SACH_CONTENT ?? './content';
