// Typo tolerance: a symmetric-deletion index (SymSpell) at edit distance one over ASCII name keys.
// A key and a query meet when deleting at most one character from each gives the same string; the
// candidates are then verified with the true Damerau-Levenshtein distance.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace routecheck::gazetteer {

// The key itself and every string one deletion away, hashed (FNV-1a folded to 31 bits: SQLite stores
// such integers in 4 bytes, and a rare collision only adds a candidate that verification drops).
std::vector<std::int64_t> deletion_hashes(std::string_view ascii_key);

std::int64_t key_hash(std::string_view text);

// Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), capped:
// returns cap + 1 as soon as the distance must exceed cap.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap);

// How far apart two spellings are as misspellings go: the optimal string alignment distance with the
// commonest slips made cheaper (costs from ranking.tsv): a vowel written for another vowel, and a letter
// doubled or undoubled ("Benela" for a name with "ll"). Plain edits cost 1.
struct SpellingCosts {
  double vowel_for_vowel = 1;
  double doubled_letter = 1;
};
double spelling_cost(std::string_view a, std::string_view b, const SpellingCosts& costs);

}  // namespace routecheck::gazetteer
