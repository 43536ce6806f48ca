// Deletion hashes and bounded edit distance for the fuzzy name index.
#include "gazetteer/fuzzy.hpp"

#include <algorithm>
#include <vector>

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

namespace {
bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }
}  // namespace

double spelling_cost(std::string_view a, std::string_view b, const SpellingCosts& costs) {
  const std::size_t n = a.size(), m = b.size();
  // Inserting or deleting s[k] costs less when it doubles a neighbour in the same string.
  auto indel = [&](std::string_view s, std::size_t k) {
    const bool doubled = (k > 0 && s[k - 1] == s[k]) || (k + 1 < s.size() && s[k + 1] == s[k]);
    return doubled ? costs.doubled_letter : 1.0;
  };
  std::vector<std::vector<double>> d(n + 1, std::vector<double>(m + 1, 0));
  for (std::size_t i = 1; i <= n; ++i) d[i][0] = d[i - 1][0] + indel(a, i - 1);
  for (std::size_t j = 1; j <= m; ++j) d[0][j] = d[0][j - 1] + indel(b, j - 1);
  for (std::size_t i = 1; i <= n; ++i)
    for (std::size_t j = 1; j <= m; ++j) {
      const char x = a[i - 1], y = b[j - 1];
      const double substitute = x == y ? 0 : (is_vowel(x) && is_vowel(y) ? costs.vowel_for_vowel : 1.0);
      d[i][j] = std::min({d[i - 1][j] + indel(a, i - 1), d[i][j - 1] + indel(b, j - 1), d[i - 1][j - 1] + substitute});
      if (i > 1 && j > 1 && x == b[j - 2] && a[i - 2] == y) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[n][m];
}

}  // namespace routecheck::gazetteer
