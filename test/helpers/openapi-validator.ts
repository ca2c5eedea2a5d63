import * as AjvModule from 'ajv';
import * as addFormatsModule from 'ajv-formats';

type Json = Record<string, unknown>;
// CommonJS packages seen from ESM: the class and the plugin are their default exports.
const Ajv = AjvModule.Ajv;
const addFormats = addFormatsModule.default as unknown as (ajv: InstanceType<typeof AjvModule.Ajv>) => void;

/** An OpenAPI 3.1 schema (JSON Schema) with component references pointing into one registered document. */
export function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema as Json).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' ? value.replace(/^#\//, 'openapi#/') : toJsonSchema(value)]),
  );
}

export interface DocumentedResponse {
  status: string;
  contentTypes: string[];
  schemaFor(contentType: string): Json | undefined;
}

/** Validates real answers against the document the server publishes. */
export class OpenApiValidator {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });

  constructor(readonly document: Json) {
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'openapi', components: toJsonSchema(document.components) as Json });
  }

  operation(path: string, method: string): Json | undefined {
    return ((this.document.paths as Record<string, Json>)[path]?.[method] as Json | undefined) ?? undefined;
  }

  /** Problems with one answer (empty when it matches the document): status, content type, body. */
  check(path: string, method: string, answer: { status: number; headers: Record<string, unknown>; body: string }): string[] {
    const operation = this.operation(path, method);
    if (!operation) return [`${method.toUpperCase()} ${path} is not documented`];
    const responses = operation.responses as Record<string, { content?: Record<string, { schema?: unknown }> }>;
    const response = responses[String(answer.status)];
    if (!response) return [`status ${answer.status} is not documented (documented: ${Object.keys(responses).join(', ')})`];
    if (answer.status === 304 || answer.status === 204 || !response.content) return [];
    const type = String(answer.headers['content-type'] ?? '').split(';')[0].trim();
    const media = response.content[type];
    if (!media) return [`content type ${type} is not documented for ${answer.status} (documented: ${Object.keys(response.content).join(', ')})`];
    if (!media.schema) return [];
    // JSON types are validated as the value they hold; any other (CSV, NDJSON, Markdown, HTML) as the text it is.
    const json = /^application\/([\w.-]+\+)?json$/.test(type);
    const validate = this.ajv.compile(toJsonSchema(media.schema) as Json);
    if (validate(json ? JSON.parse(answer.body) : answer.body)) return [];
    return (validate.errors ?? []).slice(0, 5).map((e: { instancePath: string; message?: string; params: unknown }) => `body${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
  }
}
