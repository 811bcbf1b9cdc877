#!/usr/bin/env bash
# Adds a migration for both database providers: bash scripts/add-migration.sh Name
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: add-migration.sh Name}
dotnet tool restore
export EfDesign=true
dotnet ef migrations add "$name" --project src/Host --context SqliteAwardsDbContext --output-dir Persistence/Migrations/Sqlite
dotnet ef migrations add "$name" --project src/Host --context PostgresAwardsDbContext --output-dir Persistence/Migrations/Postgres
rm -f src/Host/design.db
