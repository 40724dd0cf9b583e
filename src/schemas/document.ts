import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { isoDate } from './date.ts';
import { AmendmentSchema } from './amendment.ts';
import { DOCUMENT_KINDS } from './document-kinds.ts';
import { OutstandingChangeSchema } from './outstanding-change.ts';

export { DOCUMENT_KINDS };
/**
 * Legal status (tình trạng hiệu lực) in vbpl.vn's words, plus `chua-xac-minh` for what no source
 * we read settles; labels in src/i18n/vi.ts (`status.*`), where they come from in docs/status.md.
 * What a reader sees is these words and what is known of changes (src/lib/status.ts).
 */
export const STATUSES = [
  'con-hieu-luc',
  'het-hieu-luc-mot-phan',
  'het-hieu-luc-toan-bo',
  'chua-co-hieu-luc',
  'ngung-hieu-luc-mot-phan',
  'ngung-hieu-luc',
  'chua-xac-minh',
] as const;
/** Borders a document concerns; labels in src/i18n/vi.ts (`border.*`). */
export const BORDERS = ['viet-trung', 'viet-lao', 'viet-campuchia', 'bien-dao'] as const;

export const ProvenanceSchema = z.object({
  /**
   * Where the text came from and how it was checked, in one plain sentence for a reader, without
   * repository or file names ("Văn bản lấy từ trang thuvienphapluat.vn, đã đối chiếu với …"). Shown
   * under the title; required when `text` is set. The fields below are folded under "Chi tiết nguồn".
   */
  summary: z.string().min(1).optional(),
  /** Where the text came from, as an engineer can look it up (site, document number, repository and commit). */
  source: z.string().min(1),
  /** Address of the original page, if it has one. */
  url: z.url().optional(),
  /** How the text was checked against other copies (summary of content/van-ban/nguon/SOURCES.md). */
  checks: z.string().optional(),
  /** SHA-256 of the source text file in content/van-ban/nguon/, written by the importer. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});

/** A part of the official text that this edition's source lacks; the page names it and invents nothing in its place. */
export const MissingPartSchema = z.object({
  /** The part, in the reader's words: "Tên các chương", "Phụ lục: danh sách xã …". */
  part: z.string().min(1),
  /** Why it is missing: what the source is and what was searched. */
  why: z.string().min(1),
});

export const DocumentSchema = z
  .object({
    /** Full official title, as printed on the document. */
    title: z.string().min(1),
    /** Name used in citations, e.g. "Luật Biên giới quốc gia năm 2003" ("khoản 2 Điều 14 …"). */
    shortTitle: z.string().min(1),
    /** Kind of document (luật, hiệp ước, nghị định thư, hiệp định, nghị định …). */
    kind: z.enum(DOCUMENT_KINDS),
    /** Số hiệu, e.g. "06/2003/QH11"; absent for treaties without one. */
    number: z.string().optional(),
    /** Body that passed or signed it, e.g. "Quốc hội khóa XI". */
    issuer: z.string().min(1),
    /** Who signed it, as the text or a named source gives it. */
    signer: z.string().optional(),
    /** Date passed (luật) or signed (điều ước). */
    signed: isoDate,
    /** Date it came into force, if known from the text or a named source. */
    inForce: isoDate.optional(),
    /** The article of this text that states `inForce` ("40"); the build checks the date is in it. */
    inForceArticle: z.string().optional(),
    /** Legal status (tình trạng hiệu lực) as last checked. */
    status: z.enum(STATUSES),
    /** The day `status` and the outstanding changes were last checked; the newest one dates the edition. */
    statusCheckedOn: isoDate,
    /** The named public sources (content/tham-khao/) consulted for the status on `statusCheckedOn`. */
    statusSources: z.array(reference('thamKhao')).min(1),
    /** What the status rests on, in a sentence for the reader ("Theo văn bản hợp nhất …"). */
    statusNote: z.string().optional(),
    /** Where a treaty was signed, when a named source gives it. */
    place: z.string().optional(),
    /** Where the text (or, without text, the metadata) came from. */
    provenance: ProvenanceSchema,
    /** Named public sources for the facts on this page (dates, signers) when they are not in the text. */
    sources: z.array(reference('thamKhao')).default([]),
    /** Source text in content/van-ban/, e.g. "nguon/luat-bien-gioi-quoc-gia-2003.txt"; absent = full text not in this edition. */
    text: z
      .string()
      .regex(/^nguon\/[a-z0-9-]+\.txt$/)
      .optional(),
    /** Parts of the official text the source lacks (chapter headings, an annex, the signature), each with why. */
    missingParts: z.array(MissingPartSchema).default([]),
    /**
     * Laws this document details (quy định chi tiết); their pages list it under "Văn bản quy định chi
     * tiết". The build checks each is named in this document's preamble ("Căn cứ …") or title.
     */
    details: z.array(reference('vanBan')).default([]),
    /** Borders the document concerns. */
    borders: z.array(z.enum(BORDERS)).default([]),
    /** Topics, in the reader's words ("mốc quốc giới", "khu vực biên giới"). */
    topics: z.array(z.string()).default([]),
    /** Other documents on the shelf this one is tied to. */
    related: z.array(reference('vanBan')).default([]),
    /** Articles of other documents that this document amends. */
    amends: z.array(AmendmentSchema).default([]),
    /** Acts known (or suspected) to change this document whose changes the wording shown does not include. */
    outstandingChanges: z.array(OutstandingChangeSchema).default([]),
  })
  .superRefine((doc, ctx) => {
    if (doc.text && !doc.provenance.summary) {
      const message =
        'a document with a text says where it came from in one sentence for the reader';
      ctx.addIssue({ code: 'custom', path: ['provenance', 'summary'], message });
    }
  });

export type LegalDocument = z.output<typeof DocumentSchema>;
export type MissingPart = z.output<typeof MissingPartSchema>;
