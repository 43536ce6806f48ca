#!/usr/bin/env bash
# The pgRouting half of the side-by-side routing benchmark: loads an OSM extract into a scratch
# PostgreSQL database with osm2pgrouting (the same highway classes as routecheck's road profile),
# draws random vertex pairs in the largest connected component (fixed seed), routes each with
# pgr_dijkstra as its own client-timed query, and prints load time, graph size and median query time.
# Usage: bench/pgrouting.sh OSM_FILE PAIRS_OUT [N_PAIRS]   (OSM XML, .osm or .osm.gz; default 200 pairs)
# Writes PAIRS_OUT ("lat1 lon1 lat2 lon2 source_id target_id" a line) and PAIRS_OUT.lengths (metres a
# line, -1 where no path). Installs what it lacks from Debian; needs the local PostgreSQL 15 cluster.
set -euo pipefail
die() { echo "bench/pgrouting.sh: $*" >&2; exit 1; }
[ $# -ge 2 ] && [ $# -le 3 ] || die "usage: bench/pgrouting.sh OSM_FILE PAIRS_OUT [N_PAIRS]"
osm=$1 pairs=$2 n=${3:-200}
[ -r "$osm" ] || die "cannot read $osm"
[[ $n =~ ^[1-9][0-9]*$ ]] || die "N_PAIRS must be a positive integer, not '$n'"
: >"$pairs" 2>/dev/null || die "cannot write $pairs"

# Debian packages, installed only when missing; apt's output is shown only if it fails.
sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
missing=()
for p in postgresql-15 postgresql-15-postgis-3 postgresql-15-pgrouting osm2pgrouting osmium-tool; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench/pgrouting.sh: installing ${missing[*]}" >&2
  log=$(mktemp "${TMPDIR:-/tmp}/rc-pgrouting-setup.XXXXXX")
  { "${sudo[@]}" apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; } \
    >"$log" 2>&1 || { tail -n 20 "$log" >&2; die "apt-get failed (whole log: $log)"; }
  rm -f "$log"
fi

# Everything database-side runs as the postgres superuser over the local socket (peer authentication).
if [ "$(id -u)" -eq 0 ]; then as_pg() { runuser -u postgres -- "$@"; }; else as_pg() { sudo -u postgres "$@"; }; fi
pg_lsclusters -h 15 main 2>/dev/null | grep -q online ||
  "${sudo[@]}" pg_ctlcluster 15 main start || die "cannot start PostgreSQL cluster 15/main"
db=rc_bench_$$
work=$(mktemp -d)
cleanup() { as_pg dropdb --if-exists "$db" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
chmod 755 "$work"  # osm2pgrouting runs as postgres and must read the extract and the mapconfig
sql() { as_pg psql -X -q -v ON_ERROR_STOP=1 -At -F' ' -d "$db" "$@"; }
as_pg createdb "$db" || die "cannot create database $db"
sql -c 'CREATE EXTENSION postgis; CREATE EXTENSION pgrouting;' || die "cannot create extensions in $db"

# osm2pgrouting reads the file in one pass and needs nodes before ways, sorted by id: sort first.
nice gzip -dcf "$osm" >"$work/in.osm" || die "cannot decompress $osm"
nice osmium sort -o "$work/sorted.osm" "$work/in.osm" || die "osmium sort failed on $osm"
chmod 644 "$work/sorted.osm"

# Our own mapconfig: exactly the highway classes routecheck's road profile takes.
{
  echo '<?xml version="1.0" encoding="UTF-8"?>'
  echo '<configuration>'
  echo '  <tag_name name="highway" id="1">'
  id=100
  for c in motorway trunk primary secondary tertiary unclassified residential living_street service road \
           motorway_link trunk_link primary_link secondary_link tertiary_link; do
    id=$((id + 1))
    echo "    <tag_value name=\"$c\" id=\"$id\" />"
  done
  echo '  </tag_name>'
  echo '</configuration>'
} >"$work/mapconfig.xml"
chmod 644 "$work/mapconfig.xml"

# The load, timed alone (wall seconds).
t0=$(date +%s.%N)
as_pg osm2pgrouting -f "$work/sorted.osm" -c "$work/mapconfig.xml" -d "$db" -h /var/run/postgresql -U postgres \
  >"$work/load.log" 2>&1 || { tail -n 20 "$work/load.log" >&2; die "osm2pgrouting failed"; }
t1=$(date +%s.%N)
load_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
vertices=$(sql -c 'SELECT count(*) FROM ways_vertices_pgr')
edges=$(sql -c 'SELECT count(*) FROM ways')

# Pairs: distinct vertices of the largest component of the undirected graph, drawn with a fixed seed
# (j is drawn among the n-1 other vertices, so every ordered pair of distinct vertices is equally likely).
sql >"$pairs" <<SQL || die "picking pairs failed"
CREATE TEMP TABLE comp AS
  SELECT component, node FROM pgr_connectedComponents('SELECT gid AS id, source, target, length_m AS cost FROM ways');
CREATE TEMP TABLE big AS
  SELECT row_number() OVER (ORDER BY node) AS k, node FROM comp
  WHERE component = (SELECT component FROM comp GROUP BY component ORDER BY count(*) DESC, component LIMIT 1);
SELECT setseed(0.42) \g /dev/null
CREATE TEMP TABLE draw AS
  SELECT g, 1 + floor(random() * m)::bigint AS i, 1 + floor(random() * (m - 1))::bigint AS j
  FROM generate_series(1, $n) g, (SELECT count(*) AS m FROM big) s ORDER BY g;
SELECT round(a.lat, 7), round(a.lon, 7), round(b.lat, 7), round(b.lon, 7), a.id, b.id
FROM draw d
JOIN big x ON x.k = d.i JOIN big y ON y.k = CASE WHEN d.j >= d.i THEN d.j + 1 ELSE d.j END
JOIN ways_vertices_pgr a ON a.id = x.node JOIN ways_vertices_pgr b ON b.id = y.node
ORDER BY d.g;
SQL
[ "$(wc -l <"$pairs")" -eq "$n" ] || die "largest component too small for $n pairs"

# One psql session, one SELECT per pair, client-side \timing; the edge costs are lengths in metres,
# negative against a one-way direction (osm2pgrouting's sign convention on cost/reverse_cost).
edges_sql="SELECT gid AS id, source, target, sign(cost) * length_m AS cost, sign(reverse_cost) * length_m AS reverse_cost FROM ways"
{
  echo '\timing on'
  awk -v e="$edges_sql" '{ printf "SELECT coalesce((SELECT agg_cost FROM pgr_dijkstra($$%s$$, %s, %s, directed => true) ORDER BY seq DESC LIMIT 1), -1);\n", e, $5, $6 }' "$pairs"
} >"$work/queries.sql"
sql <"$work/queries.sql" >"$work/queries.out" || die "routing queries failed"
grep -v '^Time: ' "$work/queries.out" | awk '{ print ($1 == -1 ? "-1" : sprintf("%.3f", $1)) }' >"$pairs.lengths"
grep '^Time: ' "$work/queries.out" | awk '{ print $2 }' | sort -g >"$work/times"
[ "$(wc -l <"$pairs.lengths")" -eq "$n" ] && [ "$(wc -l <"$work/times")" -eq "$n" ] ||
  die "expected $n lengths and $n timings from psql (its output begins: $(head -n 1 "$work/queries.out"))"
median=$(awk '{ t[NR] = $1 } END { printf "%.3f", NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }' "$work/times")

echo "pg_load_s $load_s"
echo "pg_vertices $vertices"
echo "pg_edges $edges"
echo "pg_query_median_ms $median"
