import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { DocumentSchema } from './schemas/document.ts';
import { PublicSourceSchema } from './schemas/public-source.ts';

const vanBan = defineCollection({
  loader: glob({ base: './content/van-ban', pattern: '*.mdx' }),
  schema: DocumentSchema,
});

const thamKhao = defineCollection({
  loader: glob({ base: './content/tham-khao', pattern: '*.yaml' }),
  schema: PublicSourceSchema,
});

export const collections = { vanBan, thamKhao };
