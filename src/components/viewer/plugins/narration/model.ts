export interface SceneSound {
  narration?: { vi?: string; en?: string; credit?: string };
  ambience?: { url: string; volume: number };
}

export interface NarrationConfig {
  /** Sounds of each scene, by scene id. */
  scenes: Record<string, SceneSound>;
  /** The tour's music loop: plays with the scenes' ambient sound (one toggle), ducked under narration. */
  music?: { url: string; volume: number } | undefined;
  /**
   * Language of the narration track to play; falls back to the other language.
   * @default 'vi'
   */
  lang?: 'vi' | 'en';
  /** Button names. */
  strings: {
    narrationPlay: string;
    narrationPause: string;
    /** "Narration in Vietnamese": said on the button when the track is not in the page's language, and over the progress bar. */
    narrationIn: (track: 'vi' | 'en') => string;
    narrationProgress: string;
    ambienceOn: string;
    ambienceOff: string;
  };
}
