/**
 * Where a conversation id sits in an address, written the way a team lead reads URLs:
 * "/tickets/{id}", or "#/inbox/ * /conversation/{id}" without the spaces. No regular expressions, so a pattern can
 * never be slow: literal parts must match exactly, `*` skips one path part, `{id}` captures one.
 */
export function urlTemplateProblem(template: string): string | null {
  const ids = template.match(/\{id\}/g)?.length ?? 0;
  if (ids !== 1) return 'put {id} exactly once where the id is, like /tickets/{id}.';
  return null;
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

export function compileUrlTemplate(template: string): ((pathAndHash: string) => string | null) | null {
  if (urlTemplateProblem(template)) return null;
  const source = template
    .split(/(\{id\}|\*)/)
    .map((part) => (part === '{id}' ? '([^/?#&]+)' : part === '*' ? '[^/?#]*' : part.replace(ESCAPE, '\\$&')))
    .join('');
  const pattern = new RegExp(source);
  return (pathAndHash) => {
    const found = pattern.exec(pathAndHash)?.[1];
    return found ? decodeURIComponent(found) : null;
  };
}
