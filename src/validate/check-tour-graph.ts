/**
 * Checks across the scenes of one tour: links to scenes that do not exist, a start scene that does
 * not exist, scenes nobody can walk to. Pure (plain data in, problems out), so the standalone
 * validator and getTours() (src/data/tours.ts) say exactly the same words.
 */
import type { ContentProblem } from './problem.ts';
import { brokenLinks, unreachableScenes } from './tour-graph.ts';

export interface GraphTour {
  id: string;
  /** The tour's `index.mdx`, as the editor sees it. */
  file: string;
  /** Undefined when the tour file does not name one properly: only the links are checked then. */
  startScene?: string;
  /** The tour's `guide:` list (issue 17), when it is written as ids (otherwise the schema said why). */
  guide?: readonly string[];
  scenes: { id: string; file: string; links: readonly string[] }[];
}

const sceneList = (tour: GraphTour) => tour.scenes.map((s) => s.id).join(', ') || 'none yet';

export function tourGraphProblems(tour: GraphTour): { errors: ContentProblem[]; warnings: ContentProblem[] } {
  const errors: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  for (const broken of brokenLinks(tour.scenes)) {
    errors.push({
      file: tour.scenes.find((s) => s.id === broken.from)!.file,
      field: `links[${broken.index}].to`,
      message: `there is no scene "${broken.to}" in the tour "${tour.id}", so the arrow would lead nowhere. Use the file name of a scene in the same folder, without ".mdx" (scenes: ${sceneList(tour)}).`,
    });
  }
  for (const scene of tour.scenes) {
    scene.links.forEach((to, index) => {
      if (to !== scene.id) return;
      warnings.push({
        file: scene.file,
        field: `links[${index}].to`,
        message: `leads to this same scene, so following the arrow only reloads the view the visitor is already in. Point it at another scene of the tour, or remove it.`,
      });
    });
  }
  errors.push(...guideProblems(tour));
  if (tour.startScene === undefined) return { errors, warnings };
  if (!tour.scenes.some((s) => s.id === tour.startScene)) {
    errors.push({
      file: tour.file,
      field: 'startScene',
      message: `there is no scene "${tour.startScene}" in this tour's folder, so the tour has nowhere to open. Use the file name of one of its scenes, without ".mdx" (scenes: ${sceneList(tour)}).`,
    });
    return { errors, warnings };
  }
  for (const id of unreachableScenes(tour.scenes, tour.startScene)) {
    warnings.push({
      file: tour.scenes.find((s) => s.id === id)!.file,
      field: '(whole scene)',
      message: `no link leads to this scene from the start scene "${tour.startScene}", so visitors walking through the tour never reach it (it still has its own page). Add a link to "${id}" in the \`links\` of a scene that visitors reach.`,
    });
  }
  return { errors, warnings };
}

/** `guide:` names scenes of this tour, each once: the guided tour would stop at a missing one. */
function guideProblems(tour: GraphTour): ContentProblem[] {
  const ids = new Set(tour.scenes.map((s) => s.id));
  return (tour.guide ?? []).flatMap((id, index) => {
    if (!ids.has(id)) {
      return [{ file: tour.file, field: `guide[${index}]`, message: `there is no scene "${id}" in this tour's folder, so "Play the tour" would have nowhere to go. Use the file name of one of its scenes, without ".mdx" (scenes: ${sceneList(tour)}).` }];
    }
    const first = tour.guide!.indexOf(id);
    if (first === index) return [];
    return [{ file: tour.file, field: `guide[${index}]`, message: `"${id}" is already in the guide at guide[${first}]; a scene is shown once per round. Remove one of the two.` }];
  });
}
