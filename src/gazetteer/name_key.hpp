// Name keys: the folded form under which the gazetteer indexes and looks up names.
// "P'yŏngyang", "Pyongyang" and "PYONGYANG" share one key; "Пхеньян" keeps its script (its key
// matches GeoNames' Cyrillic alternate name), and transliterated_key() gives its Latin reading.
#pragma once
#include <string>
#include <string_view>

namespace routecheck::gazetteer {

// Folds case (ICU full case folding), compatibility forms (NFKC), Latin diacritics and special
// letters (ŏ->o, ß->ss, ø->o), drops apostrophes and periods ("U.S." -> "us"), and turns hyphens,
// commas, slashes and runs of white space into one space. Other scripts keep their letters.
std::string name_key(std::string_view utf8_name);

// name_key() without its shortcut for Latin letters with marks: always through ICU's Latin-ASCII
// transliterator, as name keys were made before the shortcut. For tests, which hold the two equal.
std::string name_key_by_transliterator(std::string_view utf8_name);

// The key of the name read in Latin letters (ICU Any-Latin; Latin-ASCII), for names written in
// another script: "평양" -> "pyeongyang". Slower than name_key(): used as a fallback only.
std::string transliterated_key(std::string_view utf8_name);

// True when every byte of the key is ASCII (the fuzzy index covers only such keys).
bool is_ascii(std::string_view text);

// Number of Unicode code points in a UTF-8 string.
std::size_t code_point_count(std::string_view utf8);

}  // namespace routecheck::gazetteer
