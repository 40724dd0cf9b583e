/** an-ban.json: the edition for machines (date, content version, each document's status check). */
import type { APIRoute } from 'astro';
import { t } from '../i18n/vi.ts';
import { editionOf } from '../lib/edition.ts';
import { getLibrary } from '../lib/library.ts';

export const GET: APIRoute = async () => {
  const edition = editionOf(await getLibrary());
  return new Response(`${JSON.stringify({ name: t('site.name'), ...edition }, null, 2)}\n`);
};
