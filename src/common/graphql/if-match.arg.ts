/** The optional `ifMatch` argument of mutations that change a versioned resource (as If-Match on REST). */
export const IF_MATCH_ARG = {
  type: () => String,
  nullable: true,
  description: 'The etag of the version the change is based on (or *): checked atomically with the write, PRECONDITION_FAILED when it is not current; without it the write applies to the current version',
} as const;
