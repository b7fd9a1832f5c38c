/**
 * A small, strict XML reader for the tests: it accepts only well-formed XML
 * (one root, tags closed in order, quoted attributes, known entities, no raw
 * `<` or `&` in text) and returns the element tree. Enough to prove a report
 * is valid XML without a parser dependency.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = '[A-Za-z_:][\\w.:-]*';
const TAG = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`);
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g');
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseXml(source: string): XmlElement {
  let rest = source.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (rest.length > 0) {
    if (!rest.startsWith('<')) {
      const end = rest.indexOf('<');
      const raw = end < 0 ? rest : rest.slice(0, end);
      const parent = stack.at(-1);
      if (!parent && raw.trim()) throw new Error(`text outside the root element: ${raw.slice(0, 40)}`);
      if (parent) parent.text += decode(raw);
      rest = end < 0 ? '' : rest.slice(end);
      continue;
    }
    const match = TAG.exec(rest);
    if (!match) throw new Error(`malformed tag at: ${rest.slice(0, 60)}`);
    const [whole, closing, name = '', attributes = '', selfClosing] = match;
    rest = rest.slice(whole.length);
    if (closing) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    if (root && stack.length === 0) throw new Error(`a second root element <${name}>`);
    const element: XmlElement = { name, attributes: readAttributes(attributes), children: [], text: '' };
    stack.at(-1)?.children.push(element);
    root ??= element;
    if (!selfClosing) stack.push(element);
  }
  if (!root || stack.length > 0) throw new Error(`unclosed <${stack.at(-1)?.name ?? 'root'}>`);
  return root;
}

/** Every element with this name, at any depth. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  return [...(element.name === name ? [element] : []), ...element.children.flatMap((child) => findAll(child, name))];
}

function readAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1] ?? '';
    if (name in attributes) throw new Error(`attribute ${name} twice`);
    attributes[name] = decode(match[2] ?? match[3] ?? '');
  }
  return attributes;
}

function decode(text: string): string {
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/.test(text)) throw new Error(`a bare & in: ${text.slice(0, 60)}`);
  if (text.includes('>') && text.includes(']]>')) throw new Error(']]> in text');
  return text.replace(/&(#x[\da-fA-F]+|#\d+|\w+);/g, (_all, entity: string) =>
    entity.startsWith('#x')
      ? String.fromCodePoint(parseInt(entity.slice(2), 16))
      : entity.startsWith('#')
        ? String.fromCodePoint(Number(entity.slice(1)))
        : (ENTITIES[entity] ?? ''),
  );
}
