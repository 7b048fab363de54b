#!/usr/bin/env bash
# StaticNews against Hugo on the same generated corpus, alternately, RUNS times each, on this machine.
# Prints median wall time and peak memory of each, and the figures of the performance issue: full build vs Hugo
# (time, memory), the one-edit rebuild, raw dumps vs front matter; the floor under each tool's full build (its own
# output written again from memory, floor.cs) and the full builds above it; then edit to screen in the preview,
# StaticNews serve against hugo server (edit_to_screen.py).
#   N=10000 RUNS=3 benchmarks/run.sh        (N100K=1 adds one 100,000-article build, for its peak memory)
# Earlier trees are moved aside, never deleted while it runs (see the trash below): WORK needs about 8 GB free at
# 10,000 articles (7 GB more with N100K=1).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
N=${N:-10000}
RUNS=${RUNS:-3}
work=${WORK:-/tmp/staticnews-bench}
mkdir -p "$work"

# Nothing under $work is deleted while the script runs: trees of earlier rounds are moved aside and deleted when
# it ends. On ext4 without a journal (this VM's disk) the kernel will not reuse an inode freed in the last 60 s,
# or in the last 360 s once its inode-table block is dirty again (ialloc.c, RECENTCY_MIN and RECENTCY_DIRTY), and
# every file or folder created in that group first walks past each of them. A build timed after an `rm -rf`
# pays for the deletion in proportion to both trees' inode counts, and for minutes. A build machine that has
# just checked the site out deletes nothing before it builds.
trash="$work/trash"
aside() { # paths → moved into the trash, out of the timed builds' way
  local bin="$trash/$(date +%s%N)"; mkdir -p "$bin"
  for p in "$@"; do [ -e "$p" ] && mv "$p" "$bin/"; done; return 0
}
empty_trash() { [ -d "$trash" ] && { rm -rf "$trash"; date +%s > "$work/deleted-at"; }; return 0; }
empty_trash # an interrupted run's trees
if [ -f "$work/deleted-at" ]; then
  wait=$(( $(cat "$work/deleted-at") + 380 - $(date +%s) ))
  if [ "$wait" -gt 0 ]; then echo "== waiting ${wait} s: the last run's trees were deleted less than 6 minutes ago"; sleep "$wait"; fi
fi
trap empty_trash EXIT

command -v hugo >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null; }
[ -x /usr/bin/time ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }

echo "== Release build of StaticNews (the README's published binary: composite ReadyToRun; compilation is not timed)"
aside "$work/bin" "$work/floor-bin"
dotnet publish "$here/../src/StaticNews" -c Release -r linux-x64 --self-contained -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true \
  -o "$work/bin" -v quiet -nologo >/dev/null
staticnews="$work/bin/StaticNews"
# The floor under a full build: a tool's output tree written again from memory (floor.cs), timed like the builds.
dotnet build "$here/floor.cs" -c Release -o "$work/floor-bin" -v quiet -nologo >/dev/null
dotnet build-server shutdown >/dev/null 2>&1 || true

corpus() { # N → folder with posts/ and raw/
  local dir="$work/corpus-$1"
  [ -d "$dir/posts" ] || python3 "$here/gen_corpus.py" "$1" "$dir" --seed 1 >/dev/null
  echo "$dir"
}

# The peer writes 20-item feeds and 20-story pages; StaticNews's input says the same.
site_yml='title: Bench News
baseUrl: https://example.org/
language: de
pageSize: 20
feedSize: 20'

prepare() { # corpus kind → input folder for StaticNews
  local input="$work/input-$2-$(basename "$1")"
  if [ ! -d "$input" ]; then
    mkdir -p "$input"
    cp -r "$1/$2" "$input/"
    echo "$site_yml" > "$input/site.yml"
    # A dump carries no date: as in a newsroom, a sidecar gives it the one its Markdown twin has.
    [ "$2" = raw ] && for post in "$1"/posts/*.md; do
      stem=$(basename "$post" .md)
      grep -m1 '^date:' "$post" > "$input/raw/$stem.yml"
    done
  fi
  echo "$input"
}

# This VM's kernel slows down as the page cache fills with the trees earlier builds wrote (Hugo: 9.7 s after
# dropping caches, 14.8 s before, same input). So every timed build starts from the same state: caches dropped,
# then the tool and its input read once, warm as on a build machine that just checked the site out.
fresh_memory() { # folders and files to warm
  sync
  [ -w /proc/sys/vm/drop_caches ] && echo 3 > /proc/sys/vm/drop_caches
  find "$@" -type f -exec cat {} + > /dev/null
  sleep 1
}

measure() { # input-folder command… → prints "seconds peak_kib", output lands in $work/out
  local input=$1; shift
  aside "$work/out" "$work"/.staticnews-out
  fresh_memory "$input" "$work/bin" "$(command -v hugo)"
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt"; exit 1; }
  cat "$work/time.txt"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

c=$(corpus "$N")
posts=$(prepare "$c" posts)
raw=$(prepare "$c" raw)
hugo_site="$work/hugo-site-$N"
if [ ! -d "$hugo_site" ]; then cp -r "$here/hugo-site" "$hugo_site"; mkdir -p "$hugo_site/content"; cp -r "$c/posts" "$hugo_site/content/posts"; fi
now="--now 2030-01-01T00:00:00Z" # the raw dumps carry no date: one fixed "now" keeps runs alike

: > "$work/sn.txt"; : > "$work/hugo.txt"; : > "$work/raw.txt"
for run in $(seq "$RUNS"); do
  echo "== run $run of $RUNS ($N articles)"
  measure "$hugo_site" hugo --source "$hugo_site" --destination "$work/out" --quiet | tee -a "$work/hugo.txt" | sed 's/^/hugo        /'
  measure "$posts" "$staticnews" build --input "$posts" --output "$work/out" $now | tee -a "$work/sn.txt" | sed 's/^/staticnews  /'
  measure "$raw" "$staticnews" build --input "$raw" --output "$work/out" $now | tee -a "$work/raw.txt" | sed 's/^/raw dumps   /'
done

echo "== one edited article, rebuilt over the previous output"
# After a clean build the first rebuild has no spare generation yet and hard-links one in the background; every
# later rebuild recycles the generation before (the newsroom's steady state). Both are timed.
: > "$work/edit-first.txt"; : > "$work/edit.txt"
articles=("$posts"/posts/*.md)
rebuild() { # label file → times one build over the previous output
  echo "Ein neuer Satz, $1." >> "${articles[$2]}"
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$staticnews" build --input "$posts" --output "$work/out" $now >/dev/null 2>&1
}
for run in $(seq "$RUNS"); do
  aside "$work/out" "$work"/.staticnews-out; fresh_memory "$posts" "$work/bin"
  "$staticnews" build --input "$posts" --output "$work/out" $now >/dev/null 2>&1; sync; sleep 1
  rebuild "Lauf $run" $((run * 3)); tee -a "$work/edit-first.txt" < "$work/time.txt" | sed 's/^/first edit  /'
  rebuild "Lauf $run, zweite Änderung" $((run * 3 + 1)); tee -a "$work/edit.txt" < "$work/time.txt" | sed 's/^/next edit   /'
done

echo "== the floor: each tool's output tree written again from memory, nothing else (floor.cs)"
# Built once more, untimed, to be copied: how long the file system takes to create each site's files and folders
# in the builds' conditions (previous tree moved aside, page cache dropped), which no engine can go below.
aside "$work/floor-hugo" "$work/floor-sn" "$work"/.staticnews-floor-sn
hugo --source "$hugo_site" --destination "$work/floor-hugo" --quiet >/dev/null
"$staticnews" build --input "$posts" --output "$work/floor-sn" $now >/dev/null 2>&1
: > "$work/floor-hugo.txt"; : > "$work/floor-sn.txt"
for run in $(seq "$RUNS"); do
  for tool in hugo sn; do
    aside "$work/floor-out"; fresh_memory "$work/floor-$tool" "$work/floor-bin"
    "$work/floor-bin/floor" "$work/floor-$tool" "$work/floor-out" | tee -a "$work/floor-$tool.txt" | sed "s/^/floor $tool    /"
  done
done
aside "$work/floor-out"

echo "== edit to screen: a saved article until the preview serves its new text (serve, hugo server --disableFastRender)"
python3 "$here/edit_to_screen.py" "$staticnews" "$posts" "$hugo_site" 5 | tee "$work/screen.txt"

t_hugo=$(cut -d' ' -f1 "$work/hugo.txt" | median); m_hugo=$(cut -d' ' -f2 "$work/hugo.txt" | median)
t_sn=$(cut -d' ' -f1 "$work/sn.txt" | median); m_sn=$(cut -d' ' -f2 "$work/sn.txt" | median)
t_raw=$(cut -d' ' -f1 "$work/raw.txt" | median); t_edit=$(cut -d' ' -f1 "$work/edit.txt" | median)
t_first=$(cut -d' ' -f1 "$work/edit-first.txt" | median)
f_hugo=$(cut -d' ' -f3 "$work/floor-hugo.txt" | median); f_sn=$(cut -d' ' -f3 "$work/floor-sn.txt" | median)
echo
echo "== medians of $RUNS runs, $N articles, $(nproc) cores"
printf 'hugo        %6.2f s  %5d MiB\n' "$t_hugo" "$((m_hugo / 1024))"
printf 'staticnews  %6.2f s  %5d MiB\n' "$t_sn" "$((m_sn / 1024))"
printf 'raw dumps   %6.2f s\n' "$t_raw"
printf 'one edit    %6.2f s  (the first after a clean build: %.2f s)\n' "$t_edit" "$t_first"
printf 'floor       %6.2f s  StaticNews (%s files, %s MB), %.2f s Hugo (%s files, %s MB)\n' "$f_sn" \
  "$(cut -d' ' -f1 "$work/floor-sn.txt" | head -1)" "$(cut -d' ' -f2 "$work/floor-sn.txt" | head -1)" "$f_hugo" \
  "$(cut -d' ' -f1 "$work/floor-hugo.txt" | head -1)" "$(cut -d' ' -f2 "$work/floor-hugo.txt" | head -1)"
echo
awk -v a="$t_sn" -v b="$t_hugo" 'BEGIN {printf "full build time   StaticNews/Hugo       %.2f  (target <= 0.40)\n", a / b}'
awk -v a="$m_sn" -v b="$m_hugo" 'BEGIN {printf "full build memory StaticNews/Hugo       %.2f  (target <= 0.50)\n", a / b}'
awk -v a="$t_edit" -v f="$t_first" 'BEGIN {printf "one-edit rebuild                        %.2f s  (target <= 1.5 s; first after a clean build %.2f s)\n", a, f}'
awk -v a="$t_raw" -v b="$t_sn" 'BEGIN {printf "raw dumps / front matter                %.2f  (target <= 1.20)\n", a / b}'
awk -v a="$t_sn" -v b="$t_hugo" -v c="$f_sn" -v d="$f_hugo" 'BEGIN {printf "full build above its floor, StaticNews/Hugo  %.2f  (StaticNews %.2f s, Hugo %.2f s: the engines alone)\n", (a - c) / (b - d), a - c, b - d}'
grep '^edit to screen' "$work/screen.txt"

if [ "${N100K:-0}" = 1 ]; then
  echo
  echo "== 100,000 articles, once"
  big=$(prepare "$(corpus 100000)" posts)
  # The generated corpus has a few same-day stories with the same title; StaticNews refuses a shared URL, so
  # --keep-going publishes the rest and exits 3.
  aside "$work/out" "$work"/.staticnews-out; fresh_memory "$big" "$work/bin"
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$staticnews" build --input "$big" --output "$work/out" $now --keep-going >/dev/null 2>&1 || [ $? -eq 3 ]
  grep -v '^Command' "$work/time.txt" | sed 's/^/staticnews  /'
fi
