#!/usr/bin/env bash
# Runs the Playwright suite as two shards, the way two CI machines would, each
# writing a blob report, then merges them into one HTML report.
# Usage: npm run test:shards [-- extra playwright args, e.g. a folder]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

blobs=out/shard-blobs
rm -rf "$blobs" out/merged-report
status=0
for shard in 1 2; do
  echo "==> Shard $shard/2"
  # Each shard names its own blob file, or the second would overwrite the first.
  PLAYWRIGHT_BLOB_OUTPUT_FILE="$blobs/report-$shard.zip" npx playwright test --shard="$shard/2" --reporter=blob,list "$@" || status=1
done
echo "==> Merging ${blobs} into out/merged-report"
PLAYWRIGHT_HTML_OUTPUT_DIR=out/merged-report PLAYWRIGHT_HTML_OPEN=never npx playwright merge-reports --reporter=html,list "$blobs" | tail -n 3
echo "Rapport fusionné : out/merged-report/index.html"
exit "$status"
