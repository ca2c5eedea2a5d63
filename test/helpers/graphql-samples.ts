/**
 * A minimal valid GraphQL selection for every field of a root type, built from introspection:
 * required arguments get a value of their type (strings "nodejs", numbers 1, enums their first
 * value, input objects their required fields), objects select `__typename`. Suites that must
 * cover every field (private reads) use it, so a new field is covered without editing them.
 */
export interface IntrospectedType {
  kind: string;
  name: string | null;
  ofType: IntrospectedType | null;
}
interface IntrospectedInputValue {
  name: string;
  type: IntrospectedType;
  defaultValue: string | null;
}
interface IntrospectedFullType {
  name: string;
  kind: string;
  fields: { name: string; args: IntrospectedInputValue[]; type: IntrospectedType }[] | null;
  inputFields: IntrospectedInputValue[] | null;
  enumValues: { name: string }[] | null;
}

export const INTROSPECTION = `{ __schema { queryType { name } types { name kind
  fields { name args { name defaultValue type { ...T } } type { ...T } }
  inputFields { name defaultValue type { ...T } }
  enumValues { name } } } }
  fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`;

export function sampleSelections(schema: { queryType: { name: string }; types: IntrospectedFullType[] }, rootName = schema.queryType.name): Map<string, string> {
  const types = new Map(schema.types.map((t) => [t.name, t]));
  const named = (type: IntrospectedType): IntrospectedType => (type.ofType ? named(type.ofType) : type);
  const value = (type: IntrospectedType): string => {
    if (type.kind === 'NON_NULL') return value(type.ofType!);
    if (type.kind === 'LIST') return `[${value(type.ofType!)}]`;
    const full = types.get(type.name!)!;
    if (full.kind === 'ENUM') return full.enumValues![0].name;
    if (full.kind === 'INPUT_OBJECT') {
      const required = (full.inputFields ?? []).filter((f) => f.type.kind === 'NON_NULL' && f.defaultValue === null);
      return `{ ${required.map((f) => `${f.name}: ${value(f.type)}`).join(', ')} }`;
    }
    return { Int: '1', Float: '1', Boolean: 'true', ID: '"1"' }[type.name!] ?? '"nodejs"';
  };
  const selections = new Map<string, string>();
  for (const field of types.get(rootName)!.fields ?? []) {
    const args = field.args.filter((a) => a.type.kind === 'NON_NULL' && a.defaultValue === null).map((a) => `${a.name}: ${value(a.type)}`);
    const leaf = ['SCALAR', 'ENUM'].includes(types.get(named(field.type).name!)!.kind);
    selections.set(field.name, `${field.name}${args.length ? `(${args.join(', ')})` : ''}${leaf ? '' : ' { __typename }'}`);
  }
  return selections;
}
