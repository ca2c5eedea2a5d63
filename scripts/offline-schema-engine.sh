#!/bin/sh
# Stand-in for Prisma's native schema engine, whose download host is unreachable here.
# `prisma generate` only asks it for --version; generation itself uses Prisma's WASM tools.
# Migration SQL is rendered by scripts/migrations-diff.ts with the WASM schema engine instead.
echo "schema-engine-cli offline-stand-in"
