import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { IncomingMessage } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { addAbortSignal, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { DomainError, ErrorCode } from '../../../common/errors/domain-error.js';
import type { Environment } from '../../../config/environment.js';
import { fetchAllowHosts, isAllowedFetchHost, type AllowedFetchHost } from '../../../config/fetch-allow-hosts.js';
import type { ArticleFormat } from '../reader/reader-text.js';
import { decodeFetched, fetchedFormat } from './fetched-text.js';
import { literalAddress, publicOnlyLookup, refusedAddress } from './guarded-lookup.js';
import { isPublicAddress } from './public-address.js';

/** An article as fetched: its text, the format to read it in, and the URL it came from (after redirects). */
export interface FetchedArticle {
  url: string;
  content: string;
  format: ArticleFormat;
}

/** Redirects followed per fetch; each target is checked again like the first URL. */
export const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const notAllowed = (message: string) => new DomainError(ErrorCode.URL_NOT_ALLOWED, message, [{ field: 'url', message }]);
const failed = (message: string) => new DomainError(ErrorCode.FETCH_FAILED, message, [{ field: 'url', message }]);

/**
 * Fetches an article URL for drafting, guarded against server-side request forgery: http(s)
 * only; every address a name resolves to must be public (checked at connect time, so the
 * address connected to is the one checked), unless KB_FETCH_ALLOW_HOSTS names the host;
 * redirects are followed by hand and each target checked again; the body is streamed under a
 * byte limit and the whole fetch under a time limit. Node's own http(s) client does the
 * networking; the guard is its `lookup` option.
 */
@Injectable()
export class ArticleFetcher {
  private readonly allowed: AllowedFetchHost[];
  private readonly maxBytes: number;
  private readonly timeoutMs: number;

  constructor(config: ConfigService<Environment, true>) {
    const allowed = fetchAllowHosts(config.get('KB_FETCH_ALLOW_HOSTS', { infer: true }));
    // Validated at boot (validateEnvironment); an Error here would mean it was not.
    this.allowed = allowed instanceof Error ? [] : allowed;
    this.maxBytes = config.get('KB_FETCH_MAX_BYTES', { infer: true });
    this.timeoutMs = config.get('KB_FETCH_TIMEOUT_MS', { infer: true });
  }

  async fetch(address: string, format?: ArticleFormat): Promise<FetchedArticle> {
    const signal = AbortSignal.timeout(this.timeoutMs);
    try {
      let url = this.checkTarget(address);
      for (let redirects = 0; ; redirects++) {
        const response = await this.get(url, signal);
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (REDIRECTS.has(status) && location) {
          response.destroy();
          if (redirects === MAX_REDIRECTS) throw failed(`More than ${MAX_REDIRECTS} redirects`);
          url = this.checkTarget(location, url);
          continue;
        }
        if (status < 200 || status > 299) {
          response.destroy();
          throw failed(`The URL answered HTTP ${status}`);
        }
        const contentType = response.headers['content-type'];
        const articleFormat = fetchedFormat(contentType, format);
        const bytes = await this.readBody(response, signal);
        const content = decodeFetched(bytes, contentType, articleFormat);
        if (!/\S/.test(content)) throw failed('The URL answered an empty article');
        url.hash = '';
        return { url: url.href, content, format: articleFormat };
      }
    } catch (error) {
      if (signal.aborted) throw new DomainError(ErrorCode.FETCH_TIMEOUT, `The URL did not answer within ${this.timeoutMs} ms`);
      if (error instanceof DomainError) throw error;
      const code = (error as { code?: unknown }).code;
      throw failed(`The URL could not be fetched${typeof code === 'string' ? ` (${code})` : ''}`);
    }
  }

  /** The URL to request next, refused when its scheme, credentials or IP literal host is not allowed. */
  private checkTarget(address: string, base?: URL): URL {
    let url: URL;
    try {
      url = new URL(address, base);
    } catch {
      throw failed(base ? `A redirect names an unreadable location` : 'url is not an absolute URL');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw notAllowed(`Only http and https URLs are fetched, not ${url.protocol.replace(/:$/, '')}`);
    if (url.username || url.password) throw notAllowed('URLs with credentials are not fetched');
    const literal = literalAddress(url.hostname);
    if (literal && !isPublicAddress(literal) && !isAllowedFetchHost(url, this.allowed)) throw refusedAddress(url.hostname, literal);
    return url;
  }

  /** One GET, without following redirects; names resolve through the public-only lookup unless allowed. */
  private get(url: URL, signal: AbortSignal): Promise<IncomingMessage> {
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const outgoing = request(
        {
          method: 'GET',
          hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
          port: url.port || undefined,
          path: `${url.pathname}${url.search}`,
          headers: {
            'user-agent': 'versus-kb article fetcher',
            accept: 'text/html, application/xhtml+xml, text/markdown, text/plain;q=0.9, */*;q=0.1',
            'accept-encoding': 'gzip, deflate, br',
          },
          // A fresh connection per request: no pooled socket to some other host is reused.
          agent: false,
          lookup: isAllowedFetchHost(url, this.allowed) ? undefined : publicOnlyLookup,
          signal,
        },
        resolve,
      );
      outgoing.on('error', reject);
      outgoing.end();
    });
  }

  /** The body, decompressed, refused past KB_FETCH_MAX_BYTES (counted after decompression: a small gzip may unpack to gigabytes). */
  private async readBody(response: IncomingMessage, signal: AbortSignal): Promise<Buffer> {
    const tooLarge = () => new DomainError(ErrorCode.FETCH_TOO_LARGE, `The article is larger than ${this.maxBytes} bytes (KB_FETCH_MAX_BYTES)`);
    if (Number(response.headers['content-length']) > this.maxBytes) {
      response.destroy();
      throw tooLarge();
    }
    const body = addAbortSignal(signal, decoded(response));
    const chunks: Buffer[] = [];
    let total = 0;
    try {
      for await (const chunk of body as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > this.maxBytes) throw tooLarge();
        chunks.push(chunk);
      }
    } finally {
      body.destroy();
      response.destroy();
    }
    return Buffer.concat(chunks);
  }
}

/** The response body with its Content-Encoding undone. */
function decoded(response: IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity' || encoding === '') return response;
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : null;
  if (!decoder) {
    response.destroy();
    throw failed(`The URL answered in an unknown Content-Encoding (${encoding})`);
  }
  response.on('error', (error) => decoder.destroy(error));
  return response.pipe(decoder);
}
