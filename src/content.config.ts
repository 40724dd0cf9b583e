import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { DocumentSchema } from './schemas/document.ts';
import { PublicSourceSchema } from './schemas/public-source.ts';
import { CONTENT_ROOT as root } from './lib/content-root.ts';

const vanBan = defineCollection({
  loader: glob({ base: `${root}/van-ban`, pattern: '*.mdx' }),
  schema: DocumentSchema,
});

const thamKhao = defineCollection({
  loader: glob({ base: `${root}/tham-khao`, pattern: '*.yaml' }),
  schema: PublicSourceSchema,
});

export const collections = { vanBan, thamKhao };
