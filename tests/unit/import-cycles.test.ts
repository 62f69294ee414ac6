/**
 * No module imports itself back at run time (issue 15, item 2: data flows one way). Type-only
 * imports are left out (`transform`): a plugin's `events.ts` naming its plugin's type, as PSV's own
 * plugins do, is not a cycle the bundle sees. Dynamic imports are left out of the cycle search too:
 * the viewer's late plugins are loaded on demand from the core, which they may import.
 */
import { parseCircular, parseDependencyTree } from 'dpdm';
import { describe, expect, it } from 'vitest';

describe('import structure', () => {
  it('has no circular imports at run time in src/ and scripts/', async () => {
    const tree = await parseDependencyTree(['src/**/*.ts', 'scripts/**/*.ts'], { transform: true, skipDynamicImports: true });
    expect(Object.keys(tree).length).toBeGreaterThan(100);
    expect(parseCircular(tree)).toEqual([]);
  }, 60_000);
});
