/**
 * The environment for an `astro` child process started by a test. Vitest's own variables
 * (NODE_ENV=test, VITEST*) would leak into Vite: a build would keep dev-only code (import.meta.env.DEV
 * true) and `astro dev` would think it runs under test. So they are dropped and NODE_ENV is set.
 */
export function astroEnv(nodeEnv: 'production' | 'development', extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: nodeEnv, ...extra };
}
