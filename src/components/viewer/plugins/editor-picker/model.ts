export interface EditorPickerConfig {
  /**
   * Every scene of the tour (id and title), for the link's target list, with its arrows (degrees, as
   * written) for the arrival line: the arrow of another scene that leads to the one on screen.
   */
  scenes: { id: string; title: string; links: { to: string; yaw: number; pitch: number }[] }[];
  /**
   * Start in editor mode (`?edit` in the address, or left on in this tab).
   * @default false
   */
  active: boolean;
}
