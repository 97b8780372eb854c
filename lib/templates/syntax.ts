/**
 * Template body syntax, a small Mustache subset:
 *   {{name}}              the variable's value (or a visible gap when the user has not filled it)
 *   {{#name}}...{{/name}} kept only when the variable has a value (how an unknown name disappears gracefully)
 *   {{^name}}...{{/name}} kept only when the variable has no value
 * Sections may nest. Nothing else is special, so ordinary text never needs escaping.
 */
import { TEMPLATE_VARIABLES, type TemplateVariable } from './variables';

export type BodyNode =
  | { kind: 'text'; text: string }
  | { kind: 'var'; name: TemplateVariable }
  | { kind: 'section'; name: TemplateVariable; inverted: boolean; children: BodyNode[] };

export type ParseResult = { ok: true; nodes: BodyNode[] } | { ok: false; error: string };

const TAG = /\{\{\s*([#^/]?)\s*([A-Za-z_]+)\s*\}\}/g;

function isTemplateVariable(name: string): name is TemplateVariable {
  return (TEMPLATE_VARIABLES as readonly string[]).includes(name);
}

export function parseBody(body: string): ParseResult {
  const root: BodyNode[] = [];
  const stack: { name: TemplateVariable; children: BodyNode[] }[] = [];
  const current = (): BodyNode[] => stack.at(-1)?.children ?? root;
  let last = 0;
  for (const match of body.matchAll(TAG)) {
    const [tag, sigil = '', rawName = ''] = match;
    const at = match.index;
    if (at > last) current().push({ kind: 'text', text: body.slice(last, at) });
    last = at + tag.length;
    if (!isTemplateVariable(rawName)) {
      return { ok: false, error: `unknown variable "${rawName}" in ${tag}; known: ${TEMPLATE_VARIABLES.join(', ')}` };
    }
    if (sigil === '/') {
      const open = stack.pop();
      if (!open || open.name !== rawName) return { ok: false, error: `${tag} closes a section that is not open` };
      continue;
    }
    if (sigil === '#' || sigil === '^') {
      const section: BodyNode = { kind: 'section', name: rawName, inverted: sigil === '^', children: [] };
      current().push(section);
      stack.push({ name: rawName, children: section.children });
      continue;
    }
    current().push({ kind: 'var', name: rawName });
  }
  if (last < body.length) current().push({ kind: 'text', text: body.slice(last) });
  const unclosed = stack.pop();
  if (unclosed) return { ok: false, error: `section {{#${unclosed.name}}} is never closed` };
  const stray = root.some((node) => node.kind === 'text' && /\{\{|\}\}/.test(node.text));
  if (stray) return { ok: false, error: 'stray "{{" or "}}" that is not a valid tag' };
  return { ok: true, nodes: root };
}

/** Every variable the body mentions, in first-use order. */
export function variablesIn(nodes: BodyNode[]): TemplateVariable[] {
  const seen = new Set<TemplateVariable>();
  const walk = (list: BodyNode[]): void => {
    for (const node of list) {
      if (node.kind === 'text') continue;
      seen.add(node.name);
      if (node.kind === 'section') walk(node.children);
    }
  };
  walk(nodes);
  return [...seen];
}

/**
 * Variables printed where no enclosing {{#same}} section guards them: without a value they show a gap,
 * so the user must fill them.
 */
export function requiredVariablesIn(nodes: BodyNode[]): TemplateVariable[] {
  const required = new Set<TemplateVariable>();
  const walk = (list: BodyNode[], guarded: ReadonlySet<TemplateVariable>): void => {
    for (const node of list) {
      if (node.kind === 'var' && !guarded.has(node.name)) required.add(node.name);
      if (node.kind === 'section') {
        walk(node.children, node.inverted ? guarded : new Set([...guarded, node.name]));
      }
    }
  };
  walk(nodes, new Set());
  return [...required];
}

export type ValueLookup = (name: TemplateVariable) => string | null;

/** Renders nodes; `gap` supplies the visible placeholder for a variable without a value. */
export function renderNodes(nodes: BodyNode[], value: ValueLookup, gap: (name: TemplateVariable) => string): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'var') out += value(node.name) ?? gap(node.name);
    else if ((value(node.name) !== null) !== node.inverted) out += renderNodes(node.children, value, gap);
  }
  return out;
}

/** Tidies what dropped sections leave behind: doubled spaces, a space before punctuation, extra blank lines. */
export function tidy(text: string): string {
  return text
    .replace(/[ \t]+/g, ' ')
    .replace(/ +([,.;:!?])/g, '$1')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
