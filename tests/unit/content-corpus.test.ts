/**
 * The bad-content corpus (issue 7): one small site per mistake an editor can make, under
 * tests/fixtures/content/<case>/, and the exact report the validator prints for it. The validator
 * runs directly on each fixture (no Astro), so the whole corpus takes a second or two.
 * tests/unit/content-build.test.ts runs a real `astro build` on one of them.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatErrors, formatWarnings, forTerminal } from '../../src/validate/format-report.ts';
import { validateContent } from '../../src/validate/validate-content.ts';
import { FIXTURES, fixtureSite } from '../fixtures/fixture-site.ts';

/** The report as the terminal prints it without colour: errors, then warnings. */
async function check(name: string): Promise<string> {
  const site = await fixtureSite(name);
  try {
    const { errors, warnings } = await validateContent(site);
    const parts = [errors.length ? formatErrors(errors) : 'no errors', ...(warnings.length ? [formatWarnings(warnings)] : [])];
    return '\n' + forTerminal(parts.join('\n\n'), false) + '\n';
  } finally {
    await site.remove();
  }
}

const CASES = ['valid-site', 'broken-link', 'missing-start-scene', 'unreachable-scene', 'angles-out-of-range', 'hotspot-without-text', 'duplicate-ids-in-scene', 'duplicate-scene-ids', 'files-not-read', 'invalid-ids', 'photo-missing', 'photo-unreadable', 'photo-wrong-size', 'unknown-category', 'missing-fields', 'frontmatter-unreadable', 'unknown-field', 'translation-language', 'orphan-translation', 'translation-unknown-ids', 'media-files', 'article-problems', 'tour-folders', 'hostile-text', 'hostile-body', 'yaml-bomb', 'twin-titles-self-link', 'many-problems', 'opening-view-without-arrow', 'guide-and-music', 'area-hotspots'];

describe('bad-content corpus', () => {
  it('has a test for every fixture folder', () => {
    expect(readdirSync(FIXTURES).filter((name) => !name.includes('.')).sort()).toEqual([...CASES].sort());
  });

  it('a valid site (tour, scenes, translations, article) has no problem', async () => {
    expect(await check('valid-site')).toMatchInlineSnapshot(`
      "
      no errors
      "
    `);
  });

  it('a link to a scene that does not exist', async () => {
    expect(await check('broken-link')).toMatchInlineSnapshot(`
      "
      The content has 1 problem.

      content/tours/dong-van/cot-co.mdx
        links[1].to: there is no scene "nha-vuong" in the tour "dong-van", so the arrow would lead nowhere. Use the file name of a scene in the same folder, without ".mdx" (scenes: cot-co, pho-co).
      "
    `);
  });

  it('a tour whose start scene does not exist', async () => {
    expect(await check('missing-start-scene')).toMatchInlineSnapshot(`
      "
      The content has 1 problem.

      content/tours/dong-van/index.mdx
        startScene: there is no scene "cot-co-lung-cu" in this tour's folder, so the tour has nowhere to open. Use the file name of one of its scenes, without ".mdx" (scenes: cot-co, pho-co).
      "
    `);
  });

  it('a scene nobody can walk to is a warning, not an error', async () => {
    expect(await check('unreachable-scene')).toMatchInlineSnapshot(`
      "
      no errors

      The content has 1 warning (the site is still built):

      content/tours/dong-van/nha-vuong.mdx
        (whole scene): no link leads to this scene from the start scene "cot-co", so visitors walking through the tour never reach it (it still has its own page). Add a link to "nha-vuong" in the \`links\` of a scene that visitors reach.
      "
    `);
  });

  it('an opening view, or the view an arrow arrives with, that shows no arrow is a warning saying which yaw would show one (issues 16, 17)', async () => {
    expect(await check('opening-view-without-arrow')).toMatchInlineSnapshot(`
      "
      no errors

      The content has 3 warnings (the site is still built):

      content/tours/dong-van/cot-co.mdx
        view: the opening view (yaw 0, pitch 0, zoom 50) shows none of the scene's arrows, so visitors must search for the way on. Set \`view: { yaw: 134, … }\` (the arrow to "pho-co" is then in view, also on a phone held upright), or turn the view towards another arrow.
        links[0].arrive: makes "pho-co" open facing yaw 100, pitch 0, where none of its arrows is in view, so visitors arriving this way must search for the way on. Set \`arrive: { yaw: -106 }\` (the arrow to "cot-co" is then in view), or remove \`arrive\` to face the direction of travel.

      content/tours/dong-van/pho-co.mdx
        view: the opening view (yaw -60, pitch 0, zoom 50) shows none of the scene's arrows, so visitors must search for the way on. Set \`view: { yaw: -74, … }\` (the arrow to "cot-co" is then in view, also on a phone held upright), or turn the view towards another arrow.
      "
    `);
  });

  it('yaw, pitch and zoom out of range, arrival directions too', async () => {
    expect(await check('angles-out-of-range')).toMatchInlineSnapshot(`
      "
      The content has 6 problems.

      content/tours/dong-van/cot-co.mdx
        links[0].yaw: must be between -180 and 360 degrees (0 is the centre of the photo). A full turn is 360°: for a larger angle subtract 360 (400 → 40), for a smaller one add 360.
        hotspots[0].pitch: must be between -90 (straight down) and 90 (straight up) degrees. Beyond 90° the point would be past straight up or straight down; measure from the horizon.

      content/tours/dong-van/pho-co.mdx
        view.yaw: must be between -180 and 360 degrees (0 is the centre of the photo). A full turn is 360°: for a larger angle subtract 360 (400 → 40), for a smaller one add 360.
        view.zoom: must be at most 100 (the closest view). It is the viewer's zoom slider, from the widest view (0) to the closest (100).
        links[0].arrive.yaw: must be between -180 and 360 degrees (0 is the centre of the photo). A full turn is 360°: for a larger angle subtract 360 (400 → 40), for a smaller one add 360.
        links[0].arrive.pitch: must be between -90 (straight down) and 90 (straight up) degrees. Beyond 90° the point would be past straight up or straight down; measure from the horizon.
      "
    `);
  });

  it('a hotspot with no text, or a blank title, in the default language', async () => {
    expect(await check('hotspot-without-text')).toMatchInlineSnapshot(`
      "
      The content has 2 problems.

      content/tours/dong-van/cot-co.mdx
        hotspots[0].text: is required: the text shown when the hotspot opens
        hotspots[1].title: is blank. The scene file holds the text in the site's main language (Tiếng Việt) that every visitor falls back to, so each hotspot needs a title here (translations go in the translation files). Write it, or remove the hotspot.
      "
    `);
  });

  it('two hotspots or two variants with the same id', async () => {
    expect(await check('duplicate-ids-in-scene')).toMatchInlineSnapshot(`
      "
      The content has 2 problems.

      content/tours/dong-van/cot-co.mdx
        hotspots[1].id: "la-co" is already the id of hotspots[0]. Each hotspot needs its own id, because links to it and its translations find it by id. Give this one another id.
        variants[1].id: "mua-hoa" is already the id of variants[0]. Each variant needs its own id, because links to it and its translations find it by id. Give this one another id.
      "
    `);
  });

  it('two scene files, or two translations, whose ids collide once capitals and accents are set aside', async () => {
    expect(await check('duplicate-scene-ids')).toMatchInlineSnapshot(`
      "
      The content has 3 problems.

      content/tours/dong-van/Cot-Co.en.mdx
        file name: is a second en translation of "cot-co" once capitals and accents are set aside. Both would claim one address, and on Windows and macOS they are even the same file. Keep one: merge what you need into it and delete the other (the other is content/tours/dong-van/cot-co.en.mdx).

      content/tours/dong-van/Cot-Co.mdx
        file name: is the same scene as content/tours/dong-van/cot-co.mdx once capitals and accents are set aside. Both would claim one address, and on Windows and macOS they are even the same file. Keep one: merge what you need into it and delete the other.

      content/tours/dong-van/phố-cổ.mdx
        file name: is the same scene as content/tours/dong-van/pho-co.mdx once capitals and accents are set aside. Both would claim one address, and on Windows and macOS they are even the same file. Keep one: merge what you need into it and delete the other.
      "
    `);
  });

  it('files the site would silently ignore (.md, .MDX, outside a tour folder, extra dots)', async () => {
    expect(await check('files-not-read')).toMatchInlineSnapshot(`
      "
      The content has 4 problems.

      content/tours/dong-van/cot-co.ban-cu.en.mdx
        file name: has more than one dot, so the site would read it as a translation into a language called by the rest of the name. Ids never contain dots: use hyphens, e.g. \`cot-co-lung-cu.mdx\` (or \`cot-co-lung-cu.en.mdx\` for the English translation).

      content/tours/dong-van/lung-cu.MDX
        file name: ends in ".MDX", so the site does not read this file at all. Rename it to end in ".mdx" (lowercase).

      content/tours/dong-van/nha-vuong.md
        file name: ends in ".md", so the site does not read this file at all. Rename it to end in ".mdx" (lowercase).

      content/tours/ghi-chu.mdx
        file name: is directly in the tours folder, where the site does not look. A tour is a folder: move the file into the tour's folder (e.g. \`content/tours/cao-nguyen-da/\`).
      "
    `);
  });

  it('ids with accents, capitals or spaces in links and hotspots', async () => {
    expect(await check('invalid-ids')).toMatchInlineSnapshot(`
      "
      The content has 2 problems.

      content/tours/dong-van/cot-co.mdx
        links[0].to: must use only lowercase letters a–z, digits and single hyphens, e.g. "cot-co-lung-cu" (no accents or spaces). It is the file name of the scene, which is also its page address.
        hotspots[0].id: must use only lowercase letters a–z, digits and single hyphens, e.g. "cot-co-lung-cu" (no accents or spaces). It becomes part of page addresses and ties translations to this item.
      "
    `);
  });

  it('a photo that does not exist', async () => {
    expect(await check('photo-missing')).toMatchInlineSnapshot(`
      "
      The content has 1 problem.

      content/tours/dong-van/pho-co.mdx
        photo: The photo file does not exist. (./pho-co.jpg) Check the file name (upper/lower case must match) and that the photo sits beside the scene file.
      "
    `);
  });

  it('a photo that is empty or not an image', async () => {
    expect(await check('photo-unreadable')).toMatchInlineSnapshot(`
      "
      The content has 2 problems.

      content/tours/dong-van/cot-co.mdx
        photo: The photo file is empty (0 bytes). (./cot-co.jpg) Copy the photo again from the camera or computer.

      content/tours/dong-van/pho-co.mdx
        photo: The file is not an image that can be read (it may be damaged, or not a photo at all). (./pho-co.jpg) Export the photo again as JPEG.
      "
    `);
  });

  it('a photo that is not 2:1, or too small', async () => {
    expect(await check('photo-wrong-size')).toMatchInlineSnapshot(`
      "
      The content has 2 problems.

      content/tours/dong-van/cot-co.mdx
        photo: The photo is 2048×1536 pixels, not a full 360° photo (its width must be twice its height) and it carries no XMP GPano data saying which part of the sphere it covers. (./cot-co.jpg) Use the equirectangular (2:1) export of your 360° camera app, or describe a partial panorama in the scene with \`partial: { horizontalFov: …, verticalFov: … }\`.

      content/tours/dong-van/pho-co.mdx
        photo: The photo is only 1024×512 pixels; a full turn would be 1024 pixels wide and look blurry. (./pho-co.jpg) Use a photo at least 2048×1024 pixels (4096×2048 or more is best).
      "
    `);
  });

  it('an unknown tour category', async () => {
    expect(await check('unknown-category')).toMatchInlineSnapshot(`
      "
      The content has 1 problem.

      content/tours/dong-van/index.mdx
        category: must be one of: landmarks, nature, culture, villages, food, stays. Lists and their filters group the site by these, and only by these.
      "
    `);
  });

  it('required fields missing, wrong types and out-of-range coordinates', async () => {
    expect(await check('missing-fields')).toMatchInlineSnapshot(`
      "
      The content has 7 problems.

      content/tours/dong-van/index.mdx
        summary: is required: one or two sentences about the tour
        location.lat: must be between -90 and 90. The map puts it at these coordinates: copy them from a map app, latitude first (Hà Giang is about 22.8–23.4).
        order: must be a whole number, e.g. 3, not the number 1.5

      content/tours/dong-van/pho-co.mdx
        title: is required: the name of the place
        photo: must be a file beside this MDX file, written like "./lung-cu.jpg" (JPEG, PNG, WebP, AVIF or TIFF)
        location: is required (a group of fields)
        links[0].yaw: must be a number of degrees, e.g. 45 or -120
      "
    `);
  });

  it('frontmatter that is not valid YAML, or missing', async () => {
    expect(await check('frontmatter-unreadable')).toMatchInlineSnapshot(`
      "
      The content has 2 problems.

      content/tours/dong-van/cot-co.en.mdx
        frontmatter: is missing: the file must start with a line \`---\`, then the fields (title, …), then another \`---\` line. Without it the page has no title or settings. Copy the top of a working file and change the values.

      content/tours/dong-van/pho-co.mdx
        frontmatter: cannot be read (around line 5: Flow map in block collection must be sufficiently indented and end with a }). The page cannot be built from a file whose fields are unreadable. Check that line: a missing space after ":", an unclosed quote or bracket, or a tab instead of spaces are the usual causes; put text containing ":" or "#" in quotes.
      "
    `);
  });

  it('a misspelt field, at the top or inside a link, stops the build and names the field it likely meant', async () => {
    expect(await check('unknown-field')).toMatchInlineSnapshot(`
      "
      The content has 3 problems.

      content/tours/dong-van/cot-co.mdx
        hotpots: is not a field of a scene file, so it would be ignored. Fields allowed here: title, summary, photo, video, partial, illustration, credit, location, view, links, hotspots, narration, ambience, variants, photoLabel, order. Did you mean \`hotspots\`? Rename it.

      content/tours/dong-van/index.mdx
        startscene: is not a field of a tour file, so it would be ignored. Fields allowed here: title, summary, startScene, location, region, category, practical, guide, music, order. Did you mean \`startScene\`? Rename it.

      content/tours/dong-van/pho-co.mdx
        links[0].pich: is not a field of links[0] in a scene file, so it would be ignored. Fields allowed here: to, yaw, pitch, arrive. Did you mean \`pitch\`? Rename it.
      "
    `);
  });

  it('translations into a language the site does not have (or the main one)', async () => {
    expect(await check('translation-language')).toMatchInlineSnapshot(`
      "
      The content has 3 problems.

      content/tours/dong-van/cot-co.EN.mdx
        file name: "EN" is not a language of the site (languages: vi, en), so this translation would never be shown. Write the language code in lowercase: rename the file to "cot-co.en.mdx".

      content/tours/dong-van/cot-co.fr.mdx
        file name: "fr" is not a language of the site (languages: vi, en), so this translation would never be shown. Rename it to "cot-co.<language>.mdx" with one of those codes, or ask a developer to add the language in src/config/languages.ts.

      content/tours/dong-van/pho-co.vi.mdx
        file name: "vi" is the site's main language: its text belongs in pho-co.mdx itself, not in a translation file. Move the text there and delete this file.
      "
    `);
  });

  it('translations of a scene or article that does not exist', async () => {
    expect(await check('orphan-translation')).toMatchInlineSnapshot(`
      "
      The content has 2 problems.

      content/articles/bai-viet-cu.en.mdx
        file name: translates "bai-viet-cu", but there is no bai-viet-cu.mdx among the articles, so the translation would never be shown. Rename it to match the file it translates (articles: none), or delete it.

      content/tours/dong-van/nha-vuong.en.mdx
        file name: translates "nha-vuong", but there is no nha-vuong.mdx in this folder, so the translation would never be shown. Rename it to match the file it translates (scenes: cot-co, pho-co), or delete it.
      "
    `);
  });

  it('translated hotspots and variants the scene does not have, geometry in a translation', async () => {
    expect(await check('translation-unknown-ids')).toMatchInlineSnapshot(`
      "
      The content has 4 problems.

      content/tours/dong-van/cot-co.en.mdx
        practical: belongs to the tour, not a scene, so it would be ignored here. Move it to the tour's translation, index.en.mdx.
        hotspots.chan-cot: there is no hotspot with the id "chan-cot" in content/tours/dong-van/cot-co.mdx, so this text would never be shown. Use the \`id\` of one of its hotspots (la-co), or delete this entry.
        variants.mua-hoa: there is no variant with the id "mua-hoa" in content/tours/dong-van/cot-co.mdx, so this text would never be shown. Use the \`id\` of one of its variants (it has none), or delete this entry.

      content/tours/dong-van/pho-co.en.mdx
        links: is not a field of a translation file, so it would be ignored. Fields allowed here: title, summary, hotspots, variants, photoLabel, credit, practical, area. Check the spelling, or remove it. A translation holds only words; angles, links, photos and other settings stay in the original file and apply to every language.
      "
    `);
  });

  it('missing hotspot media, narration in an unknown language, missing ambience', async () => {
    expect(await check('media-files')).toMatchInlineSnapshot(`
      "
      The content has 6 problems.

      content/tours/dong-van/cot-co.mdx
        narration.fr: "fr" is not a language of the site (languages: vi, en), so this track would never play. Use one of those language codes, in lowercase, e.g. \`vi: ./thuyet-minh.m4a\`.
        hotspots[0].image.src: The image file does not exist. (./la-co.jpg) Check the file name (upper/lower case must match) and that it sits beside the scene file.
        hotspots[0].audio: The sound or video file does not exist. (./la-co.m4a) Check the file name (upper/lower case must match) and that it sits beside the scene file.
        hotspots[0].video: The sound or video file does not exist. (./la-co.mp4) Check the file name (upper/lower case must match) and that it sits beside the scene file.
        narration.vi: The file is named like M4A (AAC) sound, but its content is not a sound or video file at all (it may be text or a saved web page). (./cot-co.vi.m4a) Export it again as M4A (AAC) sound from the recording or editing app, or give it the extension that matches its content.
        ambience.src: The sound or video file does not exist. (./gio.m4a) Check the file name (upper/lower case must match) and that it sits beside the scene file.
      "
    `);
  });

  it('a guide naming a scene the tour does not have or one twice, and a music file that is not there (issue 17)', async () => {
    expect(await check('guide-and-music')).toMatchInlineSnapshot(`
      "
      The content has 3 problems.

      content/tours/dong-van/index.mdx
        guide[1]: there is no scene "nha-vuong" in this tour's folder, so "Play the tour" would have nowhere to go. Use the file name of one of its scenes, without ".mdx" (scenes: cot-co, pho-co).
        guide[3]: "pho-co" is already in the guide at guide[0]; a scene is shown once per round. Remove one of the two.
        music.src: The sound or video file does not exist. (./nhac-nen.m4a) Check the file name (upper/lower case must match) and that it sits beside the tour file (index.mdx).
      "
    `);
  });

  it('an article with a missing cover, an unknown tour and category; a translation with a date', async () => {
    expect(await check('article-problems')).toMatchInlineSnapshot(`
      "
      The content has 5 problems.

      content/articles/bai-viet.en.mdx
        summary: is required: the translated summary
        date: is not a field of an article translation, so it would be ignored. Fields allowed here: title, summary, coverAlt. Check the spelling, or remove it. The date, category, cover image and tours stay in the original article.

      content/articles/bai-viet.mdx
        category: must be one of: news, culture, guide. Lists and their filters group the site by these, and only by these.
        cover.src: The image file does not exist. (./anh-bia.jpg) Check the file name (upper/lower case must match) and that it sits beside the article file.
        tours[1]: there is no tour "hoang-su-phi", so the link under the article would lead nowhere. Use the name of a folder in content/tours (tours: dong-van).
      "
    `);
  });

  it('a tour folder that is not an id, and scenes in a folder without index.mdx', async () => {
    expect(await check('tour-folders')).toMatchInlineSnapshot(`
      "
      The content has 2 problems.

      content/tours/Dong_Van/index.mdx
        folder name: "Dong_Van" cannot be a tour id: the folder name becomes the tour's address, so it must use only lowercase letters a–z, digits and single hyphens (no accents, capitals or spaces). Rename the folder to "dong-van".

      content/tours/hoang-su-phi/ban-luoc.mdx
        folder: the folder "hoang-su-phi" has no index.mdx, so its scenes belong to no tour and are never published. Add index.mdx (title, summary, startScene, …) to the folder, or move the scenes into an existing tour.
      "
    `);
  });

  it('HTML and scripts in titles and texts are valid content (shown as text, tested in e2e)', async () => {
    expect(await check('hostile-text')).toMatchInlineSnapshot(`
      "
      no errors
      "
    `);
  });

  it('script, handlers, javascript: links, code and unreadable MDX in bodies are refused, line by line', async () => {
    expect(await check('hostile-body')).toMatchInlineSnapshot(`
      "
      The content has 9 problems.

      content/articles/bai-viet.mdx
        body, line 10: cannot be read as MDX (Expected a closing tag for \`<b>\` (line 10) before the end of \`paragraph\`). MDX reads \`<\`, \`{\` and \`}\` as code: write them as \`&lt;\`, \`\\{\` and \`\\}\` in text, and close every tag you open.

      content/tours/dong-van/cot-co.mdx
        body, line 18: the \`<script>\` tag is not allowed in content. Content is text and pictures, never code: the site does not run anything an editor writes. Use Markdown (\`*emphasis*\`, \`[a link](https://…)\`, \`![a picture](./photo.jpg)\`) or simple formatting tags such as <b>, <i>, <sup>.
        body, line 20: \`<img onerror=…>\` is an event handler, which is script. Content is text and pictures, never code: the site does not run anything an editor writes. Remove the \`onerror\` attribute.
        body, line 22: the address \`javascript:window.__pwned=1\` runs code or hides a document. Link to a web page (https://…), an email (mailto:…) or a file beside this one (./…).
        body, line 22: the address \`data:image/svg+xml,<svg/onload…\` runs code or hides a document. Link to a web page (https://…), an email (mailto:…) or a file beside this one (./…).
        body, line 24: the \`<iframe>\` tag is not allowed in content. Content is text and pictures, never code: the site does not run anything an editor writes. Use Markdown (\`*emphasis*\`, \`[a link](https://…)\`, \`![a picture](./photo.jpg)\`) or simple formatting tags such as <b>, <i>, <sup>.
        body, line 26: \`{new Date().getFullYear()}\` is MDX code. Content is text and pictures, never code: the site does not run anything an editor writes. To write curly braces as text, put a backslash before the first one: \`\\{\`.
        body, line 28: \`<a href={…}>\` is MDX code. Content is text and pictures, never code: the site does not run anything an editor writes. Write the value in quotes: \`href="…"\`.

      content/tours/dong-van/index.mdx
        body, line 10: an \`import\` or \`export\` line is MDX code. Content is text and pictures, never code: the site does not run anything an editor writes. Remove the line; show a picture with \`![what it shows](./photo.jpg)\`.
      "
    `);
  });

  it('a "billion laughs" alias bomb in frontmatter is refused with its file and line, not a stack trace', async () => {
    expect(await check('yaml-bomb')).toMatchInlineSnapshot(`
      "
      The content has 1 problem.

      content/tours/dong-van/pho-co.mdx
        frontmatter: repeats aliases (\`*name\`) so often that reading it would take the build's whole memory (around line 5): this is how a "billion laughs" attack looks, never how content is written. Write each value out instead of pointing to it with \`&name\` and \`*name\`.
      "
    `);
  });

  it('an arrow to its own scene and two tours with one title are warnings', async () => {
    expect(await check('twin-titles-self-link')).toMatchInlineSnapshot(`
      "
      no errors

      The content has 2 warnings (the site is still built):

      content/tours/dong-van-2/index.mdx
        title: "Cao nguyên đá" is also the title of content/tours/dong-van/index.mdx, so visitors could not tell the two tours apart in lists, on the map or in search results. Give each tour its own title.

      content/tours/dong-van/cot-co.mdx
        links[1].to: leads to this same scene, so following the arrow only reloads the view the visitor is already in. Point it at another scene of the tour, or remove it.
      "
    `);
  });

  it('every problem across several files at once', async () => {
    expect(await check('many-problems')).toMatchInlineSnapshot(`
      "
      The content has 8 problems.

      content/articles/bai-viet.mdx
        cover.src: The image file does not exist. (./khong-co.jpg) Check the file name (upper/lower case must match) and that it sits beside the article file.

      content/tours/dong-van/cot-co.mdx
        hotspots[0].pitch: must be between -90 (straight down) and 90 (straight up) degrees. Beyond 90° the point would be past straight up or straight down; measure from the horizon.
        hotspots[0].text: is required: the text shown when the hotspot opens
        links[1].to: there is no scene "khong-co" in the tour "dong-van", so the arrow would lead nowhere. Use the file name of a scene in the same folder, without ".mdx" (scenes: cot-co, pho-co).

      content/tours/dong-van/index.mdx
        category: must be one of: landmarks, nature, culture, villages, food, stays. Lists and their filters group the site by these, and only by these.
        startScene: there is no scene "khong-co" in this tour's folder, so the tour has nowhere to open. Use the file name of one of its scenes, without ".mdx" (scenes: cot-co, pho-co).

      content/tours/dong-van/pho-co.fr.mdx
        file name: "fr" is not a language of the site (languages: vi, en), so this translation would never be shown. Rename it to "pho-co.<language>.mdx" with one of those codes, or ask a developer to add the language in src/config/languages.ts.

      content/tours/dong-van/pho-co.mdx
        photo: The photo is 1000×1000 pixels, not a full 360° photo (its width must be twice its height) and it carries no XMP GPano data saying which part of the sphere it covers. (./pho-co.jpg) Use the equirectangular (2:1) export of your 360° camera app, or describe a partial panorama in the scene with \`partial: { horizontalFov: …, verticalFov: … }\`.
      "
    `);
  });

  it('area hotspots (issue 17): too few corners, corners out of range, a point and an area, neither, and a self-crossing outline (a warning)', async () => {
    expect(await check('area-hotspots')).toMatchInlineSnapshot(`
      "
      The content has 5 problems.

      content/tours/dong-van/cot-co.mdx
        hotspots[1].area: needs at least 3 corners [yaw, pitch] to outline an area (the last joins the first). Add corners, or give the hotspot one point with \`yaw\` and \`pitch\` instead.
        hotspots[2].area[1]: has yaw 400, outside -180..360 degrees. A full turn is 360°: write 40 instead.
        hotspots[2].area[2]: has pitch -95, outside -90 (straight down)..90 (straight up) degrees. Measure it from the horizon; the picker (?edit) shows it.
        hotspots[3].yaw: cannot be used together with \`area\`: a hotspot is either one point (\`yaw\`, \`pitch\`) or an outlined area. Remove this line, or remove \`area\`.
        hotspots[5].yaw: is required: where the hotspot sits, in degrees from the centre of the photo (e.g. \`yaw: 45\`), or give an outline with \`area: [[yaw, pitch], …]\` instead. The picker (?edit) shows both.

      The content has 1 warning (the site is still built):

      content/tours/dong-van/cot-co.mdx
        hotspots[4].area: the outline of "no" crosses itself: the edge from area[0] to area[1] crosses the edge from area[2] to area[3] (corners counted from 0), so the area drawn is a bow tie, not the shape you meant. List the corners in order round the outline (clockwise or anticlockwise), or draw it again with the picker (?edit).
      "
    `);
  });
});
