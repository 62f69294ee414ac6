/**
 * Data flows one way (issue 15, item 2): no module imports itself back, in src/ and scripts/.
 * One shape is allowed, and only at the type level: a viewer plugin's `events.ts` names its own
 * plugin's type (`TypedEvent<VariantsPlugin>`) while the plugin imports its events, exactly as Photo
 * Sphere Viewer's own plugins do. Type imports vanish from the bundle, so that is no cycle at run time.
 */
import { parseCircular, parseDependencyTree } from 'dpdm';
import { describe, expect, it } from 'vitest';

const ENTRIES = ['src/**/*.ts', 'scripts/**/*.ts'];

/** A cycle inside one plugin folder that goes through that folder's events.ts. */
const isPluginEventsPattern = (cycle: string[]) => {
  const folders = new Set(cycle.map((file) => file.replace(/\/[^/]+$/, '')));
  return folders.size === 1 && [...folders][0]!.includes('/viewer/plugins/') && cycle.some((file) => file.endsWith('/events.ts'));
};

describe('import structure', () => {
  it('has no circular imports at run time', async () => {
    const tree = await parseDependencyTree(ENTRIES, { transform: true, skipDynamicImports: true });
    expect(Object.keys(tree).length).toBeGreaterThan(100);
    expect(parseCircular(tree)).toEqual([]);
  }, 60_000);

  it('has none through types either, but for a plugin and its own events', async () => {
    const tree = await parseDependencyTree(ENTRIES, { skipDynamicImports: true });
    expect(parseCircular(tree).filter((cycle) => !isPluginEventsPattern(cycle))).toEqual([]);
  }, 60_000);
});
