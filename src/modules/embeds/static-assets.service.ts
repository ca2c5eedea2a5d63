import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Injectable } from '@nestjs/common';
import { notFound } from '../../common/errors/domain-error.js';
import { represent, type Representation } from '../../common/http/cached-representation.js';
import { PROJECT_ROOT } from '../../infra/project-paths.js';

/** The app's own front-end files (public/), read once: nothing is loaded from a CDN. */
export const PUBLIC_DIR = path.join(PROJECT_ROOT, 'public');

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** The files served under /assets (and /embed.js); a fixed list, so no path ever reaches the disk from a request. */
export const ASSET_FILES = ['vkb.css', 'explorer.css', 'graphql-ide.js', 'embed.js', 'desk.css', 'desk.js', 'desk-api.js', 'desk-review.js', 'desk-offsets.js', 'desk-proposals.js', 'desk-stats.js'] as const;

@Injectable()
export class StaticAssetsService {
  private readonly assets = new Map<string, Representation>();

  constructor() {
    const css = this.read('vkb.css');
    for (const file of ASSET_FILES) {
      let text = this.read(file);
      // The widget carries its styles (one request; the shadow root cannot see a page stylesheet).
      if (file === 'embed.js') text = text.replace("'__VKB_CSS__'", JSON.stringify(css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s*\n\s*/g, '')));
      this.assets.set(file, represent(text, TYPES[path.extname(file)]));
    }
  }

  get(file: string): Representation {
    const rep = this.assets.get(file);
    if (!rep) throw notFound('asset', file);
    return rep;
  }

  /** The text of an asset, for pages that inline it (the iframe page has no external asset). */
  text(file: (typeof ASSET_FILES)[number]): string {
    return this.get(file).body.toString('utf8');
  }

  private read(file: string): string {
    return readFileSync(path.join(PUBLIC_DIR, file), 'utf8');
  }
}
