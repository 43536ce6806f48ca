// Text -> tokens and sentences, the first stage of reading a story: words (with their capitalisation),
// numbers and punctuation, each with its byte offsets in the plain text and the number of its sentence.
#pragma once
#include <cstddef>
#include <compare>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace routecheck::article {

enum class TokenKind : std::uint8_t { word, number, punct };

struct Document;

// A token as callers see it: its offsets, kind and sentence, and views of its text and ASCII lower case
// in its Document. Made on the fly from the Document's stored token (StoredToken), never kept.
struct Token {
  std::uint32_t start, end;  // byte offsets in the text
  std::uint32_t sentence = 0;
  TokenKind kind;
  bool capital = false;
  const Document* doc = nullptr;

  std::string_view text() const;
  std::string_view lower() const;  // ASCII lower case
};

// How a Document keeps a token: 16 bytes, without the Document's address that each view carries. A story
// has about one token for every five bytes, so the tokens are the largest part of reading a long story
// (issue 30: memory per byte of text); a copy of the strings in each token, and later the address, made
// them larger.
struct StoredToken {
  std::uint32_t start, end;
  std::uint32_t sentence = 0;
  TokenKind kind;
  bool capital = false;
};
static_assert(sizeof(StoredToken) == 16);

// A Document's tokens, read as Token views (by value). Random access, like the vector it wraps.
class Tokens {
 public:
  class const_iterator {
   public:
    // Random access, as std::lower_bound needs for O(log n) steps, though `reference` is a value (a view
    // made on the fly), as with std::vector<bool>'s proxies.
    using iterator_category = std::random_access_iterator_tag;
    using value_type = Token;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = Token;
    const_iterator() = default;
    const_iterator(const Tokens* owner, std::size_t at) : owner_(owner), at_(at) {}
    Token operator*() const { return (*owner_)[at_]; }
    Token operator[](difference_type n) const { return (*owner_)[at_ + static_cast<std::size_t>(n)]; }
    const_iterator& operator++() { return ++at_, *this; }
    const_iterator operator++(int) { const_iterator was = *this; ++at_; return was; }
    const_iterator& operator--() { return --at_, *this; }
    const_iterator operator--(int) { const_iterator was = *this; --at_; return was; }
    const_iterator& operator+=(difference_type n) { return at_ += static_cast<std::size_t>(n), *this; }
    const_iterator& operator-=(difference_type n) { return at_ -= static_cast<std::size_t>(n), *this; }
    friend const_iterator operator+(const_iterator it, difference_type n) { return it += n; }
    friend const_iterator operator+(difference_type n, const_iterator it) { return it += n; }
    friend const_iterator operator-(const_iterator it, difference_type n) { return it -= n; }
    friend difference_type operator-(const const_iterator& a, const const_iterator& b) {
      return static_cast<difference_type>(a.at_) - static_cast<difference_type>(b.at_);
    }
    friend bool operator==(const const_iterator& a, const const_iterator& b) { return a.at_ == b.at_; }
    friend auto operator<=>(const const_iterator& a, const const_iterator& b) { return a.at_ <=> b.at_; }

   private:
    const Tokens* owner_ = nullptr;
    std::size_t at_ = 0;
  };

  explicit Tokens(const Document& doc) : doc_(&doc) {}
  Tokens(const Tokens&) = delete;
  Tokens& operator=(const Tokens&) = delete;

  Token operator[](std::size_t i) const {
    const StoredToken& t = stored_[i];
    return Token{t.start, t.end, t.sentence, t.kind, t.capital, doc_};
  }
  std::size_t size() const { return stored_.size(); }
  bool empty() const { return stored_.empty(); }
  Token front() const { return (*this)[0]; }
  Token back() const { return (*this)[stored_.size() - 1]; }
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, stored_.size()}; }

  // The Document fills them once, in tokenize.
  std::vector<StoredToken>& stored() { return stored_; }

 private:
  const Document* doc_;
  std::vector<StoredToken> stored_;
};

// The longest story a Document holds (its offsets are 32 bits); longer ones are refused.
inline constexpr std::size_t kMaxDocumentBytes = 0x7FFFFFFFu;  // also ICU's U8_NEXT, which indexes with int32_t

// A story as tokens: the plain text, its ASCII lower case, its tokens, and for each sentence its tokens
// [first, second). Tokens split the text at words, numbers and punctuation; sentences end at . ! ? (not
// after a title or an abbreviation: "Mr.", "U.S."), at a blank line, and at a line break after no sentence
// punctuation (a headline). The tokens point into the text: a Document is neither copied nor moved.
struct Document {
  std::string text;
  std::string lower;
  Tokens tokens{*this};
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
bool clock_time_at(const Tokens& tokens, std::size_t k);

}  // namespace routecheck::article
