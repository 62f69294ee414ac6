/**
 * What an importer reads out of another viewer's tour (krpano, Pannellum, Marzipano), in this site's
 * conventions: degrees, yaw 0 at the centre of the photo growing to the right, pitch 0 at the horizon and
 * positive upwards, and a vertical field of view. Each parser converts its format's angles on the way in
 * (src/import/angles.ts), so nothing after it needs to know where a tour came from.
 */

/** The six cube faces, named from the camera: front, right, back, left, up, down. */
export type CubeFace = 'f' | 'r' | 'b' | 'l' | 'u' | 'd';
export const CUBE_FACES: readonly CubeFace[] = ['f', 'r', 'b', 'l', 'u', 'd'];

/**
 * Where a scene's picture is. Face images and tiles are in the orientation every one of the three tools
 * shares (and `renderCubeFace` in scripts/bench/view/cube-tiles.ts makes): side faces upright, the top
 * face's lower edge against the front face, the bottom face's upper edge against the front face.
 */
export type PanoramaSource =
  | { kind: 'equirect'; file: string }
  | { kind: 'cube'; faces: Record<CubeFace, string> }
  | {
      kind: 'tiles';
      /** Levels from finest to coarsest; the first complete one is stitched. */
      levels: TileLevel[];
      /**
       * The face size the source says its photo really had (Marzipano Tool's `faceSize`, e.g. 3335 when the
       * finest tiles are cut from a face scaled up to 4096): the photo is not made larger than that.
       */
      detailSize?: number;
    };

export interface TileLevel {
  /** Edge of a whole face at this level, in pixels. */
  faceSize: number;
  /** Edge of a full tile; the last row and column may be smaller. */
  tileSize: number;
  /** Path of the tile in row `row`, column `col` (both from 0) of `face`. */
  tile: (face: CubeFace, row: number, col: number) => string;
  /** Said in the report, e.g. "level 3". */
  label: string;
}

export interface ImportedLink {
  /** The target's id in the source tour. */
  target: string;
  yaw: number;
  pitch: number;
}

export interface ImportedHotspot {
  /** The hotspot's name in the source, when it has one (for ids and the report). */
  name?: string;
  yaw: number;
  pitch: number;
  title: string;
  text: string;
}

export interface ImportedScene {
  /** The scene's id in the source tour (krpano `name`, Pannellum key, Marzipano `id`). */
  sourceId: string;
  title: string;
  panorama: PanoramaSource;
  /** The opening view; `vFov` is the vertical field of view in degrees. */
  view: { yaw: number; pitch: number; vFov?: number };
  links: ImportedLink[];
  hotspots: ImportedHotspot[];
  location?: { lat: number; lng: number };
  /** Compass bearing of the photo's centre (yaw 0), when the source says. */
  heading?: number;
  /** What an equirectangular photo covers when it is not the whole sphere (Pannellum `haov`/`vaov`/`vOffset`). */
  partial?: { horizontalFov: number; verticalFov: number; centerPitch: number };
  /** Who made the photo, when the source says (Pannellum `author`). */
  credit?: string;
  /** The source file the scene was read from, for the report. */
  file: string;
}

/** One line of the report: something that was not carried over, or needs the editor's eye. */
export interface ImportNote {
  /** Source file it is about. */
  file: string;
  message: string;
}

export interface ImportedTour {
  format: 'krpano' | 'Pannellum' | 'Marzipano';
  /** The file the tour was read from (tour.xml, the JSON config, data.js). */
  file: string;
  title?: string;
  /** Source id of the first scene. */
  startScene?: string;
  scenes: ImportedScene[];
  /** Things left behind: unknown actions, fields with no counterpart here. */
  notes: ImportNote[];
}

/** Input the importer cannot use at all: the message says which file and what to do. Never a stack trace. */
export class ImportError extends Error {
  override name = 'ImportError';
  /** The source file or folder the message is about. */
  readonly file: string;
  constructor(file: string, message: string) {
    super(message);
    this.file = file;
  }
}
