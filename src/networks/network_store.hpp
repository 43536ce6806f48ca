// Where network files live: the cache file of an input (beside it, named by its content hash, or in the
// user's cache directory when that folder may not be written), and whether a file is a network file.
#pragma once
#include <string>

namespace routecheck::networks {

struct CacheFile {
  std::string path;     // where the cache is, or where it is to be written
  bool exists = false;  // true: load it; false: build it there
};

// The cache file of `input` read with `profile`: an existing one beside the input or in
// $XDG_CACHE_HOME/routecheck/networks; else where to write it (beside the input when its folder has write
// permission bits, which root's access() ignores: ../shared stays untouched). Throws InputError when the
// input is not a file.
CacheFile cache_file_for(const std::string& input, const std::string& profile);

// A GeoPackage holding rc_network_meta (written by `network build` or a cache).
bool is_network_file(const std::string& path);

}  // namespace routecheck::networks
