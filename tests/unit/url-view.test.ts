import { describe, expect, it } from 'vitest';
import { formatViewParams, parseViewParams } from '../../src/components/viewer/plugins/deep-link/url-view.ts';

describe('view in the address', () => {
  it('round-trips a view', () => {
    const search = formatViewParams({ yaw: -30, pitch: 12.34, zoom: 61.6, variant: 'mua-hoa' });
    expect(search).toBe('?yaw=330.0&pitch=12.3&zoom=62&variant=mua-hoa');
    expect(parseViewParams(search)).toEqual({ view: { yaw: 330, pitch: 12.3, zoom: 62, variant: 'mua-hoa' }, ignored: [] });
  });

  it('ignores hostile or out-of-range values, saying why, and keeps the good ones', () => {
    const { view, ignored } = parseViewParams('?yaw=1e309&pitch=95&zoom=50&variant=<script>alert(1)</script>');
    expect(view).toEqual({ zoom: 50 });
    expect(ignored).toEqual([
      'yaw: expected a number from -360 to 360',
      'pitch: expected a number from -90 to 90',
      'variant: expected a variant id such as "mua-hoa"',
    ]);
  });

  it('reads nothing from an address without a view', () => {
    expect(parseViewParams('')).toEqual({ view: {}, ignored: [] });
  });
});
