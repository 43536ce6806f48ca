// Text -> tokens and sentences, the first stage of reading a story: words (with their capitalisation),
// numbers and punctuation, each with its byte offsets in the plain text and the number of its sentence.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace routecheck::article {

enum class TokenKind : std::uint8_t { word, number, punct };

struct Document;

// A token's text and its ASCII lower case are views into its Document (24 bytes a token: a story has about
// one token for every five bytes, and a copy of both strings in each token made tokens the largest part of
// reading a long story).
struct Token {
  std::uint32_t start, end;  // byte offsets in the text
  std::uint32_t sentence = 0;
  TokenKind kind;
  bool capital = false;
  const Document* doc = nullptr;

  std::string_view text() const;
  std::string_view lower() const;  // ASCII lower case
};

// The longest story a Document holds (its offsets are 32 bits); longer ones are refused.
inline constexpr std::size_t kMaxDocumentBytes = 0xFFFFFFFFu;

// A story as tokens: the plain text, its ASCII lower case, its tokens, and for each sentence its tokens
// [first, second). Tokens split the text at words, numbers and punctuation; sentences end at . ! ? (not
// after a title or an abbreviation: "Mr.", "U.S."), at a blank line, and at a line break after no sentence
// punctuation (a headline). The tokens point into the text: a Document is neither copied nor moved.
struct Document {
  std::string text;
  std::string lower;
  std::vector<Token> tokens;
  std::vector<std::pair<std::size_t, std::size_t>> sentences;

  // Throws InputError for a text over kMaxDocumentBytes.
  explicit Document(std::string plain_text);
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;
  // The text of tokens first..last, with what lies between them.
  std::string span_text(std::size_t first, std::size_t last) const;
  bool same_sentence(std::size_t token_a, std::size_t token_b) const {
    return tokens[token_a].sentence == tokens[token_b].sentence;
  }
};

inline std::string_view Token::text() const { return {doc->text.data() + start, end - start}; }
inline std::string_view Token::lower() const { return {doc->lower.data() + start, end - start}; }

std::string lower_ascii(std::string s);

// True when tokens k, k+1, k+2 are a clock time written together: "21:25".
bool clock_time_at(const std::vector<Token>& tokens, std::size_t k);

}  // namespace routecheck::article
