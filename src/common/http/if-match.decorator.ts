import { ApiHeader } from '@nestjs/swagger';
import { IF_MATCH_MAX_LENGTH } from '../preconditions/if-match.js';

/** The ETag response header of a versioned resource, for @ApiOkResponse({ headers }). */
export const ETAG_HEADER = {
  ETag: { description: 'Strong validator of this version: send it as If-Match to change or delete it', schema: { type: 'string' as const } },
};

/** Documents the optional If-Match request header of a write to a versioned resource. */
export const ApiIfMatch = () =>
  ApiHeader({
    name: 'If-Match',
    required: false,
    schema: { type: 'string', maxLength: IF_MATCH_MAX_LENGTH },
    description: 'ETag of the version the change is based on (or *): checked atomically with the write, 412 when it is not current. Without it the write applies to the current version.',
  });
