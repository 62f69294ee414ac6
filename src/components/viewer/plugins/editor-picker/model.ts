export interface EditorPickerConfig {
  /** Every scene of the tour (id and title), for the link's target list. */
  scenes: { id: string; title: string }[];
  /**
   * Start in editor mode (`?edit` in the address, or left on in this tab).
   * @default false
   */
  active: boolean;
}
