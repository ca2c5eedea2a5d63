import { applyDecorators } from '@nestjs/common';
import { Field, Float, Int, type FieldOptions, type ReturnTypeFunc } from '@nestjs/graphql';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';

/** What one declaration says of a field, for the OpenAPI document and the GraphQL schema alike. */
export interface ApiFieldOptions {
  /** The value may be null: `nullable` in both documents. */
  nullable?: boolean;
  /**
   * The property may be absent: not required in the OpenAPI document, and nullable in the GraphQL
   * schema (where an absent field reads as null).
   */
  optional?: boolean;
  /** Said in both documents, unless `graphqlDescription` gives GraphQL other words. */
  description?: string;
  /**
   * GraphQL's own words, where the REST description names a REST thing (a header, a query
   * parameter, a path) that GraphQL spells differently.
   */
  graphqlDescription?: string;
  /** The GraphQL field's name, where it is not the property's (`limit` is GraphQL's `first`). */
  graphqlName?: string;
  /** What only OpenAPI states: enum values, bounds, default, example, format. */
  openApi?: Omit<ApiPropertyOptions, 'type' | 'isArray' | 'nullable' | 'required' | 'description'>;
}

type ScalarOrClass = ReturnType<ReturnTypeFunc>;

/**
 * One field of both APIs from one declaration: `@Field` for the GraphQL schema and `@ApiProperty`
 * for the OpenAPI document, with one type, one nullability and one description (issue 24 item 7:
 * every model field was described twice, and the two copies drifted).
 *
 * The type is GraphQL's (`() => Int`, `() => [RefModel]`); OpenAPI gets the same type with Int and
 * Float as numbers. Without a type both read the property's declared type, as `@Field()` and
 * `@ApiProperty()` do (only for `string` and `boolean`: a bare `number` would be a GraphQL Float).
 * The OpenAPI type is handed over lazily (a function named `type`, which is how @nestjs/swagger
 * recognises a lazy type), so a class declared further down the file can be named, as with
 * `@Field`.
 */
export function ApiField(options?: ApiFieldOptions): PropertyDecorator;
export function ApiField(typeFunction: ReturnTypeFunc, options?: ApiFieldOptions): PropertyDecorator;
export function ApiField(typeOrOptions?: ReturnTypeFunc | ApiFieldOptions, maybeOptions: ApiFieldOptions = {}): PropertyDecorator {
  const typeFunction = typeof typeOrOptions === 'function' ? typeOrOptions : undefined;
  const options = (typeof typeOrOptions === 'function' ? maybeOptions : typeOrOptions) ?? {};
  const graphqlDescription = options.graphqlDescription ?? options.description;
  const graphql: FieldOptions = {
    ...(options.nullable || options.optional ? { nullable: true } : {}),
    ...(graphqlDescription !== undefined ? { description: graphqlDescription } : {}),
    ...(options.graphqlName !== undefined ? { name: options.graphqlName } : {}),
  };

  // In the order the declaration states them: the document's keys keep that order.
  const openApi: ApiPropertyOptions = typeFunction ? { type: () => openApiType(typeFunction()) } : {};
  for (const [key, value] of Object.entries(options)) {
    if (key === 'nullable' && value) Object.assign(openApi, { nullable: true });
    else if (key === 'description') Object.assign(openApi, { description: value });
    else if (key === 'openApi') Object.assign(openApi, value);
  }
  if (options.optional) Object.assign(openApi, { required: false });
  return applyDecorators(ApiProperty(openApi), typeFunction ? Field(typeFunction, graphql) : Field(graphql));
}

/** GraphQL's type as OpenAPI's: Int and Float are numbers; lists stay lists; classes and String/Boolean stay. */
function openApiType(type: ScalarOrClass): unknown {
  if (Array.isArray(type)) return [openApiType(type[0] as ScalarOrClass)];
  return type === Int || type === Float ? Number : type;
}
