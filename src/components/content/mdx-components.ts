/**
 * The citation components every content MDX file may use without importing them; pages pass
 * them to `<Content components={mdxComponents} />`. src/lib/citations.ts checks their targets.
 */
import Cite from '../legal/Cite.astro';
import LawQuote from '../legal/LawQuote.astro';
import SourceRef from './SourceRef.astro';
import Term from './Term.astro';

export const mdxComponents = { LawQuote, Cite, SourceRef, Term };
