import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ExplainerSchema } from './schemas/explainer.ts';
import { OutlineSchema } from './schemas/outline.ts';
import { QuestionSchema } from './schemas/question.ts';
import { DocumentSchema } from './schemas/document.ts';
import { PublicSourceSchema } from './schemas/public-source.ts';
import { DiagramSchema } from './schemas/diagram.ts';
import { QuizSchema } from './schemas/quiz.ts';
import { CONTENT_ROOT as root } from './lib/content-root.ts';

const vanBan = defineCollection({
  loader: glob({ base: `${root}/van-ban`, pattern: '*.mdx' }),
  schema: DocumentSchema,
});

const thamKhao = defineCollection({
  loader: glob({ base: `${root}/tham-khao`, pattern: '*.yaml' }),
  schema: PublicSourceSchema,
});

const giaiThich = defineCollection({
  loader: glob({ base: `${root}/giai-thich`, pattern: '*.mdx' }),
  schema: ExplainerSchema,
});

const hoiDap = defineCollection({
  loader: glob({ base: `${root}/hoi-dap`, pattern: '*.mdx' }),
  schema: QuestionSchema,
});

const deCuong = defineCollection({
  loader: glob({ base: `${root}/de-cuong`, pattern: '*.mdx' }),
  schema: OutlineSchema,
});

const hinhMinhHoa = defineCollection({
  loader: glob({ base: `${root}/hinh-minh-hoa`, pattern: '*.yaml' }),
  schema: DiagramSchema,
});

const tracNghiem = defineCollection({
  loader: glob({ base: `${root}/trac-nghiem`, pattern: '*.yaml' }),
  schema: QuizSchema,
});

export const collections = { vanBan, thamKhao, giaiThich, hoiDap, deCuong, hinhMinhHoa, tracNghiem };
