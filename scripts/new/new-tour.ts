/**
 * `npm run new:tour -- <tour-id> [--title "<name>"]`
 *
 * Starts a tour: a folder `content/tours/<tour-id>/` with an `index.mdx` in which every field is
 * filled in or explained. Its first scene (`npm run new:scene`) becomes its start scene.
 * Refuses an existing folder. `HG360_CONTENT_DIR` points it at another tours folder, like the site.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isSlug, listTours, nextOrder, ScaffoldError, shownPath, slugify, splitArgs, toursRoot } from './scaffold.ts';
import { tourMdx } from './tour-template.ts';

export interface NewTourOptions {
  id: string;
  title?: string | undefined;
  root?: string;
}

export const USAGE = 'Cách dùng [Usage]: npm run new:tour -- <tour-id> [--title "Tên tour"]';

export async function newTour(options: NewTourOptions): Promise<string> {
  const root = options.root ?? toursRoot();
  if (!isSlug(options.id)) {
    const suggestion = slugify(options.id) || 'ten-tour';
    throw new ScaffoldError(
      `"${options.id}" không dùng được làm tên tour: chỉ chữ thường a–z không dấu, số và dấu gạch ngang, ví dụ "${suggestion}". ` +
        `[Not usable as a tour id: lowercase letters a–z, digits and single hyphens only, e.g. "${suggestion}". It becomes the address /tours/${suggestion}/.]`,
    );
  }
  const dir = join(root, options.id);
  if (existsSync(dir)) {
    throw new ScaffoldError(
      `Thư mục ${shownPath(dir)} đã có; không ghi đè. Để thêm cảnh vào tour này: npm run new:scene -- ${options.id} <ảnh.jpg> ` +
        `[The folder already exists; nothing was overwritten. To add a scene to it: npm run new:scene -- ${options.id} <photo.jpg>]`,
    );
  }
  const order = nextOrder(listTours(root).map((t) => join(root, t, 'index.mdx')));
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'index.mdx');
  await writeFile(file, tourMdx({ title: options.title ?? options.id, order }), { flag: 'wx' });
  return file;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const { positional, options } = splitArgs(argv);
    const [id, extra] = positional;
    if (!id || extra) throw new ScaffoldError(USAGE);
    const file = await newTour({ id, title: options.title });
    console.log(
      [
        'Đã tạo tour mới [New tour created]:',
        `  ${shownPath(file)}`,
        '',
        'Việc tiếp theo [Next steps]:',
        `  1. Mở ${shownPath(file)}: sửa title, summary, location (đang là trung tâm TP Hà Giang), region, category.`,
        '     [Edit title, summary, location (now Hà Giang city centre), region and category.]',
        `  2. Thêm cảnh đầu tiên, nó sẽ là cảnh mở đầu tour [Add the first scene; it becomes the start scene]:`,
        `     npm run new:scene -- ${id} <đường-dẫn-ảnh.jpg> --title "Tên địa điểm"`,
        '  Hướng dẫn đầy đủ [Full guide]: docs/editing.vi.md · docs/editing.md',
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    if (error instanceof ScaffoldError) {
      console.error(`Không tạo được tour [Tour not created]:\n${error.message}`);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
