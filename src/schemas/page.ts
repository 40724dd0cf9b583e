import { z } from 'astro/zod';
import { isoDate } from './date.ts';

/**
 * A page of its own written in MDX (content/trang/<slug>.mdx), rendered by its route in src/pages/,
 * its title and lead in src/i18n/vi.ts. The body cites like an explainer and is checked the same way.
 */
export const PageSchema = z.object({
  /** Day the editors last checked the page against its sources; the page says "as of" this day. */
  checkedOn: isoDate,
});

export type Page = z.output<typeof PageSchema>;
