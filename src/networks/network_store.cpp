// Network cache files: named by the input's content hash and the cache format, found or placed.
#include "networks/network_store.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "core/error.hpp"
#include "networks/network_parts.hpp"

namespace fs = std::filesystem;

namespace routecheck::networks {

namespace {

// The format of cache files; a change of what a cache holds changes it, so old caches are not read.
constexpr const char* kCacheFormat = "rcnet3";  // 3: joins by fid, OSM ids, NULL for no maxspeed

fs::path user_cache_dir() {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  const char* home = std::getenv("HOME");
  const fs::path base = xdg && *xdg ? fs::path(xdg) : fs::path(home ? home : "/tmp") / ".cache";
  return base / "routecheck" / "networks";
}

}  // namespace

CacheFile cache_file_for(const std::string& input, const std::string& profile) {
  if (!fs::is_regular_file(input)) throw InputError("--network '" + input + "': no such file");
  const std::string name = fs::path(input).filename().string() + "." + profile + "-" + content_hash(input) + "." +
                           kCacheFormat + ".gpkg";
  const fs::path beside = fs::absolute(input).parent_path() / name;
  const fs::path in_cache = user_cache_dir() / name;
  for (const fs::path& p : {beside, in_cache})
    if (fs::exists(p)) return {p.string(), true};
  const fs::perms perms = fs::status(beside.parent_path()).permissions();
  const bool writable = access(beside.parent_path().c_str(), W_OK) == 0 &&
                        (perms & (fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write)) != fs::perms::none;
  return {(writable ? beside : in_cache).string(), false};
}

bool is_network_file(const std::string& path) {
  if (fs::path(path).extension() != ".gpkg") return false;
  try {
    return !read_network_meta(path).empty();
  } catch (const InputError&) {
    return false;
  }
}

}  // namespace routecheck::networks
