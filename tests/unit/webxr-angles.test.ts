/** The VR mode's angle conventions agree with PSV's, and the panorama turn puts a yaw ahead. */
import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { direction, heading, turnFor, yawOf } from '../../src/components/viewer/plugins/webxr/immersive/angles.ts';
import { pickLevel } from '../../src/components/viewer/plugins/webxr/immersive/panorama.ts';
import { DEG } from '../../src/util/angles.ts';


describe('VR angles', () => {
  it('match PSV: yaw 0 on +z, yaw 90° on −x (to the right of +z seen from inside), pitch up on +y', () => {
    const ahead = direction(0, 0);
    expect([ahead.x, ahead.y, ahead.z].map((n) => Math.abs(Math.round(n * 1e6) / 1e6))).toEqual([0, 0, 1]);
    expect(direction(90 * DEG, 0).x).toBeCloseTo(-1);
    expect(direction(0, 90 * DEG).y).toBeCloseTo(1);
  });

  it('yawOf is the inverse of direction for every yaw', () => {
    for (let yaw = 0; yaw < 360; yaw += 17) {
      const back = yawOf(direction(yaw * DEG, 0.3));
      expect(back).toBeGreaterThanOrEqual(0);
      expect(back).toBeLessThan(2 * Math.PI);
      expect(back / DEG).toBeCloseTo(yaw, 6);
    }
  });

  it('turnFor puts the wanted yaw where the head is heading, and the head’s yaw comes back on leaving', () => {
    const up = new Vector3(0, 1, 0);
    for (const [yaw, head] of [[0, Math.PI], [35, Math.PI], [200, 0.4], [310, -2]] as const) {
      const turn = turnFor(yaw * DEG, head);
      const ahead = direction(yaw * DEG, 0).applyAxisAngle(up, turn);
      expect(Math.cos(heading(ahead) - head)).toBeCloseTo(1, 9);
      // Leaving: the head's direction turned back into the panorama's frame gives that yaw.
      const headDirection = new Vector3(Math.sin(head), 0, Math.cos(head)).applyAxisAngle(up, -turn);
      expect(Math.cos(yawOf(headDirection) - yaw * DEG)).toBeCloseTo(1, 9);
    }
  });
});

describe('VR panorama level', () => {
  const levels = [
    { width: 2048, cols: 8, rows: 4 },
    { width: 4096, cols: 16, rows: 8 },
    { width: 8192, cols: 16, rows: 8 },
    { width: 12000, cols: 32, rows: 16 },
  ];
  it('is the widest that fits the texture limit', () => {
    expect(pickLevel(levels, 8192)).toBe(2);
    expect(pickLevel(levels, 4096)).toBe(1);
    expect(pickLevel(levels, 16384)).toBe(3);
    expect(pickLevel(levels, 1024)).toBe(-1);
  });
});
