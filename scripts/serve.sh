#!/bin/sh
# Starts the built server (dist/bundle/main.js) the way `npm start`, `npm run start:prod` and the
# Dockerfile do, with its memory settings read from the environment (today's values as defaults):
# - KB_HEAP_MB (128): V8's old-generation heap, unless NODE_OPTIONS sets --max-old-space-size;
# - KB_SEMI_SPACE_MB (8): V8's young-generation semi-space, unless NODE_OPTIONS sets --max-semi-space-size;
# - MALLOC_ARENA_MAX (2) and MALLOC_MMAP_THRESHOLD_ (1048576): glibc's, read when the process starts,
#   which is why they are set here and not by the app (see BENCHMARKS.md, the glibc section).
# Flags go on node's command line before the process starts; nothing changes V8 flags after it.
# `exec`: the server is this process (signals reach it directly; no parent stays resident).
set -eu
here=$(dirname "$0")
heap=${KB_HEAP_MB:-128}
semi=${KB_SEMI_SPACE_MB:-8}
for value in "$heap" "$semi"; do
  case $value in
    '' | *[!0-9]*) echo "KB_HEAP_MB and KB_SEMI_SPACE_MB must be whole numbers of megabytes (got '$value')" >&2; exit 1 ;;
  esac
done
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
export MALLOC_MMAP_THRESHOLD_="${MALLOC_MMAP_THRESHOLD_:-1048576}"
set -- "$here/../dist/bundle/main.js" "$@"
case " ${NODE_OPTIONS:-} " in *--max-semi-space-size*) ;; *) set -- "--max-semi-space-size=$semi" "$@" ;; esac
case " ${NODE_OPTIONS:-} " in *--max-old-space-size*) ;; *) set -- "--max-old-space-size=$heap" "$@" ;; esac
# Prisma's query compiler is a WebAssembly module; V8's optimizing tier roughly doubles what it keeps
# resident (~47 MB of RSS) for work off the hot read path (claims pages go through the pg pool), so
# the baseline compiler is enough. Not on the embedded database: PGlite is PostgreSQL in
# WebAssembly, and there speed matters.
if [ -n "${DATABASE_URL:-}" ]; then set -- --liftoff-only "$@"; fi
exec node "$@"
