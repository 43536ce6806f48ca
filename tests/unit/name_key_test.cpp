// Name folding: the spellings news and GeoNames use for one place must share a key.
#include <catch2/catch.hpp>

#include "gazetteer/name_key.hpp"

using routecheck::gazetteer::name_key;
using routecheck::gazetteer::transliterated_key;

TEST_CASE("ASCII names fold case, apostrophes, periods and separators") {
  CHECK(name_key("Pyongyang") == "pyongyang");
  CHECK(name_key("  PYONGYANG ") == "pyongyang");
  CHECK(name_key("U.S.") == "us");
  CHECK(name_key("W.Va.") == "wva");
  CHECK(name_key("Winston-Salem") == "winston salem");
  CHECK(name_key("Xi'an") == "xian");
  CHECK(name_key("St.  Louis") == "st louis");
}

TEST_CASE("Latin diacritics and special letters fold to ASCII") {
  CHECK(name_key("P'yŏngyang") == "pyongyang");
  CHECK(name_key("Pjöngjang") == "pjongjang");
  CHECK(name_key("Straße") == "strasse");
  CHECK(name_key("Tromsø") == "tromso");
  CHECK(name_key("Łódź") == "lodz");
  CHECK(name_key("Sant Julià de Lòria") == "sant julia de loria");
  CHECK(name_key("P’yŏngyang") == "pyongyang");  // typographic apostrophe
}

TEST_CASE("other scripts keep their letters, case-folded") {
  CHECK(name_key("Пхеньян") == "пхеньян");
  CHECK(name_key("ПХЕНЬЯН") == "пхеньян");
  CHECK(name_key("평양") == "평양");
}

TEST_CASE("transliteration reads other scripts in Latin letters") {
  CHECK(transliterated_key("Пхеньян") == "phenan");  // ICU Any-Latin, then Latin-ASCII
  CHECK(transliterated_key("Владивосток") == "vladivostok");
  CHECK(!transliterated_key("평양").empty());
}

// Bug guarded (speed): every non-ASCII name made ICU's Latin-ASCII transliterator, whose registry costs
// about 16 ms a process; letters with marks now fold by decomposing. The keys must not change: every code
// point of the Latin, Greek, Cyrillic and symbol blocks and of the compatibility forms, alone and inside a word, folds as the
// transliterator folds it, as do names written with several marks.
TEST_CASE("the shortcut for letters with marks gives the transliterator's keys") {
  using routecheck::gazetteer::name_key_by_transliterator;
  auto utf8 = [](char32_t c) {
    std::string s;
    if (c < 0x80) {
      s += static_cast<char>(c);
    } else if (c < 0x800) {
      s += static_cast<char>(0xC0 | (c >> 6)), s += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      s += static_cast<char>(0xE0 | (c >> 12)), s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (c & 0x3F));
    }
    return s;
  };
  std::size_t differ = 0, checked = 0;
  for (char32_t c = 0x80; c < 0xFFF0; ++c) {
    // Below U+3400, and the compatibility forms (ligatures, fullwidth letters); not the CJK and Hangul
    // syllables between, which no mark decomposes to Latin.
    if (c >= 0x3400 && c < 0xFB00) continue;
    for (const std::string& name : {utf8(c), "Ka" + utf8(c) + "ow", utf8(c) + "rich"}) {
      ++checked;
      if (name_key(name) != name_key_by_transliterator(name)) {
        if (++differ <= 5) FAIL_CHECK("U+" << std::hex << static_cast<unsigned>(c) << ": '" << name_key(name) << "' vs '"
                                          << name_key_by_transliterator(name) << "'");
      }
    }
  }
  CHECK(differ == 0);
  CHECK(checked > 30000);
  for (const char* name : {"Zürich", "Kraków", "São Paulo", "Besançon", "Hạ Long", "Đà Nẵng", "Øresund", "Łódź",
                           "Straße", "Ærøskøbing", "İstanbul", "Nuku\u02BBalofa", "P\u2019yŏngyang", "ǅakovica"})
    CHECK(name_key(name) == name_key_by_transliterator(name));
}
