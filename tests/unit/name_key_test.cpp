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
