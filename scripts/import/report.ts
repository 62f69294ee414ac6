/**
 * What `npm run import` prints: the files written, then what was not carried over, file by file (the
 * source files, named as the editor gave them), then what to look at next.
 */
import type { ImportNote } from '../../src/import/model.ts';
import { shownPath } from '../new/scaffold.ts';

/** Notes grouped by source file, in the order found. */
export function notesByFile(notes: readonly ImportNote[]): string[] {
  const files = new Map<string, string[]>();
  for (const note of notes) files.set(note.file, [...(files.get(note.file) ?? []), note.message]);
  return [...files].flatMap(([file, list]) => [`  ${shownPath(file)}`, ...list.map((m) => `    • ${m}`)]);
}

export interface ImportSummary {
  tourDir: string;
  tourId: string;
  format: string;
  files: string[];
  notes: ImportNote[];
  todo: string[];
  warnings: string[];
}

export function successReport(s: ImportSummary): string {
  return [
    `Đã nhập tour ${s.format} [Imported a ${s.format} tour] → ${shownPath(s.tourDir)}/`,
    ...s.files.map((f) => `  ${shownPath(f)}`),
    '',
    ...(s.notes.length
      ? ['Không mang sang được, theo từng tệp [Not carried over, file by file]:', ...notesByFile(s.notes), '']
      : ['Mọi thứ đã được mang sang. [Everything was carried over.]', '']),
    ...(s.warnings.length ? ['Cảnh báo của bước kiểm tra nội dung [Content check warnings]:', ...s.warnings.map((w) => `  ${w}`), ''] : []),
    'Việc tiếp theo [Next steps]:',
    ...s.todo.map((t, i) => `  ${i + 1}. ${t}`),
    `  ${s.todo.length + 1}. npm run dev, rồi mở [then open] http://localhost:4321/tours/${s.tourId}/`,
  ].join('\n');
}

export function failureReport(problems: readonly ImportNote[], notes: readonly ImportNote[] = []): string {
  return [
    'Không nhập được tour; không ghi tệp nào. [The tour was not imported; nothing was written.]',
    ...notesByFile(problems),
    ...(notes.length ? ['', 'Ngoài ra, những thứ sau sẽ không được mang sang [Also, these would not be carried over]:', ...notesByFile(notes)] : []),
  ].join('\n');
}
