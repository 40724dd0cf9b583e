/** The content folder; tests and the benchmark point it at fixture or synthetic corpora (TU_SACH_CONTENT). */
export const contentRoot = process.env.TU_SACH_CONTENT ?? './content';
