/**
 * The `_headers` file of Cloudflare Pages (Netlify reads the same file, without the `! Name` lines):
 * rules of a URL pattern followed by indented `Name: value` lines. Parsed and applied the way
 * Cloudflare does (https://developers.cloudflare.com/pages/configuration/headers/), so the e2e
 * test server sends what production sends and the build can check the file it publishes:
 * - every rule whose pattern matches the path applies, in file order;
 * - a header set by two matching rules is sent once with both values joined by ", " (for a CSP
 *   that means two policies, both enforced);
 * - `! Name` removes that header as set by the rules applied before it (a "detach");
 * - `*` matches anything (one per pattern), `:name` one path segment; a pattern may start with
 *   `https://host` to apply on that host only;
 * - a line may hold at most 2,000 characters and a file 100 rules; longer lines are dropped.
 */

export const MAX_LINE_LENGTH = 2000;
export const MAX_RULES = 100;

export interface HeaderRule {
  /** The pattern as written: `/embed/*`, `/tours/:tour/`, `https://example.org/*`. */
  pattern: string;
  /** Header names (lower case) and values, in file order. */
  set: [name: string, value: string][];
  /** Header names (lower case) this rule detaches (`! Name`). */
  detach: string[];
  /** Line of the pattern, from 1. */
  line: number;
}

export interface HeadersFile {
  rules: HeaderRule[];
  /** Lines that Cloudflare would ignore or refuse, with why; a published file should have none. */
  problems: string[];
}

export function parseHeadersFile(text: string): HeadersFile {
  const rules: HeaderRule[] = [];
  const problems: string[] = [];
  let rule: HeaderRule | undefined;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const n = index + 1;
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (raw.length > MAX_LINE_LENGTH) {
      problems.push(`line ${n} has ${raw.length} characters; hosts ignore lines longer than ${MAX_LINE_LENGTH}`);
      return;
    }
    if (/^(\/|https:\/\/)/.test(line) && !/^\s/.test(raw)) {
      if (rules.length >= MAX_RULES) {
        problems.push(`line ${n}: more than ${MAX_RULES} rules; the rest of the file is ignored`);
        rule = undefined;
        return;
      }
      if ((line.match(/\*/g) ?? []).length > 1) {
        problems.push(`line ${n}: "${line}" has more than one *`);
        rule = undefined;
        return;
      }
      rule = { pattern: line, set: [], detach: [], line: n };
      rules.push(rule);
      return;
    }
    if (!rule) {
      problems.push(`line ${n}: "${line}" comes before any URL pattern`);
      return;
    }
    if (!line.includes(':')) {
      if (line.startsWith('!')) rule.detach.push(line.slice(1).trim().toLowerCase());
      else problems.push(`line ${n}: "${line}" is neither "Name: value" nor "! Name"`);
      return;
    }
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (!name || /\s/.test(name) || !value) {
      problems.push(`line ${n}: "${line}" needs a header name without spaces and a value`);
      return;
    }
    rule.set.push([name, value]);
  });
  return { rules, problems };
}

/** Does a rule's pattern match this URL (path, and host for absolute patterns)? */
export function patternMatches(pattern: string, url: URL): boolean {
  let path = pattern;
  if (pattern.startsWith('https://')) {
    const rest = pattern.slice('https://'.length);
    const slash = rest.indexOf('/');
    const host = slash === -1 ? rest : rest.slice(0, slash);
    path = slash === -1 ? '/' : rest.slice(slash);
    if (!new RegExp(`^${toRegExp(host)}$`).test(url.hostname)) return false;
  }
  return new RegExp(`^${toRegExp(path)}$`).test(url.pathname);
}

function toRegExp(pattern: string): string {
  return pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : /^:[A-Za-z]/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
}

/** The headers the rules give a response to `url` (names in lower case), as Cloudflare Pages applies them. */
export function headersFor(rules: HeaderRule[], url: URL): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, url)) continue;
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.set) {
      const before = headers.get(name);
      headers.set(name, before === undefined ? value : `${before}, ${value}`);
    }
  }
  return headers;
}

/**
 * What would leave a page of the published site unprotected: lines a host drops, and a page that gets
 * no Content-Security-Policy with script-src, or two of them (a rule that sets its own without
 * detaching the site-wide one: Cloudflare joins them with a comma, and browsers enforce both).
 */
export function publishedHeadersProblems(text: string, paths: string[]): string[] {
  const { rules, problems } = parseHeadersFile(text);
  for (const path of paths) {
    const policy = headersFor(rules, new URL(path, 'https://site.invalid')).get('content-security-policy') ?? '';
    const policies = policy.split(/,\s*(?=[a-z-]+\s)/).filter((p) => p.trim());
    if (policies.length !== 1 || !/(^|;\s*)script-src\s/.test(policies[0]!)) {
      const detach = 'detach the site-wide one with "! Content-Security-Policy" in the rule that sets its own';
      problems.push(`${path} gets ${policies.length > 1 ? `${policies.length} Content-Security-Policies (${detach})` : 'no Content-Security-Policy with script-src'}`);
    }
  }
  return problems;
}
