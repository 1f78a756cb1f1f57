#!/usr/bin/env bash
# HIT Path bake benchmark.
#
#   bench/run.sh            # = bench/run.sh sites: sites of 1,000 to 10,000 pages, our bake vs Hugo
#   bench/run.sh real       # the real site: clean bake as a whole process, ./hit-path and other launches
#   bench/run.sh profile    # JFR profile of our bake on a 5,000-page site: where the time goes
#
# sites: generates, in a temp folder (never inside the repository), sites of SIZES pages
#   (bench/GenSites.java), in one of two corpora (CORPUS):
#     programs (default)  the real site (content/, data/, templates/, assets/, jbake.properties) plus
#              SIZES clones of one real program page, college-of-dupage.md, each with its own copies of
#              the six figure records it cites and its own institution, title and state: the page type
#              that grows, with every validation rule, figure note, state page and filter it brings;
#     generic  the minimal test fixture with the real templates/, assets/ and jbake.properties and SIZES
#              generated school pages of about 600 words (paragraphs, four ## sections, a list, links),
#              exactly as src/test/java/org/hitpath/SchoolScaleTest.java builds its site; every page of
#              ONE type, the worst case for stock JBake.
#   It then times, as whole processes, RUNS runs each, and prints medians:
#     hitpath  ./hit-path bake SRC OUT --timings: the README's command (the launcher, with the class-data
#              archive written for the copy of the jar this script runs)
#     stock    (generic corpus only) stock JBake 2.7.0's CLI: java -cp "target/lib/*:orientdb:picocli:jetty"
#              org.jbake.launcher.Main -b SRC OUT on the same content/ and data/, with bench/stock/
#              (jbake.properties registering every type, one plain page template and one listing template,
#              every optional renderer off); its output .html files must equal the number of content files
#     hugo     Hugo (if `hugo` is on PATH) on the same bodies with YAML front matter and bench/hugo/ (the
#              programs corpus's figures written out as their display text)
#   Wall time and peak RSS come from GNU time (`/usr/bin/time -v`: "Elapsed (wall clock) time",
#   "Maximum resident set size"); CPU seconds (user+sys) are printed too, since they are less
#   sensitive to other load on the machine. Output: a table (pages, tool, median s, ms/page, ratio to
#   Hugo, peak MB, ...), our bake's steps in its median run, its marginal cost per page between sizes and
#   the ratio of the two largest sizes (10k/5k by default). The raw runs go to $WORK/results.tsv.
#
# real: REAL_RUNS (5) clean bakes of the repository itself as whole processes, launched as the README
#   says (./hit-path), as plain `java -jar`, and as the README said before the launcher (C1 + AppCDS,
#   G1). Medians of wall time, CPU and peak RSS.
#
# report FILE...: prints the table again from saved results.tsv files (e.g. to merge a rerun of one
#   size made when the machine was quiet); SIZES and TOOLS select the rows.
#
# profile: generates PROFILE_PAGES (5000) pages of CORPUS and bakes them once, through ./hit-path, with
#   Java Flight Recorder
#   (profile settings, deep stacks), then prints bench/JfrTop.java's summary: hottest methods by own
#   samples, by package, inclusive time of the bake's phases, GC pauses, classes loaded.
#
# Settings (environment variables):
#   CORPUS=programs          programs or generic (see sites above)
#   SIZES="1000 5000 10000"  page counts for `sites`
#   RUNS=3                   runs per tool and size (medians are reported)
#   TOOLS="hitpath hugo"     (generic corpus: "hitpath stock hugo")
#   STOCK_FULL_MAX=1000      stock JBake gets RUNS runs up to this size ...
#   STOCK_MAX=5000           ... one run up to this size, and is skipped above it (it is quadratic:
#                            ~30 s at 1,000 pages of 600 words on 2 vCPUs, ~9.5 min at 5,000;
#                            STOCK_MAX=10000 adds one 10,000-page run of roughly 40 min)
#   TIMEOUT=3600             seconds before any one run is killed (reported as a timeout)
#   REAL_RUNS=5  PROFILE_PAGES=5000
#   PROJECT_DIR=<repo>       the checkout whose target/hit-path.jar, templates/ and fixtures are used
#   REBUILD=1                rebuild the jar (./mvnw -o -q -DskipTests package) even if it exists
#   WORK=<dir>               where sites, outputs and results go (default: a new mktemp dir in /tmp)
#   KEEP=1                   keep WORK afterwards (default: deleted, except results.tsv is printed)
#
# Needs: JDK 17+ (java, jfr), GNU time at /usr/bin/time (`apt-get install -y time`), optionally hugo.
# The launcher, the jar and target/lib are copied into WORK first, so a rebuild during a long run cannot
# mix versions. Nothing is written inside the repository except by REBUILD / a missing jar (target/).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT_DIR=$(cd "${PROJECT_DIR:-$BENCH_DIR/..}" && pwd)
MODE=${1:-sites}
SIZES=${SIZES:-"1000 5000 10000"}
RUNS=${RUNS:-3}
if [ "${CORPUS:-programs}" = generic ]; then TOOLS=${TOOLS:-"hitpath stock hugo"}; else TOOLS=${TOOLS:-"hitpath hugo"}; fi
STOCK_FULL_MAX=${STOCK_FULL_MAX:-1000}
STOCK_MAX=${STOCK_MAX:-5000}
TIMEOUT=${TIMEOUT:-3600}
REAL_RUNS=${REAL_RUNS:-5}
CORPUS=${CORPUS:-programs}
PROFILE_PAGES=${PROFILE_PAGES:-5000}
KEEP=${KEEP:-0}
M2=${M2_REPO:-$HOME/.m2/repository}

die() { echo "bench: $*" >&2; exit 1; }
log() { echo "bench: $*" >&2; }

case "$MODE" in sites|real|profile|report) ;; -h|--help|help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
  *) die "unknown mode '$MODE' (sites, real, profile, report)" ;; esac

if [ "$MODE" = report ]; then   # needs no jar and no build: skip to the end
  shift; [ $# -ge 1 ] || die "usage: bench/run.sh report results.tsv..."
  REPORT_FILES=("$@")
fi

# ---------------------------------------------------------------- prerequisites
if [ "$MODE" != report ]; then
[ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1 \
  || die "GNU time is missing (/usr/bin/time -v measures wall time and peak memory). Install it: apt-get install -y time"
command -v java >/dev/null || die "java is not on PATH (JDK 17+ needed)"
command -v timeout >/dev/null || die "timeout (coreutils) is missing"

JAR="$PROJECT_DIR/target/hit-path.jar"
if [ ! -f "$JAR" ] || [ "${REBUILD:-0}" = 1 ]; then
  log "building $JAR (./mvnw -o -q -DskipTests package)"
  (cd "$PROJECT_DIR" && ./mvnw -o -q -DskipTests package) || die "the build failed"
fi
[ -f "$JAR" ] && [ -d "$PROJECT_DIR/target/lib" ] || die "no $JAR with target/lib/ after the build"
stale=$(cd "$PROJECT_DIR" && find src/main templates pom.xml -newer "$JAR" -type f 2>/dev/null | head -3 || true)
[ -z "$stale" ] || log "WARNING: newer than the jar (REBUILD=1 rebuilds): $(echo $stale)"

WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/hitpath-bench.XXXXXX")}
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
case "$WORK/" in "$PROJECT_DIR"/*) die "WORK ($WORK) must not be inside the repository" ;; esac
cleanup() { if [ "$KEEP" != 1 ]; then rm -rf "$WORK/app" "$WORK/sites" "$WORK/out" "$WORK/real-out"* "$WORK/cds" "$WORK/bake.jfr" "$WORK/classload.log"; fi; }
trap cleanup EXIT

# Snapshot of the app, laid out as a checkout is: the launcher ./hit-path next to target/hit-path.jar and
# target/lib (the jar's manifest Class-Path points at lib/ next to it). The class-data archive is written
# afresh for the copy (an archive only maps the jar it was made with, at that path), as ./mvnw package
# writes it: one bake of the real site with -XX:ArchiveClassesAtExit.
rm -rf "$WORK/app" && mkdir -p "$WORK/app/target"
cp "$JAR" "$WORK/app/target/hit-path.jar" && cp -r "$PROJECT_DIR/target/lib" "$WORK/app/target/lib"
cp "$PROJECT_DIR/hit-path" "$WORK/app/hit-path"
APP_JAR="$WORK/app/target/hit-path.jar"
LAUNCHER="$WORK/app/hit-path"
if [ "$MODE" != profile ]; then
  log "writing the class-data archive for the copy (one bake of the real site)"
  (cd "$PROJECT_DIR" && HIT_PATH_JAVA_OPTS="-XX:ArchiveClassesAtExit=$WORK/app/target/hit-path.jsa -Xlog:cds=error" \
    "$LAUNCHER" bake . "$WORK/archive-out" --quiet) || die "the archive bake failed"
  rm -rf "$WORK/archive-out"
fi
fi

# ---------------------------------------------------------------- helpers
machine() {
  echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu:     $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), nproc=$(nproc)"
  echo "memory:  $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
  echo "java:    $(java -version 2>&1 | sed -n 2p)"
  if command -v hugo >/dev/null; then echo "hugo:    $(hugo version | cut -d' ' -f2)"; fi
  echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min) at start"
}

# timed NAME OUTLOG -- CMD...: runs CMD under GNU time (and timeout); sets T_WALL T_RSS_KB T_CPU T_EXIT
timed() {
  local tfile="$WORK/time.$$" log=$2; shift 3
  set +e
  /usr/bin/time -v -o "$tfile" timeout "$TIMEOUT" "$@" >"$log" 2>&1
  T_EXIT=$?
  set -e
  T_WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$tfile")
  T_RSS_KB=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tfile")
  T_CPU=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u+s}' "$tfile")
  rm -f "$tfile"
}

html_count() { if [ -d "$1" ]; then find "$1" -name '*.html' -type f | wc -l; else echo 0; fi; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) {print "NA"} else if (NR%2) {print a[(NR+1)/2]} else {print (a[NR/2]+a[NR/2+1])/2}}'; }

STOCK_CP=""
stock_classpath() {
  # Stock JBake's CLI needs two optional dependencies our build does not ship: picocli (arguments) and
  # jetty-server (Main's constructor builds its preview server). Versions as jbake-core 2.7.0 declares.
  local pico="$M2/info/picocli/picocli/4.6.2/picocli-4.6.2.jar"
  local jetty="$M2/org/eclipse/jetty/jetty-server/9.4.44.v20210927/jetty-server-9.4.44.v20210927.jar"
  local jutil="$M2/org/eclipse/jetty/jetty-util/9.4.44.v20210927/jetty-util-9.4.44.v20210927.jar"
  if [ ! -f "$pico" ]; then (cd "$PROJECT_DIR" && ./mvnw -q dependency:get -Dartifact=info.picocli:picocli:4.6.2) || die "cannot fetch picocli 4.6.2"; fi
  if [ ! -f "$jetty" ] || [ ! -f "$jutil" ]; then
    (cd "$PROJECT_DIR" && ./mvnw -q dependency:get -Dartifact=org.eclipse.jetty:jetty-server:9.4.44.v20210927) || die "cannot fetch jetty-server 9.4.44"
  fi
  # Our build logs through java.util.logging; stock JBake logs through logback, as its distribution
  # does, and its CLI routes java.util.logging into SLF4J (jul-to-slf4j).
  local lbc="$M2/ch/qos/logback/logback-classic/1.5.18/logback-classic-1.5.18.jar"
  local lbcore="$M2/ch/qos/logback/logback-core/1.5.18/logback-core-1.5.18.jar"
  local jul="$M2/org/slf4j/jul-to-slf4j/2.0.17/jul-to-slf4j-2.0.17.jar"
  if [ ! -f "$lbc" ] || [ ! -f "$lbcore" ]; then
    (cd "$PROJECT_DIR" && ./mvnw -q dependency:get -Dartifact=ch.qos.logback:logback-classic:1.5.18) || die "cannot fetch logback-classic 1.5.18"
  fi
  if [ ! -f "$jul" ]; then
    (cd "$PROJECT_DIR" && ./mvnw -q dependency:get -Dartifact=org.slf4j:jul-to-slf4j:2.0.17) || die "cannot fetch jul-to-slf4j 2.0.17"
  fi
  # Stock JBake stores its content in OrientDB, which our bake does without: orientdb-core and the jars
  # only it brings are in the pom's test scope, not in target/lib. Taken from the test class path, so the
  # versions are the ones jbake-core declares (the groups are those the pom's enforcer bans at run time).
  local orient="$WORK/orientdb.classpath"
  (cd "$PROJECT_DIR" && ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$orient") \
    || die "cannot list the test class path (orientdb-core) with ./mvnw dependency:build-classpath"
  orient=$(tr ':' '\n' <"$orient" | grep -E '/(com/orientechnologies|com/github/jnr|org/ow2/asm|com/ibm/icu|com/googlecode/concurrentlinkedhashmap|org/lz4|com/carrotsearch/hppc|commons-lang/commons-lang|javax/activation/javax\.activation-api)/' | tr '\n' ':')
  [[ "$orient" == *orientdb-core-* ]] || die "orientdb-core is not on the test class path"
  local ours
  ours=$(find "$WORK/app/lib" -name '*.jar' ! -name 'slf4j-jdk14-*' | sort | tr '\n' ':')
  STOCK_CP="$ours$orient$pico:$jetty:$jutil:$lbc:$lbcore:$jul"
}

stock_runs() { # how many stock JBake runs a size gets
  if [ "$1" -le "$STOCK_FULL_MAX" ]; then echo "$RUNS"; elif [ "$1" -le "$STOCK_MAX" ]; then echo 1; else echo 0; fi
}

# ---------------------------------------------------------------- sites
mode_sites() {
  local results="$WORK/results.tsv"
  echo -e "pages\ttool\trun\tseconds\tcpu_s\tpeak_kb\texit\thtml\texpected_html\tload1\tphases" >"$results"
  local has_hugo=0; command -v hugo >/dev/null && has_hugo=1
  if [[ " $TOOLS " == *" stock "* ]]; then
    [ "$CORPUS" = generic ] || die "stock JBake runs on the generic corpus only (CORPUS=generic)"
    stock_classpath
  fi
  machine | tee "$WORK/machine.txt" >&2
  [ $has_hugo = 1 ] || [[ " $TOOLS " != *" hugo "* ]] || echo "hugo not installed (Hugo columns skipped)" >&2

  for n in $SIZES; do
    local site="$WORK/sites/$n"
    rm -rf "$site"
    log "generating $n pages"
    java "$BENCH_DIR/GenSites.java" "$PROJECT_DIR" "$BENCH_DIR" "$n" "$site" "$CORPUS" >&2
    local content_files; content_files=$(find "$site/hitpath/content" -name '*.md' | wc -l)
    # Hugo also writes a list page for each content folder without an index (credentials/, organisations/).
    local hugo_expected=$content_files d
    for d in $(find "$site/hitpath/content" -mindepth 1 -type d); do [ -f "$d/index.md" ] || hugo_expected=$((hugo_expected + 1)); done
    local max=$RUNS; [ "$(stock_runs "$n")" -gt "$max" ] && max=$(stock_runs "$n")
    for r in $(seq 1 "$max"); do      # tools interleaved run by run, so drifting load hits all alike
      for tool in $TOOLS; do
        local out="$WORK/out/$n-$tool" logf="$WORK/out/$n-$tool.$r.log" expected=""
        mkdir -p "$WORK/out"; rm -rf "$out"
        case $tool in
          hitpath)
            [ "$r" -le "$RUNS" ] || continue
            timed hitpath "$logf" -- env HIT_PATH_JAVA_OPTS="${HITPATH_JAVA_OPTS:-}" "$LAUNCHER" bake "$site/hitpath" "$out" --timings ;;
          stock)
            [ "$r" -le "$(stock_runs "$n")" ] || continue
            expected=$content_files
            timed stock "$logf" -- java -Dlogback.configurationFile="$site/stock/logback.xml" -cp "$STOCK_CP" \
              org.jbake.launcher.Main -b "$site/stock" "$out" ;;
          hugo)
            [ "$r" -le "$RUNS" ] && [ $has_hugo = 1 ] || continue
            expected=$hugo_expected
            timed hugo "$logf" -- hugo --quiet --noBuildLock -s "$site/hugo" -d "$out" ;;
          *) die "unknown tool $tool" ;;
        esac
        local html; html=$(html_count "$out")
        local load1; load1=$(cut -d' ' -f1 /proc/loadavg)
        local phases=""; [ "$tool" = hitpath ] && phases=$(grep -m1 '^timings: ' "$logf" | sed 's/^timings: //' || true)
        echo -e "$n\t$tool\t$r\t$T_WALL\t$T_CPU\t$T_RSS_KB\t$T_EXIT\t$html\t$expected\t$load1\t$phases" >>"$results"
        log "$(printf '%6d %-8s run %d: %8.2f s wall, %8.2f s cpu, %5d MB peak, exit %d, %d html%s' \
          "$n" "$tool" "$r" "$T_WALL" "$T_CPU" $((T_RSS_KB / 1024)) "$T_EXIT" "$html" "${expected:+ (expected $expected)}")"
        if [ "$T_EXIT" != 0 ]; then
          log "$tool failed at $n pages (exit $T_EXIT$([ "$T_EXIT" = 124 ] && echo ", timed out after ${TIMEOUT}s")); last lines of $logf:"
          tail -5 "$logf" | sed 's/^/    /' >&2
        elif [ "$tool" = stock ] && [ "$html" -ne "$expected" ]; then
          log "stock JBake rendered $html of $expected pages: see $logf"
        fi
        rm -rf "$out"
      done
    done
    [ "$KEEP" = 1 ] || rm -rf "$site"
  done
  report "$results"
  echo
  echo "raw runs: $results$([ "$KEEP" = 1 ] || echo ' (WORK is deleted at exit; KEEP=1 keeps it)')"
  cat "$results"
}

report() {
  local results=$1
  echo
  echo "Results: whole process; median and fastest wall seconds, ms/page and x Hugo from the median,"
  echo "CPU = median user+sys seconds (all threads), peak = median max RSS."
  printf '%7s  %-15s %4s %10s %8s %9s %9s %9s %8s %11s\n' pages tool runs "median s" "min s" "ms/page" "x Hugo" "cpu s" "peak MB" "html files"
  local -A med
  for n in $SIZES; do
    local hugo_med; hugo_med=$(awk -F'\t' -v n="$n" '$1==n && $2=="hugo" && $7==0 {print $4}' "$results" | median)
    for tool in $TOOLS; do
      local rows; rows=$(awk -F'\t' -v n="$n" -v t="$tool" '$1==n && $2==t' "$results")
      local label; case $tool in hitpath) label="hit-path bake";; stock) label="stock JBake CLI";; hugo) label="Hugo";; *) label=$tool;; esac
      if [ -z "$rows" ]; then
        case $tool in
          stock) printf '%7d  %-15s %4s %10s   (skipped: above STOCK_MAX=%s; quadratic)\n' "$n" "$label" 0 - "$STOCK_MAX" ;;
          hugo) printf '%7d  %-15s %4s %10s   (hugo not installed)\n' "$n" "$label" 0 - ;;
        esac
        continue
      fi
      local ok; ok=$(awk -F'\t' '$7==0' <<<"$rows")
      local runs; runs=$(grep -c . <<<"$rows")
      if [ -z "$ok" ]; then
        printf '%7d  %-15s %4s %10s   (failed: exit %s)\n' "$n" "$label" "$runs" - "$(cut -f7 <<<"$rows" | sort -u | tr '\n' ' ')"
        continue
      fi
      local m cpu rss html exp
      m=$(cut -f4 <<<"$ok" | median); cpu=$(cut -f5 <<<"$ok" | median); rss=$(cut -f6 <<<"$ok" | median)
      html=$(cut -f8 <<<"$ok" | sort -u | tr '\n' '/' | sed 's:/$::'); exp=$(cut -f9 <<<"$ok" | sort -u)
      med[$n,$tool]=$m
      local ratio="-"; [ "$hugo_med" != NA ] && ratio=$(awk -v a="$m" -v b="$hugo_med" 'BEGIN {printf "%.1f", a/b}')
      printf '%7d  %-15s %4d %10.2f %8.2f %9.2f %9s %9.2f %8.0f %11s\n' "$n" "$label" "$runs" "$m" "$(cut -f4 <<<"$ok" | sort -g | head -1)" \
        "$(awk -v a="$m" -v n="$n" 'BEGIN {print a*1000/n}')" "$ratio" "$cpu" "$(awk -v k="$rss" 'BEGIN {print k/1024}')" \
        "$html${exp:+ of $exp}"
    done
  done
  echo
  echo "Our bake's steps in its median run (bake --timings, wall ms):"
  for n in $SIZES; do
    awk -F'\t' -v n="$n" '$1==n && $2=="hitpath" && $7==0 && $11!="" {print $4 "\t" $11}' "$results" | sort -g \
      | awk -F'\t' -v n="$n" '{a[NR]=$2} END {if (NR) printf "  %6d: %s\n", n, a[int((NR+1)/2)]}'
  done
  echo
  echo "Our bake (hit-path), marginal cost per page between sizes:"
  local prev=""
  for n in $SIZES; do
    if [ -n "$prev" ] && [ -n "${med[$prev,hitpath]:-}" ] && [ -n "${med[$n,hitpath]:-}" ]; then
      awk -v a="${med[$prev,hitpath]}" -v b="${med[$n,hitpath]}" -v p="$prev" -v n="$n" \
        'BEGIN {printf "  %6d -> %6d pages: %.2f ms per extra page (%.2f s -> %.2f s)\n", p, n, (b-a)*1000/(n-p), a, b}'
    fi
    prev=$n
  done
  local sizes=($SIZES) k=${#sizes[@]}
  if [ "$k" -ge 2 ]; then
    local a=${sizes[$((k-2))]} b=${sizes[$((k-1))]}
    if [ -n "${med[$a,hitpath]:-}" ] && [ -n "${med[$b,hitpath]:-}" ]; then
      awk -v x="${med[$a,hitpath]}" -v y="${med[$b,hitpath]}" -v a="$a" -v b="$b" \
        'BEGIN {printf "  time ratio %d/%d pages: %.2f (linear would be %.2f, quadratic %.2f)\n", b, a, y/x, b/a, (b/a)^2}'
    fi
  fi
}

# ---------------------------------------------------------------- real
mode_real() {
  machine >&2
  # The launcher's archive (written for the copy above) serves every variant: an archive maps the same
  # jar whatever the flags. "java -jar" is what a user gets without the launcher.
  local cds="$WORK/app/target/hit-path.jsa"
  [ -f "$cds" ] || die "no class-data archive at $cds"
  local variants=("./hit-path (README)|LAUNCHER" "java -jar|" "C1 + AppCDS, G1|-XX:SharedArchiveFile=$cds -XX:TieredStopAtLevel=1")
  local results="$WORK/real.tsv" variant flags pages=""
  echo -e "variant\trun\tseconds\tcpu_s\tpeak_kb\tload1" >"$results"
  for r in $(seq 1 "$REAL_RUNS"); do          # variants interleaved, so drifting load hits all alike
    for variant in "${variants[@]}"; do
      flags=${variant#*|}
      rm -rf "$WORK/real-out"
      if [[ "$flags" == LAUNCHER* ]]; then
        timed real "$WORK/real.log" -- bash -c "cd '$PROJECT_DIR' && HIT_PATH_JAVA_OPTS='${flags#LAUNCHER}' exec '$LAUNCHER' bake . '$WORK/real-out'"
      else
        timed real "$WORK/real.log" -- bash -c "cd '$PROJECT_DIR' && exec java $flags -jar '$APP_JAR' bake . '$WORK/real-out'"
      fi
      [ "$T_EXIT" = 0 ] || { tail -5 "$WORK/real.log" >&2; die "the real-site bake failed (${variant%%|*})"; }
      grep -q 'sharing' "$WORK/real.log" && log "JVM said: $(grep -m1 sharing "$WORK/real.log")"
      pages=$(grep -o 'baked [0-9]* pages' "$WORK/real.log" || true)
      echo -e "${variant%%|*}\t$r\t$T_WALL\t$T_CPU\t$T_RSS_KB\t$(cut -d' ' -f1 /proc/loadavg)" >>"$results"
      log "$(printf 'real %-18s run %d: %6.2f s wall, %6.2f s cpu, %4d MB' "${variant%%|*}" "$r" "$T_WALL" "$T_CPU" $((T_RSS_KB / 1024)))"
    done
  done
  echo
  echo "Real site ($PROJECT_DIR, $pages), clean bake as a whole process, no Maven, $REAL_RUNS runs each:"
  printf '  %-20s %9s %9s %9s %9s %9s\n' "JVM flags" "median s" "min s" "vs default" "cpu s" "peak MB"
  local base=""
  for variant in "${variants[@]}"; do
    local v=${variant%%|*} rows m
    rows=$(awk -F'\t' -v v="$v" '$1==v' "$results")
    m=$(cut -f3 <<<"$rows" | median); [ -n "$base" ] || base=$m
    printf '  %-20s %9.2f %9.2f %9s %9.2f %9.0f\n' "$v" "$m" "$(cut -f3 <<<"$rows" | sort -g | head -1)" \
      "$(awk -v a="$m" -v b="$base" 'BEGIN {printf "%.2fx", a/b}')" "$(cut -f4 <<<"$rows" | median)" \
      "$(awk -v k="$(cut -f5 <<<"$rows" | median)" 'BEGIN {print k/1024}')"
  done
  echo "  (class-data archive: $(du -h "$cds" | cut -f1), written by one bake with -XX:ArchiveClassesAtExit; raw runs: $results)"
  echo "  classes loaded by one bake: $(cd "$PROJECT_DIR" && java -Xlog:class+load=info -jar "$APP_JAR" bake . "$WORK/real-out-cl" | grep -c 'class,load')"
}

# ---------------------------------------------------------------- profile
mode_profile() {
  machine >&2
  local site="$WORK/sites/$PROFILE_PAGES" jfr="$WORK/bake.jfr"
  rm -rf "$site"
  java "$BENCH_DIR/GenSites.java" "$PROJECT_DIR" "$BENCH_DIR" "$PROFILE_PAGES" "$site" "$CORPUS" >&2
  log "baking $PROFILE_PAGES pages under JFR"
  timed profile "$WORK/profile.log" -- env HIT_PATH_JAVA_OPTS="-XX:+FlightRecorder -XX:FlightRecorderOptions:stackdepth=512 \
    -XX:StartFlightRecording=settings=profile,filename=$jfr,dumponexit=true -XX:+UnlockDiagnosticVMOptions -XX:+CITime \
    -Xlog:class+load=info:file=$WORK/classload.log" "$LAUNCHER" bake "$site/hitpath" "$WORK/out/profile"
  [ "$T_EXIT" = 0 ] || { tail -5 "$WORK/profile.log" >&2; die "the profiled bake failed"; }
  echo "profiled bake of $PROFILE_PAGES pages: $T_WALL s wall, $T_CPU s cpu, $((T_RSS_KB / 1024)) MB peak (JFR adds a little)"
  grep 'baked' "$WORK/profile.log" || true
  echo "classes loaded: $(grep -c . "$WORK/classload.log")"
  echo "JIT compilation (-XX:+CITime; compiler threads, not seen by the samples below):"
  grep -E 'Accumulated compiler times|Total compilation time|C1 {speed|C2 {speed' "$WORK/profile.log" | sed 's/^ */  /' || true
  java "$BENCH_DIR/JfrTop.java" "$jfr"
  if [ "$KEEP" = 1 ]; then echo "recording: $jfr  (jfr print --events jdk.ExecutionSample $jfr)"; fi
  rm -rf "$WORK/out/profile"
}

if [ "$MODE" = report ]; then
  merged=$(mktemp)
  head -1 "${REPORT_FILES[0]}" >"$merged"
  for f in "${REPORT_FILES[@]}"; do tail -n +2 "$f" >>"$merged"; done
  report "$merged"
  rm -f "$merged"
else
  "mode_$MODE"
fi
