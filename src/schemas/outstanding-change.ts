import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { isoDate } from './date.ts';
import { DOCUMENT_KINDS } from './document-kinds.ts';

/**
 * legislation.gov.uk's "outstanding changes": an act known (or suspected) to change this document
 * whose changes the wording on the shelf does not include. The document page says so above the
 * text, every article it names says so at the article, and every quote carries it (docs/status.md).
 */

/** The amending act, as its named sources give it. */
export const AmendingActSchema = z.object({
  /** Kind of act, for "Luật số …" / "Nghị định số …"; labels in src/i18n/vi.ts (`kind.*`). */
  kind: z.enum(DOCUMENT_KINDS),
  /** Số hiệu, e.g. "98/2025/QH15". */
  number: z.string().min(1),
  /** Its title, e.g. "Luật sửa đổi, bổ sung một số điều của 11 luật về quân sự, quốc phòng". */
  title: z.string().min(1),
  /** Day it was passed (luật) or signed (nghị định …). */
  passed: isoDate,
  /** Day its changes took effect; absent when no named source gives it. */
  inForce: isoDate.optional(),
});

/** One article of this document that the act changes. */
export const ChangedArticleSchema = z.object({
  /** The changed article of this document, e.g. "7"; the build checks it exists. */
  article: z.string().regex(/^\d+[a-zđ]?$/),
  /** `sua-doi` amended, `bo-sung` supplemented, `sua-doi-bo-sung` both, `bai-bo` repealed. */
  effect: z.enum(['sua-doi', 'bo-sung', 'sua-doi-bo-sung', 'bai-bo']),
  /** What in the article is changed, when the source says: "khoản 3", "khoản 1 và khoản 2". */
  part: z.string().min(1).optional(),
  /** The provision of the act that makes the change, when the source names it: "khoản 1 Điều 52". */
  by: z.string().min(1).optional(),
});

export const OutstandingChangeSchema = z.object({
  /** The act that changes (or may change) this document. */
  act: AmendingActSchema,
  /**
   * `known`: a named source says the act changes this document. `unknown`: the act changes documents
   * like this one and no source we read says whether it changes this one (then no articles, no extent).
   */
  applies: z.enum(['known', 'unknown']).default('known'),
  /** The articles the act changes, as far as a source names them. */
  articles: z.array(ChangedArticleSchema).default([]),
  /**
   * How much it changes, in the source's words, when the articles are not all named: "5 điều",
   * "một số điều". With `articles`, it says the list is partial.
   */
  extent: z.string().min(1).optional(),
  /** One more sentence for the reader: the history of the change, what the sources do not say. */
  note: z.string().min(1).optional(),
  /** Named public sources (content/tham-khao/) that report the change, each with a verbatim quote. */
  sources: z.array(reference('thamKhao')).min(1),
});

export type AmendingAct = z.output<typeof AmendingActSchema>;
export type ChangedArticle = z.output<typeof ChangedArticleSchema>;
export type OutstandingChange = z.output<typeof OutstandingChangeSchema>;
