/**
 * Which tour a path holds: a krpano `tour.xml`, a Marzipano Tool `data.js`, or a Pannellum JSON
 * configuration, given the file itself or the folder it is in.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { readKrpano } from './krpano.ts';
import { readMarzipano } from './marzipano.ts';
import { ImportError, type ImportedTour } from './model.ts';
import { readPannellum } from './pannellum.ts';

/** The tour file inside a folder, by the names the three tools write. */
function tourFileIn(dir: string): string {
  // krpano's droplets write vtour/tour.xml; the Marzipano Tool's zip holds app-files/data.js.
  for (const name of ['tour.xml', 'vtour/tour.xml', 'data.js', 'app-files/data.js', 'config.json', 'tour.json', 'pannellum.json']) {
    if (existsSync(join(dir, name))) return join(dir, name);
  }
  const candidates = readdirSync(dir).filter((f) => /\.(xml|json)$/i.test(f));
  if (candidates.length === 1) return join(dir, candidates[0]!);
  throw new ImportError(
    dir,
    candidates.length > 1
      ? `holds several possible tour files (${candidates.join(', ')}): name the one to import, e.g. npm run import -- ${join(dir, candidates[0]!)}`
      : 'holds no tour.xml (krpano), data.js (Marzipano Tool) or JSON configuration (Pannellum). Give the folder the tool exported, or the tour file itself.',
  );
}

/** Reads the tour at `path` (a file or a folder); throws ImportError with a sentence for the editor. */
export async function readTour(path: string): Promise<ImportedTour> {
  if (!existsSync(path)) throw new ImportError(path, 'does not exist. Check the path (a tour.xml, data.js or Pannellum JSON file, or the folder holding it).');
  const file = statSync(path).isDirectory() ? tourFileIn(path) : path;
  switch (extname(file).toLowerCase()) {
    case '.xml':
      return readKrpano(file);
    case '.js':
      return readMarzipano(file);
    case '.json':
      return readPannellum(file);
    case '.html':
    case '.htm':
      throw new ImportError(file, 'is a web page; give the tour file beside it instead: tour.xml (krpano), data.js (Marzipano Tool) or the JSON configuration (Pannellum).');
    default:
      throw new ImportError(file, 'is not a tour file this importer knows: give a krpano tour.xml, a Marzipano Tool data.js or a Pannellum JSON configuration.');
  }
}
