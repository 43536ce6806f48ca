// Measures routing on networks in process: loading a network file, and shortest-path queries between
// given point pairs (snapping included), median over the queries. bench/run drives it beside pgRouting
// (bench/pgrouting.sh) on the same OpenStreetMap input and pairs, and beside the sea lanes' own figures.
//   network_bench load NETWORK.gpkg RUNS              median load time (ms)
//   network_bench pairs NETWORK.gpkg PAIRS [LENGTHS]  median query (ms); lengths (m) to LENGTHS
//   network_bench random NETWORK.gpkg N PAIRS_OUT      N random pairs of nodes of the largest component
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "networks/network_parts.hpp"

using Clock = std::chrono::steady_clock;
using namespace routecheck::networks;

namespace {

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

double ms_since(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

int load(const std::string& path, int runs) {
  std::vector<double> times;
  std::size_t nodes = 0;
  for (int i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    const Network network = load_network(path);
    times.push_back(ms_since(start));
    nodes = network.nodes().size();
  }
  std::printf("%.2f %zu\n", median(times), nodes);
  return 0;
}

int pairs(const std::string& path, const std::string& pairs_file, const char* lengths_file) {
  const Network network = load_network(path);
  std::ifstream in(pairs_file);
  std::vector<std::array<double, 4>> points;
  for (std::array<double, 4> p; in >> p[0] >> p[1] >> p[2] >> p[3];) {
    points.push_back(p);
    in.ignore(1 << 20, '\n');
  }
  if (points.empty()) {
    std::fprintf(stderr, "network_bench: no pairs in %s\n", pairs_file.c_str());
    return 2;
  }
  std::vector<double> times, lengths;
  // One untimed pass (first touch of the graph's memory), then the timed one: snapping and search.
  for (int pass = 0; pass < 2; ++pass) {
    times.clear();
    lengths.clear();
    for (const auto& p : points) {
      const auto start = Clock::now();
      const auto [a, b] = network.snap_pair(p[0], p[1], p[2], p[3]);
      const auto path_found = network.shortest_path(a.node, b.node);
      times.push_back(ms_since(start));
      lengths.push_back(path_found ? path_found->network_m + a.distance_m + b.distance_m : -1);
    }
  }
  if (lengths_file) {
    std::ofstream out(lengths_file);
    for (double l : lengths) out << l << '\n';
  }
  std::printf("%.4f %zu\n", median(times), points.size());
  return 0;
}

int random_pairs(const std::string& path, std::size_t n, const std::string& out_file) {
  const Network network = load_network(path);
  std::vector<std::uint32_t> main;
  for (std::uint32_t v = 0; v < network.nodes().size(); ++v)
    if (network.in_largest_component(v)) main.push_back(v);
  std::mt19937 rng(42);
  std::uniform_int_distribution<std::size_t> pick(0, main.size() - 1);
  std::FILE* out = std::fopen(out_file.c_str(), "w");
  if (!out) return 2;
  for (std::size_t i = 0; i < n; ++i) {
    const NetworkNode &a = network.nodes()[main[pick(rng)]], &b = network.nodes()[main[pick(rng)]];
    std::fprintf(out, "%.7f %.7f %.7f %.7f\n", a.lat_deg, a.lon_deg, b.lat_deg, b.lon_deg);
  }
  std::fclose(out);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  try {
    if (mode == "load" && argc == 4) return load(argv[2], std::atoi(argv[3]));
    if (mode == "pairs" && (argc == 4 || argc == 5)) return pairs(argv[2], argv[3], argc == 5 ? argv[4] : nullptr);
    if (mode == "random" && argc == 5) return random_pairs(argv[2], std::strtoul(argv[3], nullptr, 10), argv[4]);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "network_bench: %s\n", e.what());
    return 2;
  }
  std::fprintf(stderr, "usage: network_bench load FILE RUNS | pairs FILE PAIRS [LENGTHS] | random FILE N OUT\n");
  return 2;
}
