// Deletion hashes and bounded edit distance for the fuzzy name index.
#include "gazetteer/fuzzy.hpp"

#include <algorithm>

namespace routecheck::gazetteer {
namespace {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

// Hash of text with the character at `skip` left out (skip == npos: nothing left out).
std::int64_t hash_without(std::string_view text, std::size_t skip) {
  std::uint64_t h = kFnvOffset;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i == skip) continue;
    h ^= static_cast<unsigned char>(text[i]);
    h *= kFnvPrime;
  }
  return static_cast<std::int64_t>((h ^ (h >> 31) ^ (h >> 62)) & 0x7FFFFFFFull);
}

}  // namespace

std::int64_t key_hash(std::string_view text) { return hash_without(text, std::string_view::npos); }

std::vector<std::int64_t> deletion_hashes(std::string_view ascii_key) {
  std::vector<std::int64_t> hashes;
  hashes.reserve(ascii_key.size() + 1);
  hashes.push_back(key_hash(ascii_key));
  for (std::size_t i = 0; i < ascii_key.size(); ++i) {
    // Deleting either of two equal neighbours gives the same string: hash it once.
    if (i > 0 && ascii_key[i] == ascii_key[i - 1]) continue;
    hashes.push_back(hash_without(ascii_key, i));
  }
  std::sort(hashes.begin(), hashes.end());
  hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
  return hashes;
}

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap) {
  const std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > cap) return cap + 1;
  std::vector<std::size_t> before_prev(m + 1), prev(m + 1), cur(m + 1);
  for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    std::size_t row_min = cur[0];
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        cur[j] = std::min(cur[j], before_prev[j - 2] + 1);
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > cap) return cap + 1;
    before_prev.swap(prev);
    prev.swap(cur);
  }
  return std::min(prev[m], cap + 1);
}

}  // namespace routecheck::gazetteer
