/**
 * `npm start`'s last step (and `npm run preview`): serves the built dist/ with `astro preview`, then
 * says, as the very last line, which address to open. The build before it prints ~170 lines, and
 * Astro's own "Local http://localhost:4321/" banner was easy to miss among them (issue 16).
 *
 * Usage: node scripts/serve/preview.ts [--port 4321] [--host]
 */
import { parseArgs } from 'node:util';
import { preview } from 'astro';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, host: { type: 'boolean', default: false } } });
// Astro's banner stays quiet: the line below says the same, last.
const server = await preview({ logLevel: 'warn', server: { port: Number(values.port), host: values.host } });
const address = `http://localhost:${server.port}/`;
const line = `Hà Giang 360 is ready: open ${address} in your browser. (Ctrl+C stops it.)`;
const bold = process.stdout.isTTY && !process.env.NO_COLOR ? (text: string) => `\x1b[1m\x1b[32m${text}\x1b[0m` : (text: string) => text;
console.log(`\n${'─'.repeat(line.length)}\n${bold(line)}\n${'─'.repeat(line.length)}`);
await server.closed();
