import { IsIn } from 'class-validator';
import { ASSET_FILES } from '../static-assets.service.js';

export class AssetParams {
  @IsIn(ASSET_FILES.filter((f) => f !== 'embed.js'), { message: 'no such asset' })
  file: string;
}
