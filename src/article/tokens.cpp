// Text -> tokens and sentences (see tokens.hpp).
#include "article/tokens.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string_view>

#include "article/cues.hpp"
#include "core/error.hpp"

namespace routecheck::article {

std::string lower_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

namespace {

// Fills the document's tokens from its text (see Document).
void tokenize(Document& doc) {
  const std::string& s = doc.text;
  const Tokens& tokens = doc.tokens;
  std::vector<StoredToken>& stored = doc.tokens.stored();
  std::size_t sentence = 0;
  std::size_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  auto code_point_at = [&](std::size_t pos, std::size_t& next) {
    int32_t k = static_cast<int32_t>(pos);
    UChar32 c;
    U8_NEXT(s.data(), k, n, c);
    next = static_cast<std::size_t>(k);
    return c;
  };
  while (i < s.size()) {
    std::size_t next;
    const UChar32 c = code_point_at(i, next);
    if (c == '\n') {
      // A blank line, or a line break after no sentence punctuation, ends the sentence (headlines).
      std::size_t k = next;
      while (k < s.size() && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r')) ++k;
      const bool blank_line = k < s.size() && s[k] == '\n';
      const bool unterminated = !tokens.empty() && tokens.back().sentence == sentence && tokens.back().kind != TokenKind::punct;
      const bool open_sentence = !tokens.empty() && tokens.back().sentence == sentence;
      if ((blank_line && open_sentence) || unterminated) ++sentence;
      i = next;
      continue;
    }
    if (u_isUWhiteSpace(c) || c == 0xA0) {
      i = next;
      continue;
    }
    Token t{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(next), static_cast<std::uint32_t>(sentence), TokenKind::punct,
            false, &doc};
    if (u_isalpha(c)) {
      t.kind = TokenKind::word;
      t.capital = u_isupper(c) || u_istitle(c);
      std::size_t k = next;
      while (k < s.size()) {
        std::size_t after;
        const UChar32 d = code_point_at(k, after);
        if (u_isalpha(d) || u_charType(d) == U_NON_SPACING_MARK) {
          k = after;
          continue;
        }
        // An apostrophe or period inside a word: "Xi'an", "U.S".
        std::size_t after_next;
        const bool inner = (d == '\'' || d == 0x2019 || d == '.' || d == '/') && after < s.size() &&
                           u_isalpha(code_point_at(after, after_next));
        if (!inner) break;
        k = after;
      }
      // A possessive is not part of the name: "Russia's" is Russia.
      for (const std::string_view possessive : {std::string_view("'s"), std::string_view("\u2019s")})
        if (k - i > possessive.size() && s.compare(k - possessive.size(), possessive.size(), possessive) == 0) {
          k -= possessive.size();
          break;
        }
      // "o'Groats", "d'Ivoire": a particle of one or two letters, an apostrophe and a capitalised name are
      // a capitalised word.
      if (!t.capital)
        for (std::size_t a = i + 1; a <= i + 2 && a < k; ++a) {
          const std::size_t letter = s[a] == '\'' ? a + 1 : s.compare(a, 3, "\u2019") == 0 ? a + 3 : std::string::npos;
          if (letter == std::string::npos) continue;
          std::size_t after_letter;
          t.capital = letter < k && u_isupper(code_point_at(letter, after_letter));
          break;
        }
      // Abbreviations keep their final period: "U.S.", "D.C.", "Mr.", "St.". A word of two or three
      // capitals is an acronym unless it is an abbreviation written in capitals ("ST. LOUIS"): "by TGV.",
      // "said the BBC." end their sentence.
      const std::string_view word = std::string_view(s).substr(i, k - i);
      const bool acronym = word.size() >= 2 && std::all_of(word.begin(), word.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }) &&
                           !Cues::get().is("abbreviation_in_capitals", lower_ascii(std::string(word)));
      // A short capitalised word keeps its period only as an initial or a known abbreviation ("J.", "St.",
      // "Mt.", "Jan.", "Va."): "in May." and "flew to Goa." end their sentences.
      // Asked only of a word a full stop follows: the tokenizer reads every word of every story.
      auto short_abbreviation = [&] {
        if (k - i > 3) return false;
        if (k - i == 1) return true;
        const std::string lower = lower_ascii(std::string(word));
        return Cues::get().is("short_abbreviation", lower) || Cues::get().person_title.count(lower + ".") > 0;
      };
      if (k < s.size() && s[k] == '.' && t.capital && !acronym && (word.find('.') != std::string::npos || short_abbreviation())) ++k;
      t.end = static_cast<std::uint32_t>(k);
    } else if (u_isdigit(c) || (c == '.' && next < s.size() && std::isdigit(static_cast<unsigned char>(s[next])) &&
                                (i == 0 || (!std::isalnum(static_cast<unsigned char>(s[i - 1])) && s[i - 1] != '.')))) {
      // ".5 miles": a number written without its leading zero starts at its point (read as "5 miles", ten
      // times the figure, before), not a full stop; an ellipsis's last point is none ("...5 miles on").
      t.kind = TokenKind::number;
      std::size_t k = next;
      while (k < s.size() && (std::isdigit(static_cast<unsigned char>(s[k])) ||
                              ((s[k] == ',' || s[k] == '.') && k + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[k + 1])))))
        ++k;
      t.end = static_cast<std::uint32_t>(k);
    }
    // A closing quotation mark right after a full stop ends the same sentence: "Very long."
    const bool closing_quote = t.kind == TokenKind::punct && (t.text() == "\"" || t.text() == "\u201D" || t.text() == "'" || t.text() == "\u2019");
    if (closing_quote && !tokens.empty() && tokens.back().end == t.start && tokens.back().kind == TokenKind::punct &&
        (tokens.back().text() == "." || tokens.back().text() == "!" || tokens.back().text() == "?"))
      t.sentence = tokens.back().sentence;
    stored.push_back({t.start, t.end, t.sentence, t.kind, t.capital});
    // "approx. 3 hours": a full stop after a lower-case abbreviation does not end the sentence.
    bool after_abbreviation = t.text() == "." && tokens.size() >= 2 && tokens[tokens.size() - 2].end == t.start &&
                              Cues::get().is("abbreviation", tokens[tokens.size() - 2].lower());
    // "left at 9 a.m. Monday and arrived at 4 p.m. the same day": the full stop of a clock's "a.m."/"p.m."
    // (cue clock_abbreviation) ends the sentence only before a capitalised word that is no date word.
    if (t.text() == "." && tokens.size() >= 2 && tokens[tokens.size() - 2].end == t.start &&
        Cues::get().is("clock_abbreviation", tokens[tokens.size() - 2].lower())) {
      // A line break after it ends the sentence: "... at 9 a.m.\n\nThe next paragraph".
      std::size_t following = t.end;
      while (following < s.size() && (s[following] == ' ' || s[following] == ',')) ++following;
      const bool line_break = following < s.size() && (s[following] == '\n' || s[following] == '\r');
      std::size_t word_end = following;
      while (word_end < s.size() && std::isalpha(static_cast<unsigned char>(s[word_end]))) ++word_end;
      const bool capital_next = following < s.size() && std::isupper(static_cast<unsigned char>(s[following]));
      after_abbreviation = !line_break && (!capital_next || Cues::get().is("date_word", lower_ascii(s.substr(following, word_end - following))));
    }
    if (t.kind == TokenKind::punct && (t.text() == "." || t.text() == "!" || t.text() == "?") && !after_abbreviation) ++sentence;
    if (t.kind == TokenKind::word && t.text().back() == '.' && t.text().size() > 2 && t.text().find('.') == t.text().size() - 1) {
      // "Sunday." closes a sentence; "Mr." and "U.S." do not.
      const std::string_view bare = t.lower().substr(0, t.lower().size() - 1);
      if (!Cues::get().person_title.count(t.lower()) && bare.size() > 3) {
        stored.back().end -= 1;
        ++sentence;
      }
    }
    i = t.end;
  }
  // The slack of the vector's growth, up to half of it, is not kept for the rest of the reading.
  stored.shrink_to_fit();
}

}  // namespace

Document::Document(std::string plain_text) : text(std::move(plain_text)) {
  if (text.size() > kMaxDocumentBytes)
    throw InputError("the story is " + std::to_string(text.size()) + " bytes; routecheck reads stories of up to " +
                     std::to_string(kMaxDocumentBytes) + " bytes");
  lower = lower_ascii(text);
  tokenize(*this);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].sentence >= sentences.size()) sentences.resize(tokens[i].sentence + 1, {i, i});
    sentences[tokens[i].sentence].second = i + 1;
  }
}

bool clock_time_at(const Tokens& tokens, std::size_t k) {
  return k + 2 < tokens.size() && tokens[k].kind == TokenKind::number && tokens[k + 1].text() == ":" &&
         tokens[k + 2].kind == TokenKind::number && tokens[k].end == tokens[k + 1].start && tokens[k + 1].end == tokens[k + 2].start;
}

std::string Document::span_text(std::size_t first, std::size_t last) const {
  return text.substr(tokens[first].start, tokens[last].end - tokens[first].start);
}

}  // namespace routecheck::article
