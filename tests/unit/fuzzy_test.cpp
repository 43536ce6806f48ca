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

TEST_CASE("one-edit neighbours share a deletion hash, distant keys do not") {
  CHECK(share_a_hash("vladivostock", "vladivostok"));
  CHECK(share_a_hash("vladivistok", "vladivostok"));
  CHECK(share_a_hash("vladivsotok", "vladivostok"));
  CHECK_FALSE(share_a_hash("moscow", "vladivostok"));
}

TEST_CASE("deleting either of two equal letters is hashed once") {
  // "ll": deleting either l gives the same string.
  CHECK(deletion_hashes("hell").size() == 4);  // hell, ell, hll, hel
}

// Kind: misspellings weighed as they happen. A vowel for a vowel and a letter doubled or undoubled are the
// commonest slips and cost less, so of two spellings two plain edits away the likelier slip is nearer.
TEST_CASE("spelling cost: vowels and doubled letters cost less than other edits") {
  const SpellingCosts cheap{0.5, 0.5};
  CHECK(spelling_cost("novosibirsk", "novosibirsk", cheap) == 0.0);
  CHECK(spelling_cost("novosibarsk", "novosibirsk", cheap) == 0.5);   // a vowel for a vowel
  CHECK(spelling_cost("novosibirsc", "novosibirsk", cheap) == 1.0);   // a consonant for a consonant
  CHECK(spelling_cost("marseile", "marseille", cheap) == 0.5);        // an l undoubled
  CHECK(spelling_cost("marseillle", "marseille", cheap) == 0.5);      // an l tripled
  CHECK(spelling_cost("marsele", "marseille", cheap) == 1.5);         // an l undoubled (0.5), an i dropped (1)
  // Both are two plain edits from "tallinn"; the doubled-letter slips are the likelier reading.
  CHECK(edit_distance("talin", "tallinn", 2) == 2);
  CHECK(spelling_cost("talin", "tallinn", cheap) < spelling_cost("tarlinm", "tallinn", cheap));
  // With plain costs it is the optimal string alignment distance.
  const SpellingCosts plain{1, 1};
  CHECK(spelling_cost("vladivsotok", "vladivostok", plain) == 1.0);  // transposed
  CHECK(spelling_cost("vladivostk", "vladivostok", plain) == 1.0);
}
