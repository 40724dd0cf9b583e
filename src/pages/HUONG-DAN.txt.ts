/** HUONG-DAN.txt: how to copy, open, check and update the edition, for Notepad. */
import type { APIRoute } from 'astro';
import { editionOf } from '../lib/edition.ts';
import { getLibrary } from '../lib/library.ts';
import { guideText } from '../lib/edition-guide.ts';

export const GET: APIRoute = async () => new Response(guideText(editionOf(await getLibrary())));
