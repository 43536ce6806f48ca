# Routes on networks (issue 13): the built-in sea lanes, and rail and road graphs read from OpenStreetMap.
# Network caches go to a folder of the build, never beside ../shared's files.
set(NETWORK_ENV "XDG_DATA_HOME=${CLI_HOME};XDG_CACHE_HOME=${CMAKE_BINARY_DIR}/cli-cache;ROUTECHECK_GAZETTEER=;LC_ALL=C.UTF-8")
set(SHARED_OSM "${CMAKE_SOURCE_DIR}/../shared/osm")
function(network_test name)
  add_test(NAME cli.${name} COMMAND "${EXPECT}" ${ARGN})
  set_tests_properties(cli.${name} PROPERTIES ENVIRONMENT "${NETWORK_ENV}" LABELS cli)
endfunction()
# Tests that read ../shared/osm: skipped with a message where it is absent.
function(shared_osm_test name)
  add_test(NAME cli.${name} COMMAND "${CMAKE_CURRENT_LIST_DIR}/with_shared" "${SHARED_OSM}" ${ARGN})
  set_tests_properties(cli.${name} PROPERTIES ENVIRONMENT "${NETWORK_ENV}" LABELS cli SKIP_RETURN_CODE 77)
endfunction()

# A ship from Singapore to Rotterdam was drawn across Afghanistan: on the lanes it goes by Malacca, Suez
# and Gibraltar, near the published ~15,500 km (snap legs included, every length by GeographicLib).
network_test(route_sea_suez
  --stdout "\"network\":\\{\"kind\":\"sea\""
  --stdout "\"network_km\":15[0-9][0-9][0-9]\\."
  --stdout "\"passages\":{LB}\"Strait of Malacca\",\"Bab-el-Mandeb\",\"Suez Canal\",\"Strait of Gibraltar\""
  -- ${RC} route Singapore Rotterdam --mode sea --json)
# MARNET's lanes end at +180 and at -180 without meeting: Shanghai-Los Angeles went 30,804 km by Suez
# and Panama. Joined, it crosses the Pacific (~11,100 km), through no canal.
network_test(route_sea_antimeridian
  --stdout "\"network_km\":1[01][0-9][0-9][0-9]\\."
  --not-stdout "Panama|Suez"
  -- ${RC} route Shanghai "Los Angeles" --mode sea --json)
# Ports whose nearest lane is a stub cut off from the network (Algeciras, Colombo) got no route: they
# join the lanes where the other end can be reached too.
network_test(route_sea_stub_ports
  --stdout "\"network_km\":1[0-9][0-9][0-9][0-9]\\."
  --stdout "\"problem\":null"
  -- ${RC} route Algeciras Colombo --mode sea --json)
# --avoid: the alternative a story compares ("round the Cape"): longer, and not through Suez.
network_test(route_sea_avoid_suez
  --stdout "on the sea lanes \\(MARNET, Eurostat\\): 2[0-9],[0-9][0-9][0-9] km, avoiding Suez Canal"
  --not-stdout "through.*Suez"
  -- ${RC} route Singapore Rotterdam --mode sea --avoid suez)
# A route measured on the lanes has one length: the text printed it as a range of two equal ends
# ("a route of about 15,588–15,588 km").
network_test(route_sea_one_length
  --stdout "by sea: a route of about 1[0-9],[0-9][0-9][0-9] km, "
  -- ${RC} route Singapore Rotterdam --mode sea)
network_test(route_sea_avoid_unknown --exit 2 --stderr-lines 1
  --stderr "^routecheck: --avoid 'atlantis': not a strait or canal of this network \\(known: suez, panama"
  -- ${RC} route Singapore Rotterdam --mode sea --avoid atlantis)
network_test(route_avoid_needs_sea --exit 2 --stderr-lines 1
  --stderr "^routecheck: --avoid: only sea routes pass straits and canals"
  -- ${RC} route Singapore Rotterdam --avoid suez)
# --no-network keeps the straight-line estimate of before.
network_test(route_sea_no_network
  --stdout "\"network\":null"
  -- ${RC} route Singapore Rotterdam --mode sea --no-network --json)
# The check holds a claimed sea distance against the lanes with a tight band: a true figure agrees, a
# figure a quarter short does not.
network_test(check_sea_network_agrees
  --stdout "consistent +distance vs network: 8,400 nmi \\(15,557 km\\) is 1\\.00x the shortest path on the sea lanes"
  -- ${RC} check --from Singapore --to Rotterdam --mode sea --distance "8,400 nautical miles")
network_test(check_sea_network_short --exit 1
  --stdout "\"distance_vs_network\":\\{\"name\":\"distance vs network\",\"verdict\":\"suspicious\""
  -- ${RC} check --from Singapore --to Rotterdam --mode sea --distance "6,300 nautical miles" --json)
# A strait's ferry is shorter than the lanes' mesh: the network judges nothing (its path is all snapping).
network_test(check_sea_network_too_coarse
  --stdout "\"distance_vs_network\":\\{\"name\":\"distance vs network\",\"verdict\":\"unverifiable\""
  -- ${RC} check --from Dover --to Calais --mode sea --distance "26 miles" --json)
network_test(network_build_missing --exit 2 --stderr-lines 1
  --stderr "^routecheck: network '/nonexistent/x.osm': not readable as OpenStreetMap"
  -- ${RC} network build /nonexistent/x.osm --profile rail --out ${CMAKE_BINARY_DIR}/cli-cache/x.gpkg)
network_test(network_build_unknown_profile --exit 2 --stderr-lines 1
  --stderr "^routecheck: network profile 'canal' is not known \\(known: rail, road, sea\\)"
  -- ${RC} network build x.osm --profile canal --out x.gpkg)
network_test(route_network_needs_mode --exit 2 --stderr-lines 1
  --stderr "^routecheck: --network 'x.osm': give --mode rail, road or sea"
  -- ${RC} route Krems Vienna --network x.osm)

# Real OpenStreetMap (../shared/osm). Moscow's nodes are not sorted by id; a one-pass reader links its
# ways to the wrong nodes (osm2pgrouting: 322 vertices and 1,271 self-loops): every way node is found.
shared_osm_test(network_moscow_unsorted
  --stdout "1579 nodes, 1771 edges, 0 stations. 9 connected components"
  --stdout "446 ways read, 2 skipped, 0 segments to nodes missing"
  -- ${RC} network build "${SHARED_OSM}/moscow.osm.gz" --profile road --out "${CMAKE_BINARY_DIR}/cli-cache/moscow-road.gpkg")
# Stations of the network are places a route can name; the track between Krems and Furth-Palt.
shared_osm_test(route_rail_osm_stations
  --stdout "on the rail network .*: 3\\.1 km"
  --stdout "joined 0\\.00 km from Krems a\\.d\\. Donau \\(at Krems a\\.d\\. Donau\\)"
  -- ${RC} route "Krems a.d. Donau station" Furth-Palt --mode rail --network "${SHARED_OSM}/krems.osm.gz")
# Coordinates join the track at its nearest point, not at a station (issue 28: two points 100 m apart on
# one line were routed 4.2 km through a station 2.1 km away): 0.10 km, and no snap legs.
shared_osm_test(route_rail_osm_points_on_track
  --stdout "on the rail network .*: 0\\.10 km"
  --stdout "joined 48\\.40601,15\\.64816 on the line and 48\\.40556,15\\.64933 on the line"
  -- ${RC} route --network "${SHARED_OSM}/krems.osm.gz" --mode rail 48.4060133,15.6481571 48.4055604,15.6493265)
# Metre gauge in Campo Grande: gauges are kept on the edges of the network file.
shared_osm_test(network_campo_grande_gauge
  --stdout "gauges 1000\n"
  -- /bin/sh -c "$0 network build \"$1\" --profile rail --out \"$2\" >/dev/null && /usr/bin/python3 -c \"import sqlite3,sys\nprint('gauges', ','.join(sorted(r[0] for r in sqlite3.connect(sys.argv[1]).execute('select distinct gauges_mm from edges') if r[0])))\" \"$2\""
     ${RC} "${SHARED_OSM}/campo-grande.osm.gz" "${CMAKE_BINARY_DIR}/cli-cache/campo-grande-rail.gpkg")

# A network of our own (tests/fixtures/networks/gauge-break.osm, copied to the build so its cache file
# is written there): stations are places, the gauge break at the border station is named, a disused
# branch and a metro station are left out.
set(GAUGE_NET "${CMAKE_BINARY_DIR}/cli-cache/gauge-break.osm")
network_test(route_rail_gauge_break
  --stdout "on the rail network .*: 39\\.9 km"
  --stdout "gauge changes 1435→1520 mm at Borderville: a stop to change bogies or trains is expected"
  --stdout "of it 19\\.[0-9] km on electrified track"
  --stderr "3 stations. 1 connected components"
  --stderr "3 ways read, 1 skipped"
  -- /bin/sh -c "mkdir -p \"$(dirname \"$1\")\" && cp \"$2\" \"$1\" && rm -f \"$1\".rail-* && exec \"$0\" route \"Westgate station\" Eastgate --mode rail --network \"$1\""
     ${RC} "${GAUGE_NET}" "${CMAKE_SOURCE_DIR}/tests/fixtures/networks/gauge-break.osm")
# The check names the gauge change among its notes, and holds the distance to the track's length.
network_test(check_rail_gauge_break --exit 1
  --stdout "suspicious +distance vs network: 50 km is 1\\.25x the shortest path on the rail network \\(39\\.9 km\\)"
  --stdout "note: gauge changes 1435→1520 mm at Borderville"
  -- /bin/sh -c "mkdir -p \"$(dirname \"$1\")\" && cp \"$2\" \"$1\" && exec \"$0\" check --from \"Westgate station\" --to Eastgate --distance \"50 km\" --mode rail --network \"$1\""
     ${RC} "${GAUGE_NET}.check.osm" "${CMAKE_SOURCE_DIR}/tests/fixtures/networks/gauge-break.osm")
# On roads, a duration under 80 % of the time at the speed limits needs speeding the whole way.
shared_osm_test(check_road_speed_limits --exit 1
  --stdout "suspicious +duration vs network: 1 min \\(0\\.02 h\\) is under 80 % of the 0\\.07 h the path on the road network takes at its speed limits"
  -- ${RC} check --from 48.4078807,15.6626403 --to 48.4126397,15.6239881 --mode road --duration "1 minute"
     --network "${SHARED_OSM}/krems.osm.gz")

# A story's trip by ship runs on the sea lanes too (the article reader takes them, read on first use).
# Its claim as printed shows the bound it was checked against (it printed "at least 0.00 km").
network_test(article_ship_on_lanes --stdin "${CMAKE_SOURCE_DIR}/tests/article/snippets/ship-on-lanes.txt"
  --stdout "Santos \\(BR\\) → Shanghai \\(CN\\) by (sea|ferry|cargo ship|high-speed craft|yacht or small boat): PLAUSIBLE"
  --stdout "on the sea lanes \\(MARNET, Eurostat\\): 20,[0-9][0-9][0-9] km"
  --stdout "shortest route at least 18,537 km, edge to edge"
  --stdout "consistent +distance vs network: about 11,000 nmi \\(20,372 km\\) is 0\\.9[0-9]x"
  -- ${RC} article -)
# Algeciras-Tangier: MARNET has no lane across the strait between them, so its path (some 650 km) was
# held against a 50 km ferry crossing and called it suspicious; a path more roundabout than the mode's
# routes says nothing.
network_test(check_sea_network_detour
  --stdout "unverifiable +distance vs network: 50 km was not held against the sea lanes: its shortest path .* the network lacks the direct line"
  -- ${RC} check --from Algeciras --to Tangier --mode sea --distance "50 km")
# A short crossing over open sea the lanes lack: Beirut-Larnaca (1.58x the line on MARNET), Harwich-Hook of
# Holland (round by the Strait of Dover, 1.98x) and Limassol-Haifa were SUSPICIOUS, "shorter than any way
# the network allows"; the straight line crosses no land, so the lanes' path bounds nothing. A line over
# mostly over land (Marseille-Genoa along the coast) is still held against them.
network_test(check_sea_open_line_beirut_larnaca --stdout "Beirut \\(LB\\) → Larnaca \\(CY\\) by ferry: PLAUSIBLE"
  --stdout "unverifiable +distance vs network: about 240 km was not held against the sea lanes .*lies over open sea"
  -- ${RC} check --from Beirut --to Larnaca --mode ferry --distance "about 240 km" --duration "8 hours")
network_test(check_sea_open_line_harwich_hook --stdout "by ferry: PLAUSIBLE" --stdout "lies over open sea"
  -- ${RC} check --from Harwich --to "Hook of Holland" --mode ferry --distance "about 200 km")
network_test(check_sea_open_line_limassol_haifa --stdout "by ferry: PLAUSIBLE" --stdout "lies over open sea"
  -- ${RC} check --from Limassol --to Haifa --mode ferry --distance "about 290 km")
network_test(check_sea_line_over_land_still_held --exit 1 --stdout "suspicious +distance vs network" --not-stdout "open sea"
  -- ${RC} check --from Marseille --to Genoa --mode ferry --distance "300 km")
# Islands a ship passes between, and an island's own land at an end, leave a crossing open sea:
# Piraeus-Rhodes (16.5 % of the line over the Cyclades' edge and Attica) was SUSPICIOUS against the lanes'
# path round them, and Barcelona-Palma (3 %, Mallorca's hills) too.
network_test(check_sea_open_line_past_islands_rhodes --stdout "Piraeus \\(GR\\) → Rhodes \\(GR\\) by ferry: PLAUSIBLE" --stdout "lies over open sea"
  -- ${RC} check --from Piraeus --to Rhodes --mode ferry --distance "about 430 km")
network_test(check_sea_open_line_past_islands_palma --stdout "Barcelona \\(ES\\) → Palma \\(ES\\) by ferry: PLAUSIBLE" --stdout "lies over open sea"
  -- ${RC} check --from Barcelona --to Palma --mode ferry --distance "about 220 km")
# A country at an end: the lanes join it at its label point, which no voyage starts from.
network_test(check_sea_network_area
  --stdout "unverifiable +distance vs network: 1,000 km was not held against the sea lanes: a place of the route is a country or region"
  -- ${RC} check --from Rotterdam --to Norway --mode sea --distance "1000 km")
# A capital of hardly anyone (Plymouth, Montserrat, abandoned) ranked above Plymouth, England (260,000):
# a transatlantic voyage from Plymouth started in the Caribbean.
network_test(geocode_small_capital
  --stdout "^query +# +name +admin1 +cc.*\nPlymouth +1 +Plymouth +England +GB"
  -- ${RC} geocode Plymouth --limit 2)
# A spreadsheet's rows by ship run on the sea lanes like a single check (--no-network: straight lines).
network_test(check_batch_sea_lanes --exit 1 --stdin "${CMAKE_SOURCE_DIR}/tests/fixtures/batch/sea-voyages.csv"
  --stdout "\n1,Singapore,SG,.*,sea,suspicious,.*is 0\\.75x the shortest path on the sea lanes"
  --stdout "\n2,Singapore,SG,.*,sea,plausible,.*consistent: 8,400 nmi \\(15,557 km\\) is 1\\.00x the shortest path on the sea lanes"
  -- ${RC} check --batch -)
network_test(check_batch_no_network --stdin "${CMAKE_SOURCE_DIR}/tests/fixtures/batch/sea-voyages.csv"
  --not-stdout "sea lanes"
  -- ${RC} check --batch - --no-network)

# Issue 27: a table's row gets the answer `check` gives the same claim. `check --batch` refused --network
# ("--network and --avoid take one claim, not --batch"), so a newsroom's rail claims were checked on the
# straight line only; now each row runs on the network its mode runs on, stations included.
network_test(check_batch_on_network --exit 1
  --stdout "\n1,Westgate,KP,[^\n]*,rail,suspicious,[^\n]*suspicious: 50 km is 1\\.25x the shortest path on the rail network \\(39\\.9 km\\)"
  -- /bin/sh -c "mkdir -p \"$(dirname \"$1\")\" && cp \"$2\" \"$1\" && exec \"$0\" check --batch \"$3\" --network \"$1\""
     ${RC} "${GAUGE_NET}.batch.osm" "${CMAKE_SOURCE_DIR}/tests/fixtures/networks/gauge-break.osm"
     "${FIX}/network-claims.csv")
