import { build, type BuildOptions } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { uiStringsSubset, usedKeys } from '../../src/integrations/ui-strings.ts';

describe('client bundles carry only the UI strings they use', () => {
  it('keeps quoted keys and the keys of a template prefix, drops the rest', async () => {
    const options: BuildOptions = {
      entryPoints: ['tests/fixtures/ui-strings-entry.ts'],
      bundle: true,
      write: false,
      charset: 'utf8',
      logLevel: 'error',
    };
    const first = await build({ ...options, metafile: true });
    const keep = usedKeys(first.metafile!);
    expect(['article.copy', 'pageKind.van-ban', 'pageKind.giai-thich'].every(keep)).toBe(true);
    expect(keep('site.name')).toBe(false);
    const code = (await build({ ...options, plugins: [uiStringsSubset(keep)] })).outputFiles![0]
      .text;
    expect(code).toContain('Sao chép trích dẫn');
    expect(code).toContain('Giải thích');
    expect(code).not.toContain('Tủ sách pháp luật biên giới');
  });
});
