// Sky: a vertical gradient (uniform along each row, so the zenith row y=0 is a
// single colour and the pole does not pinch), the sun, and a few flat clouds.
// The sun is the test suite's orientation marker, so clouds keep clear of it
// and are always darker than its core.

import { type DrawContext, radialGradient, verticalGradient } from './context.ts';
import { H, HORIZON_Y, W, deg, fmt, fmt2, pitchToY, stretchAt, wrapCopies, wrapYaw, yawToX } from './geometry.ts';
import { type Rng, rngFor } from './prng.ts';
import { SUN_PITCH } from './recipes.ts';

export function drawSky(ctx: DrawContext): string {
  const p = ctx.palette;
  // The first 8 % of the height is flat zenith colour: the whole top row maps
  // to one point of the sphere and must not show a gradient fan there.
  const fill = verticalGradient(ctx, 0, HORIZON_Y + deg(3), [
    { at: 0, color: p.skyZenith },
    { at: 0.08, color: p.skyZenith },
    { at: 0.6, color: p.skyMid },
    { at: 1, color: p.skyHorizon },
  ]);
  return `<rect x="0" y="0" width="${W}" height="${H}" fill="${fill}"/>${horizonGlow(ctx)}${drawSun(ctx)}${drawClouds(ctx)}`;
}

/** Warm light pooling on the horizon below the sun (never as bright as the disc). */
function horizonGlow(ctx: DrawContext): string {
  const p = ctx.palette;
  const x = yawToX(ctx.recipe.sunYaw);
  const rx = deg(70);
  const glow = radialGradient(ctx, [
    { at: 0, color: p.sunGlow, opacity: 0.45 },
    { at: 0.5, color: p.sunGlow, opacity: 0.16 },
    { at: 1, color: p.sunGlow, opacity: 0 },
  ]);
  const el = `<ellipse cx="${fmt(x)}" cy="${fmt(HORIZON_Y)}" rx="${fmt(rx)}" ry="${fmt(deg(16))}" fill="${glow}"/>`;
  return wrapCopies(el, x - rx, x + rx);
}

function drawSun(ctx: DrawContext): string {
  const p = ctx.palette;
  const x = yawToX(ctx.recipe.sunYaw);
  const y = pitchToY(SUN_PITCH);
  // Widen by 1/cos(pitch) so the disc looks round in the viewer.
  const s = stretchAt(SUN_PITCH);
  const r = deg(4.2);
  const halo = radialGradient(ctx, [
    { at: 0, color: p.sunGlow, opacity: p.sunGlowOpacity },
    { at: 0.18, color: p.sunGlow, opacity: p.sunGlowOpacity * 0.5 },
    { at: 0.5, color: p.sunGlow, opacity: p.sunGlowOpacity * 0.14 },
    { at: 1, color: p.sunGlow, opacity: 0 },
  ]);
  const haloR = deg(22);
  const el =
    `<ellipse cx="${fmt(x)}" cy="${fmt(y)}" rx="${fmt(haloR * s)}" ry="${fmt(haloR)}" fill="${halo}"/>` +
    `<ellipse cx="${fmt(x)}" cy="${fmt(y)}" rx="${fmt(r * 1.45 * s)}" ry="${fmt(r * 1.45)}" fill="${p.sunCore}" opacity="0.28"/>` +
    `<ellipse cx="${fmt(x)}" cy="${fmt(y)}" rx="${fmt(r * s)}" ry="${fmt(r)}" fill="${p.sunCore}"/>`;
  return wrapCopies(el, x - haloR * s, x + haloR * s);
}

/** Union of circles on a flat base, in local units (base centre at 0,0). */
function cloudPath(rng: Rng, w: number): string {
  const puffs = rng.int(3, 5);
  const maxR = w * 0.24;
  const baseH = maxR * 0.42;
  let d = `M${fmt(-w / 2 + baseH)} 0H${fmt(w / 2 - baseH)}A${fmt(baseH)} ${fmt(baseH)} 0 0 0 ${fmt(w / 2 - baseH)} ${fmt(-2 * baseH)}H${fmt(-w / 2 + baseH)}A${fmt(baseH)} ${fmt(baseH)} 0 0 0 ${fmt(-w / 2 + baseH)} 0Z`;
  for (let i = 0; i < puffs; i++) {
    const t = puffs === 1 ? 0.5 : i / (puffs - 1);
    // Bigger puffs towards the middle give the classic cumulus hump.
    const r = maxR * (0.55 + 0.45 * Math.sin(Math.PI * (0.15 + 0.7 * t))) * rng.range(0.8, 1.05);
    const cx = (-w / 2 + r * 0.9) + (w - 1.8 * r) * t + rng.range(-0.04, 0.04) * w;
    const cy = -r - baseH * rng.range(0.2, 0.7);
    d += `M${fmt(cx - r)} ${fmt(cy)}a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(2 * r)} 0a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(-2 * r)} 0Z`;
  }
  return d;
}

function drawClouds(ctx: DrawContext): string {
  const p = ctx.palette;
  const rng = rngFor(ctx.recipe.id, 'clouds');
  const count = ctx.recipe.palette === 'misty' ? 11 : ctx.recipe.palette === 'noon' ? 6 : 8;
  let out = '';
  const placed: { yaw: number; pitch: number }[] = [];
  // Keep a clear window around the sun (so it stays the brightest blob) and
  // keep clouds from overlapping each other (the shading would show through).
  const clear = (yaw: number, pitch: number) =>
    Math.abs(wrapYaw(yaw - ctx.recipe.sunYaw)) > 34 &&
    placed.every((c) => Math.abs(wrapYaw(yaw - c.yaw)) > 30 || Math.abs(pitch - c.pitch) > 9);
  for (let i = 0; i < count; i++) {
    let yaw = rng.range(-180, 180);
    let pitch = 8 + 34 * rng.next() ** 1.6;
    for (let tries = 0; tries < 30 && !clear(yaw, pitch); tries++) {
      yaw = rng.range(-180, 180);
      pitch = 8 + 34 * rng.next() ** 1.6;
    }
    if (!clear(yaw, pitch)) continue;
    placed.push({ yaw, pitch });
    const w = deg(rng.range(10, 24) * (pitch < 16 ? 1.2 : 0.9));
    const s = stretchAt(pitch);
    const x = yawToX(yaw);
    const y = pitchToY(pitch);
    const d = cloudPath(rng, w);
    const el =
      `<g transform="translate(${fmt(x)} ${fmt(y)}) scale(${fmt2(s)} 1)" opacity="${p.cloudOpacity}">` +
      `<path d="${d}" fill="${p.cloudShade}" transform="translate(0 ${fmt(w * 0.035)})"/>` +
      `<path d="${d}" fill="${p.cloud}"/></g>`;
    out += wrapCopies(el, x - (w * s) / 2, x + (w * s) / 2);
  }
  return out;
}
