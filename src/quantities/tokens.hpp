// Text -> figure tokens: the first step of reading a figure. Lower-cases, maps typographic marks to ASCII,
// joins thousands written with spaces or apostrophes, and splits into numbers, words and marks, each with
// the byte offsets of the original text it came from.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace routecheck::quantities {

// `other` is any mark no figure has ("$", "%", "!"): it ends a figure, and a figure field holding one is refused.
enum class TokenType { number, word, dash, comma, colon, open, close, slash, other };

struct Token {
  TokenType type;
  std::string text;              // normalised: "-" for every dash, lower case
  std::size_t start = 0, end = 0;  // byte offsets in the original text
  bool capital = false;            // a word written with a capital first letter ("CA", "C.")
  bool dotted = false;             // a word a dot followed ("ca.", "approx."): the dot is no part of its text
};

using Tokens = std::vector<Token>;

// Splits `text`; never fails (an "e" exponent after digits, as in "1e400", becomes an `other` token).
Tokens tokenize(std::string_view text);

// True when nothing but spaces lies between tokens a and b of the original text: "173m", "scp-".
inline bool adjacent(const Token& a, const Token& b) { return a.end == b.start; }

}  // namespace routecheck::quantities
