/**
 * The text under the frontmatter (a scene's or tour's description, an article) is editors' content,
 * and content is data, not code (issue 14). MDX would run `{…}` expressions and `import` lines at
 * build time and put `<script>`, `onerror=` and `javascript:` links on the page, and not every editor
 * is trusted the same. So the body is parsed with the very parser Astro's MDX uses (satteri) and
 * refused, with its line, when it holds anything but text, formatting, pictures and safe links.
 * A body MDX cannot parse is reported here too, instead of as a stack trace from Astro.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import type { ContentProblem } from './problem.ts';

/** HTML tags an editor may write in a body: formatting only. Anything else is refused by name. */
const ALLOWED_TAGS = new Set(
  'a abbr b blockquote br caption cite code dd del details div dl dt em figcaption figure h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q rp rt ruby s small span strong sub summary sup table tbody td tfoot th thead time tr u ul'.split(' '),
);
/** Attributes whose value is an address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'cite', 'action', 'formaction', 'poster', 'background', 'xlink:href']);
/** Addresses that run code or smuggle a document: browsers ignore case, spaces and control characters in the scheme. */
const UNSAFE_URL = /^(javascript|vbscript|data|file):/i;
const unsafeUrl = (url: string) => UNSAFE_URL.test(url.replace(/[\u0000-\u0020]/g, ''));

const NOT_CODE = 'Content is text and pictures, never code: the site does not run anything an editor writes.';

/** What is wrong with one node, or nothing. */
function judge(node: MdastNode): string | undefined {
  const n = node as MdastNode & { name?: string | null; url?: string; value?: unknown; attributes?: { type: string; name?: string; value?: unknown }[] };
  switch (n.type) {
    case 'mdxjsEsm':
      return `an \`import\` or \`export\` line is MDX code. ${NOT_CODE} Remove the line; show a picture with \`![what it shows](./photo.jpg)\`.`;
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      const code = String(n.value ?? '').trim();
      if (/^\/\*[\s\S]*\*\/$/.test(code)) return undefined; // {/* a comment */} is MDX's comment
      return `\`{${code.length > 40 ? `${code.slice(0, 40)}…` : code}}\` is MDX code. ${NOT_CODE} To write curly braces as text, put a backslash before the first one: \`\\{\`.`;
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const tag = n.name ?? '';
      if (!ALLOWED_TAGS.has(tag)) {
        const what = tag === '' ? 'a fragment `<>`' : /^[A-Z]/.test(tag) ? `the component \`<${tag}>\`` : `the \`<${tag}>\` tag`;
        return `${what} is not allowed in content. ${NOT_CODE} Use Markdown (\`*emphasis*\`, \`[a link](https://…)\`, \`![a picture](./photo.jpg)\`) or simple formatting tags such as <b>, <i>, <sup>.`;
      }
      for (const attribute of n.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute') return `\`{…}\` spread into \`<${tag}>\` is MDX code. ${NOT_CODE} Write the attributes out as text.`;
        const name = attribute.name ?? '';
        if (/^on/i.test(name)) return `\`<${tag} ${name}=…>\` is an event handler, which is script. ${NOT_CODE} Remove the \`${name}\` attribute.`;
        if (attribute.value && typeof attribute.value === 'object') return `\`<${tag} ${name}={…}>\` is MDX code. ${NOT_CODE} Write the value in quotes: \`${name}="…"\`.`;
        if (name === 'srcdoc' || name === 'style') return `the \`${name}\` attribute is not allowed in content (it can load or restyle anything). Remove it.`;
        if (URL_ATTRIBUTES.has(name.toLowerCase()) && typeof attribute.value === 'string' && unsafeUrl(attribute.value)) {
          return `\`${name}="${attribute.value.slice(0, 30)}…"\` is an address that runs code or hides a document. Link to a web page (https://…) or a file beside this one (./…).`;
        }
      }
      return undefined;
    }
    case 'link':
    case 'image':
    case 'definition':
      if (typeof n.url === 'string' && unsafeUrl(n.url)) {
        return `the address \`${n.url.slice(0, 30)}${n.url.length > 30 ? '…' : ''}\` runs code or hides a document. Link to a web page (https://…), an email (mailto:…) or a file beside this one (./…).`;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** Every refused node of the body, with the editor's line numbers (the body starts at `firstLine`). */
export function checkBody(body: string, firstLine: number, file: string): ContentProblem[] {
  const at = (line: number | undefined) => `body, line ${(line ?? 1) + firstLine - 1}`;
  let tree: MdastNode;
  try {
    tree = mdxToMdast(body, { position: true }) as MdastNode;
  } catch (error) {
    // satteri says "14:3: Unexpected character …": the line is the body's.
    const text = (error as Error).message;
    const match = text.match(/^(\d+):(\d+): ([\s\S]*?)(?: \([\w:-]+\))?$/);
    // Positions inside the message ("(2:10)") are the body's too: say them as the editor's lines.
    const what = (match?.[3] ?? text).split('\n')[0]!.replace(/\((\d+):\d+\)/g, (_, line: string) => `(line ${Number(line) + firstLine - 1})`);
    return [
      {
        file,
        field: at(match ? Number(match[1]) : undefined),
        message: `cannot be read as MDX (${what}). MDX reads \`<\`, \`{\` and \`}\` as code: write them as \`&lt;\`, \`\\{\` and \`\\}\` in text, and close every tag you open.`,
      },
    ];
  }
  const problems: ContentProblem[] = [];
  const visit = (node: MdastNode) => {
    const wrong = judge(node);
    if (wrong) problems.push({ file, field: at((node as { position?: { start: { line: number } } }).position?.start.line), message: wrong });
    for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}
