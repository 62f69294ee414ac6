/**
 * Whether a partner page may send commands: `'*'` lets any origin drive the embed; a list names
 * the only ones that may (exact `scheme://host[:port]`, as `MessageEvent.origin` reports it).
 */
export function isAllowedOrigin(origin: string, allowed: '*' | readonly string[]): boolean {
  return allowed === '*' || allowed.includes(origin);
}
