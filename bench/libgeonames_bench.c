/* The tool a user might pick otherwise: Debian's libgeonames (24k cities compiled in). Times N
 * in-process queries of one name and prints "ms_per_query lat lon" of its best match.
 *   libgeonames_bench N NAME */
#include <geonames.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(int argc, char** argv) {
  if (argc != 3) return 2;
  int n = atoi(argv[1]);
  struct timespec a, b;
  guint len = 0;
  gint* hits = NULL;
  clock_gettime(CLOCK_MONOTONIC, &a);
  for (int i = 0; i < n; ++i) {
    g_free(hits);
    hits = geonames_query_cities_sync(argv[2], GEONAMES_QUERY_DEFAULT, &len, NULL, NULL);
  }
  clock_gettime(CLOCK_MONOTONIC, &b);
  double ms = ((b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6) / n;
  if (len > 0) {
    GeonamesCity* city = geonames_get_city(hits[0]);
    printf("%.3f %.5f %.5f\n", ms, geonames_city_get_latitude(city), geonames_city_get_longitude(city));
    geonames_city_free(city);
  } else {
    printf("%.3f none none\n", ms);
  }
  g_free(hits);
  return 0;
}
