/**
 * Prints the security headers of a built site (dist/_headers) for hosts that do not read that file:
 * `node scripts/security-headers/print.ts` lists them per kind of page (for CloudFront's response
 * headers policies); `--nginx` prints two location blocks to paste into a `server { }`.
 * Run it after each build: the policy's hashes change when our inline scripts change
 * (docs/security-headers.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFor, parseHeadersFile } from '../../src/security/headers-file.ts';

const args = process.argv.slice(2);
const nginx = args.includes('--nginx');
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
const { rules, problems } = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
if (problems.length) throw new Error(`${dist}/_headers: ${problems.join('; ')}`);

/** Header names as hosts write them (the parser keeps them in lower case). */
const NAMES: Record<string, string> = {
  'x-frame-options': 'X-Frame-Options',
  'content-security-policy': 'Content-Security-Policy',
  'x-content-type-options': 'X-Content-Type-Options',
  'referrer-policy': 'Referrer-Policy',
  'permissions-policy': 'Permissions-Policy',
};
const kinds = [
  { title: 'Site pages (every path but the embeds)', path: '/', location: 'location /' },
  { title: 'Embed pages (/embed/*, /en/embed/*)', path: '/embed/x/', location: 'location ~ ^(/en)?/embed/' },
];
const out: string[] = [];
for (const kind of kinds) {
  const headers = [...headersFor(rules, new URL(kind.path, 'https://site.invalid'))].map(([name, value]) => [NAMES[name] ?? name, value] as const);
  if (nginx) {
    out.push(`# ${kind.title}. add_header in a location replaces every inherited one: each block lists all.`, `${kind.location} {`);
    for (const [name, value] of headers) out.push(`  add_header ${name} "${value.replaceAll('"', '\\"')}" always;`);
    out.push('  try_files $uri $uri/ =404;', '}');
  } else {
    out.push(`# ${kind.title}`, ...headers.map(([name, value]) => `${name}: ${value}`));
  }
  out.push('');
}
if (nginx) out.push('error_page 404 /404.html;');
console.log(out.join('\n').trimEnd());
