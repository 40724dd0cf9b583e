import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { ExplainerSchema } from './schemas/explainer.ts';
import { OutlineSchema } from './schemas/outline.ts';
import { QuestionSchema } from './schemas/question.ts';
import { DocumentSchema } from './schemas/document.ts';
import { PageSchema } from './schemas/page.ts';
import { PublicSourceSchema } from './schemas/public-source.ts';
import { DiagramSchema } from './schemas/diagram.ts';
import { QuizSchema } from './schemas/quiz.ts';
import { contentGlob } from './lib/content-loader.ts';
import { CONTENT_ROOT as root } from './lib/content-root.ts';

/** The files matching `pattern` in one content folder; the loader checks each against `schema` (file:line). */
const collection = <S extends z.ZodType>(folder: string, pattern: string, schema: S) =>
  defineCollection({ loader: contentGlob(`${root}/${folder}`, pattern, schema), schema });

export const collections = {
  vanBan: collection('van-ban', '*.mdx', DocumentSchema),
  thamKhao: collection('tham-khao', '*.yaml', PublicSourceSchema),
  giaiThich: collection('giai-thich', '*.mdx', ExplainerSchema),
  hoiDap: collection('hoi-dap', '*.mdx', QuestionSchema),
  deCuong: collection('de-cuong', '*.mdx', OutlineSchema),
  hinhMinhHoa: collection('hinh-minh-hoa', '*.yaml', DiagramSchema),
  tracNghiem: collection('trac-nghiem', '*.yaml', QuizSchema),
  trang: collection('trang', '*.mdx', PageSchema),
};
