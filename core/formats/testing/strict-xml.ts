/**
 * Test helper: strict XML reading for structure assertions. Well-formedness is checked by fast-xml-parser's
 * validator first (any error fails the test), then every element is parsed into arrays so that counts and
 * required attributes can be asserted without guessing.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type XmlElement = { [name: string]: XmlElement[] | string | undefined } & { '#text'?: string };

export function strictParse(xml: string): XmlElement {
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  if (valid !== true) throw new Error(`XML not well-formed: ${valid.err.msg} (line ${valid.err.line})`);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    processEntities: true,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    alwaysCreateTextNode: true,
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && name !== '#text',
  }).parse(xml) as XmlElement;
}

/** The single child `name` of `el`, failing if there is not exactly one. */
export function one(el: XmlElement, name: string): XmlElement {
  const list = el[name];
  if (!Array.isArray(list) || list.length !== 1)
    throw new Error(`expected exactly one <${name}>, found ${Array.isArray(list) ? list.length : 0}`);
  return list[0]!;
}

export function all(el: XmlElement, name: string): XmlElement[] {
  const list = el[name];
  return Array.isArray(list) ? list : [];
}
