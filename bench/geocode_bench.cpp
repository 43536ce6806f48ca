// Measures the gazetteer: in-process exact and fuzzy lookups per second on one core, and the median
// wall time of a whole command (process start to exit). bench/run drives it and prints the table.
//   geocode_bench exact GAZETTEER N | fuzzy GAZETTEER N | process RUNS COMMAND ARGS...
#include <fcntl.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "gazetteer/geocoder.hpp"

extern char** environ;
using Clock = std::chrono::steady_clock;
using namespace routecheck::gazetteer;

namespace {

// Names of N populated places spread over the whole table (every k-th row), as a batch would see them.
std::vector<std::string> sample_names(const std::string& path, std::size_t n) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db, "SELECT asciiname FROM places WHERE source = 'geonames-cities500' AND length(asciiname) >= 6", -1,
                     &stmt, nullptr);
  std::vector<std::string> all;
  while (sqlite3_step(stmt) == SQLITE_ROW) all.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  std::vector<std::string> out;
  const std::size_t step = std::max<std::size_t>(1, all.size() / n);
  for (std::size_t i = 0; i < all.size() && out.size() < n; i += step) out.push_back(all[i]);
  return out;
}

// One typo a reader makes: a letter doubled in the middle ("Vladivoostok").
std::string with_typo(std::string name) {
  const std::size_t mid = name.size() / 2;
  name.insert(mid, 1, name[mid]);
  return name;
}

int lookups(const std::string& gazetteer, std::size_t n, bool fuzzy) {
  std::vector<Gazetteer> g;
  g.push_back(Gazetteer::open(gazetteer));
  Geocoder geocoder(std::move(g));
  std::vector<std::string> names = sample_names(gazetteer, n);
  if (fuzzy)
    for (auto& name : names) name = with_typo(name);
  // One untimed pass first: timed passes measure steady-state lookups, as a long batch sees them, not
  // the first touch of each page of the mapped file. Then the median of five timed passes: this is a
  // shared virtual machine, and one disturbed pass must not decide the figure.
  std::size_t found = 0;
  for (const std::string& name : names) found += !geocoder.geocode(name).matches.empty();
  std::vector<double> rates;
  for (int pass = 0; pass < 5; ++pass) {
    found = 0;
    const auto start = Clock::now();
    for (const std::string& name : names) found += !geocoder.geocode(name).matches.empty();
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    rates.push_back(static_cast<double>(names.size()) / seconds);
  }
  std::sort(rates.begin(), rates.end());
  std::printf("%.0f %zu %zu\n", rates[rates.size() / 2], names.size(), found);
  return 0;
}

int process(int runs, char** argv) {
  std::vector<double> ms;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  for (int i = 0; i < runs + 3; ++i) {  // 3 warm-up runs
    const auto start = Clock::now();
    pid_t pid;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv, environ) != 0) return 2;
    int status = 0;
    waitpid(pid, &status, 0);
    if (i >= 3) ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  std::sort(ms.begin(), ms.end());
  std::printf("%.2f %.2f\n", ms[ms.size() / 2], ms.front());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  if ((mode == "exact" || mode == "fuzzy") && argc == 4) return lookups(argv[2], std::strtoul(argv[3], nullptr, 10), mode == "fuzzy");
  if (mode == "process" && argc > 3) return process(std::atoi(argv[2]), argv + 3);
  std::fprintf(stderr, "usage: geocode_bench exact|fuzzy GAZETTEER N | process RUNS COMMAND ARGS...\n");
  return 2;
}
