/**
 * Who may drive an embedded tour with postMessage commands (docs/embedding.md).
 * `'*'` accepts commands from any page that frames an embed: commands only move the view or
 * play sound, so the default is open. A tourism board that wants only its own partners lists
 * their origins, e.g. `['https://partner.example', 'https://www.partner.example']`.
 * Events always go to the parent with target origin '*': they carry nothing private.
 */
export const EMBED_COMMAND_ORIGINS: '*' | readonly string[] = '*';
