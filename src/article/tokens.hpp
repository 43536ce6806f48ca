// Text -> tokens and sentences, the first stage of reading a story: words (with their capitalisation),
// numbers and punctuation, each with its byte offsets in the plain text and the number of its sentence.
#pragma once
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace routecheck::article {

enum class TokenKind { word, number, punct };

struct Token {
  std::size_t start, end;  // byte offsets in the text
  std::string text, lower;  // lower: ASCII lower case
  TokenKind kind;
  bool capital = false;
  std::size_t sentence = 0;
};

// Splits plain text into tokens. Sentences end at . ! ? (not after a title or an abbreviation: "Mr.",
// "U.S."), at a blank line, and at a line break after no sentence punctuation (a headline).
std::vector<Token> tokenize(const std::string& text);

// A story as tokens: the plain text, its tokens, and for each sentence its tokens [first, second).
struct Document {
  std::string text;
  std::vector<Token> tokens;
  std::vector<std::pair<std::size_t, std::size_t>> sentences;

  explicit Document(std::string plain_text);
  // The text of tokens first..last, with what lies between them.
  std::string span_text(std::size_t first, std::size_t last) const;
  bool same_sentence(std::size_t token_a, std::size_t token_b) const {
    return tokens[token_a].sentence == tokens[token_b].sentence;
  }
};

std::string lower_ascii(std::string s);

// True when tokens k, k+1, k+2 are a clock time written together: "21:25".
bool clock_time_at(const std::vector<Token>& tokens, std::size_t k);

}  // namespace routecheck::article
