# Writes n synthetic GeoNames dump rows (19 tab-separated columns, as allCountries.txt) with names, two
# alternate names each, and coordinates spread over the globe; for timing `gazetteer import` at scale.
# Usage: awk -v n=12000000 -f bench/make_geonames.awk > big.txt
BEGIN {
  srand(12);
  for (i = 0; i < n; i++) {
    name = sprintf("Synthplace %d", i);
    printf "%d\t%s\t%s\t%s,%s\t%.5f\t%.5f\tP\tPPL\tXX\t\t01\t\t\t\t%d\t\t0\tEtc/UTC\t2024-01-01\n",
           100000000 + i, name, name, "Alt" i, "Other" i, rand() * 170 - 85, rand() * 360 - 180, int(rand() * 5000)
  }
}
