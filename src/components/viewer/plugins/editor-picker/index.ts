export { EditorPickerPlugin } from './EditorPickerPlugin.ts';
export type { EditorPickerConfig } from './model.ts';
export { attachEditorPicker } from './attach.ts';
