import { z } from 'astro/zod';

/**
 * The headings of the Q&A list, in the order shown (labels: `qa.group.<id>` in src/i18n/vi.ts).
 * A handful, so the list opens with questions on the first screen rather than a wall of topic
 * links; every question sits under exactly one.
 */
export const QA_GROUPS = [
  'khu-vuc-bien-gioi',
  'qua-lai',
  'bo-doi-bien-phong',
  'bien-dao',
  'moc-quoc-gioi',
  'nguoi-dan',
] as const;

export const QaGroupSchema = z.enum(QA_GROUPS);
export type QaGroup = z.output<typeof QaGroupSchema>;
