import { AbstractConfigurablePlugin, utils, type Viewer } from '@photo-sphere-viewer/core';
import type { CompassPlugin } from '@photo-sphere-viewer/compass-plugin';
import type { MapPlugin } from '@photo-sphere-viewer/map-plugin';
import type { VirtualTourPlugin } from '@photo-sphere-viewer/virtual-tour-plugin';
import type { NorthConfig } from './model.ts';
import { DEG } from '../../../../util/angles.ts';


/**
 * The compass dial turned so that its N points at north: `rotate(-heading)` around the centre.
 * An SVG attribute, not an inline style, so it passes a strict Content-Security-Policy.
 */
export function northSvg(dial: string, heading: number): string {
  const turn = -(((heading % 360) + 360) % 360);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" data-north="${-turn}"><g transform="rotate(${turn} 50 50)">${dial}</g></svg>`;
}

/**
 * Where north is, for PSV's compass and mini map, from each photo's GPano heading (issue 14, item 5).
 *
 * PSV's own way (`panoData.poseHeading` / `sphereCorrection`) turns the sphere so that yaw 0 is
 * north: every yaw an editor wrote (view, arrows, hotspots, shared links) would then point
 * somewhere else. Here the sphere and every yaw stay as they are (yaw 0 = the photo's centre) and
 * the widgets are told where north is instead:
 * - the compass dial turns by −heading: its cone (the view, at the yaw) and its clicks keep working
 *   in yaw, and the angle from N to the cone is the real bearing, heading + yaw;
 * - the mini map (static, north up like the drawn tour map) gets `rotation` = heading, so its pin
 *   points along the real bearing and its "north" button turns the view to yaw −heading.
 */
export class NorthPlugin extends AbstractConfigurablePlugin<NorthConfig> {
  static override readonly id = 'hg-north';
  static override readonly configParser = utils.getConfigParser<NorthConfig>({ headings: {} });
  static override readonly readonlyOptions = ['headings'];

  private tour?: VirtualTourPlugin;
  /** PSV's own compass dial (with its N), kept to be turned for each scene. */
  private dial = '';

  constructor(viewer: Viewer, config: NorthConfig) {
    super(viewer, config);
  }

  override init(): void {
    super.init();
    this.tour = this.viewer.getPlugin<VirtualTourPlugin>('virtual-tour');
    this.tour?.addEventListener('node-changed', this);
    // Loaded after the first scene is on screen (with the compass and map, after the first frame):
    // that scene gets its north now.
    if (this.tour?.getCurrentNode()) this.apply();
  }

  override destroy(): void {
    this.tour?.removeEventListener('node-changed', this);
    super.destroy();
  }

  /** Compass heading (degrees) of the current scene's photo centre; 0 when unknown. */
  get heading(): number {
    const id = this.tour?.getCurrentNode()?.id;
    return (id ? this.config.headings[id] : undefined) ?? 0;
  }

  handleEvent(e: Event): void {
    if (e.type === 'node-changed') this.apply();
  }

  /** Points the compass and the mini map at the current scene's north (the widgets are looked up now: they may load late). */
  apply(): void {
    const heading = this.heading;
    const compass = this.viewer.getPlugin<CompassPlugin>('compass');
    if (compass) {
      this.dial ||= compass.config.backgroundSvg ?? '';
      compass.setOptions({ backgroundSvg: northSvg(this.dial, heading) });
    }
    this.viewer.getPlugin<MapPlugin>('map')?.setOptions({ rotation: heading * DEG });
  }
}
