/**
 * The tour's music loop (issue 17): one `<audio>` that plays while the tourist's sound is on and
 * ducks under narration — its volume glides down to a quarter while a narration speaks and back
 * up after, over about half a second, so neither jumps.
 */
const DUCKED = 0.25;
const GLIDE_MS = 500;
const STEP_MS = 40;

export class MusicLoop {
  readonly audio = new Audio();
  private readonly volume: number;
  private target = 0;
  private timer?: ReturnType<typeof setInterval>;

  constructor(url: string, volume: number) {
    this.volume = volume;
    this.audio.preload = 'none';
    this.audio.loop = true;
    this.audio.src = url;
    this.audio.volume = volume;
    this.target = volume;
  }

  /** Plays or pauses the loop (a browser that refuses to play without a gesture leaves it paused). */
  set playing(on: boolean) {
    if (on && this.audio.paused) void this.audio.play().catch(() => undefined);
    else if (!on) this.audio.pause();
  }

  /** Lowers the loop under a narration (`true`) or brings it back (`false`), smoothly. */
  duck(under: boolean): void {
    const target = under ? this.volume * DUCKED : this.volume;
    if (target === this.target) return;
    this.target = target;
    clearInterval(this.timer);
    // setInterval, not requestAnimationFrame: the sound goes on in a background tab.
    const step = (this.volume * (1 - DUCKED) * STEP_MS) / GLIDE_MS;
    this.timer = setInterval(() => {
      const now = this.audio.volume;
      const next = Math.abs(target - now) <= step ? target : now + Math.sign(target - now) * step;
      this.audio.volume = Math.min(1, Math.max(0, next));
      if (next === target) clearInterval(this.timer);
    }, STEP_MS);
  }

  destroy(): void {
    clearInterval(this.timer);
    this.audio.pause();
  }
}
