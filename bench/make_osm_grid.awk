# Writes a synthetic national-size road network as OpenStreetMap XML: an n x n grid of nodes about 1 km
# apart (jittered), joined by one way per row and per column (2 n (n - 1) edges: n = 708 gives 1,000,000+),
# classes mixed so the road profile's speeds differ. Usage: awk -v n=708 -f bench/make_osm_grid.awk > grid.osm
BEGIN {
  srand(7)
  if (!n) n = 708
  print "<?xml version='1.0' encoding='UTF-8'?>"
  print "<osm version='0.6' generator='routecheck bench'>"
  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      printf "<node id='%d' version='1' lat='%.7f' lon='%.7f'/>\n", i * n + j + 1, 45 + i * 0.009 + (rand() - 0.5) * 0.003, 5 + j * 0.0127 + (rand() - 0.5) * 0.004
  way = 1
  for (i = 0; i < n; i++) {
    printf "<way id='%d' version='1'>", way++
    for (j = 0; j < n; j++) printf "<nd ref='%d'/>", i * n + j + 1
    printf "<tag k='highway' v='%s'/></way>\n", (i % 10 == 0 ? "primary" : "residential")
  }
  for (j = 0; j < n; j++) {
    printf "<way id='%d' version='1'>", way++
    for (i = 0; i < n; i++) printf "<nd ref='%d'/>", i * n + j + 1
    printf "<tag k='highway' v='%s'/>%s</way>\n", (j % 10 == 0 ? "trunk" : "tertiary"), (j % 7 == 3 ? "<tag k='oneway' v='yes'/>" : "")
  }
  print "</osm>"
}
