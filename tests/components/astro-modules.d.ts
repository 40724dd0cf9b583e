// tsc on its own does not read .astro files (astro check, which does, refuses TypeScript 7): to the
// tests a component is what the container renders.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

  const component: AstroComponentFactory;
  export default component;
}
