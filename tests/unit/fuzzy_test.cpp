// The deletion index finds every key one edit away, and edit_distance is exact below its cap.
#include <catch2/catch.hpp>

#include <algorithm>

#include "gazetteer/fuzzy.hpp"

using namespace routecheck::gazetteer;

namespace {
bool share_a_hash(const std::string& a, const std::string& b) {
  auto ha = deletion_hashes(a), hb = deletion_hashes(b);
  return std::any_of(ha.begin(), ha.end(), [&](auto h) { return std::binary_search(hb.begin(), hb.end(), h); });
}
}  // namespace

TEST_CASE("edit distance counts insertions, deletions, substitutions and transpositions") {
  CHECK(edit_distance("vladivostok", "vladivostok", 2) == 0);
  CHECK(edit_distance("vladivostock", "vladivostok", 2) == 1);  // inserted c
  CHECK(edit_distance("vladivostk", "vladivostok", 2) == 1);    // deleted o
  CHECK(edit_distance("vladivistok", "vladivostok", 2) == 1);   // substituted
  CHECK(edit_distance("vladivsotok", "vladivostok", 2) == 1);   // transposed
  CHECK(edit_distance("moscow", "vladivostok", 2) == 3);        // capped at cap + 1
}

TEST_CASE("one-edit neighbours share a deletion hash; distant keys do not") {
  CHECK(share_a_hash("vladivostock", "vladivostok"));
  CHECK(share_a_hash("vladivistok", "vladivostok"));
  CHECK(share_a_hash("vladivsotok", "vladivostok"));
  CHECK_FALSE(share_a_hash("moscow", "vladivostok"));
}

TEST_CASE("deleting either of two equal letters is hashed once") {
  // "ll": deleting either l gives the same string.
  CHECK(deletion_hashes("hell").size() == 4);  // hell, ell, hll, hel
}
