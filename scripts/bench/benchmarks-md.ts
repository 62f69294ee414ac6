/** BENCHMARKS.md holds one section per benchmark; each run replaces only its own section. */
import { access, readFile, writeFile } from 'node:fs/promises';

/** Replaces the section titled `title` (from its heading to the next `## ` heading), or appends it. */
export async function writeBenchmarkSection(file: string, title: string, section: string): Promise<void> {
  const present = await access(file).then(
    () => true,
    () => false,
  );
  const text = present ? await readFile(file, 'utf8') : '# Benchmarks\n\nWritten by the scripts in `scripts/bench/`; each section says how it was measured.\n';
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trim() === title);
  if (start === -1) {
    await writeFile(file, `${text.replace(/\s*$/, '')}\n\n${section.trimEnd()}\n`);
    return;
  }
  let end = lines.findIndex((line, i) => i > start && /^## /.test(line));
  if (end === -1) end = lines.length;
  const before = lines.slice(0, start).join('\n').replace(/\s*$/, '');
  const after = lines.slice(end).join('\n').trim();
  await writeFile(file, `${before}\n\n${section.trimEnd()}\n${after ? `\n${after}\n` : ''}`);
}
