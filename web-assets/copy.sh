#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Copy the built files the dashboard serves (and their licences) out of node_modules.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$1"
nm="$here/node_modules"
rm -rf "$out" && mkdir -p "$out/licences"
cp "$nm/htmx.org/dist/htmx.min.js" "$out/"
cp "$nm/vega/build/vega.min.js" "$out/"
cp "$nm/vega-lite/build/vega-lite.min.js" "$out/"
cp "$nm/vega-embed/build/vega-embed.min.js" "$out/"
cp "$nm/@utrecht/component-library-css/dist/index.css" "$out/utrecht.css"
cp "$nm/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css" "$out/theme.css"
cp "$nm/axe-core/axe.min.js" "$out/"
for pkg in htmx.org vega vega-lite vega-embed @utrecht/component-library-css \
           @nl-design-system-unstable/voorbeeld-design-tokens axe-core; do
  lic=$(ls "$nm/$pkg"/LICEN[CS]E* 2>/dev/null | head -1 || true)
  [ -n "$lic" ] && cp "$lic" "$out/licences/$(echo "$pkg" | tr '/@' '__').txt"
done
