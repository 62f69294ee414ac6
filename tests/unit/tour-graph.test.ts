import { describe, expect, it } from 'vitest';
import { brokenLinks, reachableScenes, unreachableScenes } from '../../src/validate/tour-graph.ts';

const scenes = [
  { id: 'a', links: ['b'] },
  { id: 'b', links: ['a', 'c', 'ghost'] },
  { id: 'c', links: [] },
  { id: 'island', links: ['a'] },
];

describe('tour graph', () => {
  it('follows links from the start scene, through cycles, and ignores missing targets', () => {
    expect([...reachableScenes(scenes, 'a')].sort()).toEqual(['a', 'b', 'c']);
  });

  it('reaches nothing from a start scene that does not exist', () => {
    expect(reachableScenes(scenes, 'nowhere').size).toBe(0);
  });

  it('names the scenes a tourist can never get to', () => {
    expect(unreachableScenes(scenes, 'a')).toEqual(['island']);
  });

  it('reports links to missing scenes with their position in the list', () => {
    expect(brokenLinks(scenes)).toEqual([{ from: 'b', index: 2, to: 'ghost' }]);
  });
});
