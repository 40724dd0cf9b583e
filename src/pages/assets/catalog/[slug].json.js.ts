/**
 * One file per document with a text: its articles' headings and khoản for the search catalog
 * (src/lib/search/build/catalog.ts), as a classic script the search page loads only when a query
 * names the document. Its path is the shared name articlesFile (src/lib/search/shared/names.ts).
 */
import type { APIRoute } from 'astro';
import { getLibrary, type ShelfDocument } from '../../../lib/library.ts';
import { articlesOf } from '../../../lib/search/build/catalog.ts';
import { dataScript } from '../../../lib/search/build/index-scripts.ts';
import { articlesFile } from '../../../lib/search/shared/names.ts';

export async function getStaticPaths() {
  const library = await getLibrary();
  return library.documents
    .filter((doc) => doc.text)
    .map((doc) => ({ params: { slug: doc.slug }, props: { doc } }));
}

export const GET: APIRoute<{ doc: ShelfDocument }> = ({ props }) => {
  return new Response(
    dataScript({ path: articlesFile(props.doc.slug), value: articlesOf(props.doc) }).text,
    {
      headers: { 'content-type': 'text/javascript; charset=utf-8' },
    },
  );
};
