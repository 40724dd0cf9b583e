import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { LawRefSchema } from './law-ref.ts';

/** Drawings a diagram can use; each is a component in src/components/diagrams/ that places the parts by key. */
export const DRAWINGS = ['vung-bien', 'bien-gioi-dat-lien', 'cua-khau'] as const;

/** Units a figure may be in, written as the law writes them. */
export const UNITS = ['hải lý', 'm', 'mét'] as const;

/**
 * One number a diagram shows, with the article, khoản or điểm that states it. The build checks
 * that "<value> <unit>" (value written as the law writes numbers: 1.000) is in that text.
 */
export const FigureSchema = LawRefSchema.extend({
  /** The number: 12, 1000, 2500. */
  value: z.number().positive(),
  /** Its unit; a figure in hải lý is also shown in kilometres (see `conversion`). */
  unit: z.enum(UNITS),
});

/** One part of a diagram (a zone, a line, a marker): a label in the drawing and a row of its text equivalent. */
export const PartSchema = z.object({
  /** Key the drawing places it by: "lanh-hai". */
  key: z.string().regex(/^[a-z0-9-]+$/),
  /** Its name as the drawing labels it: "Lãnh hải". */
  name: z.string().min(1),
  /**
   * The rule in plain words, for the text equivalent; every number in it must be one of `figures`,
   * and every qualifier of the law kept.
   */
  rule: z.string().min(1),
  /**
   * Things the rule lists that the drawing labels one by one, in the law's words ("cửa khẩu đường
   * bộ"); the build checks each is in the text of one of the part's articles.
   */
  items: z.array(z.string().min(1)).default([]),
  /** The numbers this part shows, in the order the drawing shows them. */
  figures: z.array(FigureSchema).default([]),
  /** Where the rule is stated, when not (only) in the figures' articles. */
  basis: z.array(LawRefSchema).default([]),
  /** The law names local-government levels as they were before the 2025 reorganisation: link to that page. */
  reorg: z.boolean().default(false),
});

/**
 * A diagram (content/hinh-minh-hoa/<id>.yaml), drawn as inline SVG by its `drawing` and used in
 * content MDX as <Diagram id="<id>" />. Its id is stable: the handout and the tests name it. Every
 * sentence it shows is a part's rule, cited: there is no free text.
 */
export const DiagramSchema = z.object({
  /** Title, shown above the drawing: "Các vùng biển của Việt Nam, tính từ bờ ra khơi". */
  title: z.string().min(1),
  /** Which drawing places the parts. */
  drawing: z.enum(DRAWINGS),
  /** One sentence saying what the picture shows and how to read it; also the image's description. */
  summary: z.string().min(1),
  /** The parts, in the order the text equivalent lists them. */
  parts: z.array(PartSchema).min(1),
  /** Named public source for 1 hải lý = 1.852 m; needed when any figure is in hải lý. */
  conversion: reference('thamKhao').optional(),
});

export type Diagram = z.output<typeof DiagramSchema>;
export type DiagramPart = z.output<typeof PartSchema>;
export type Figure = z.output<typeof FigureSchema>;
