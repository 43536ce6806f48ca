// Markup blanking. Nothing moves: a removed character becomes a space, an entity its character padded
// with spaces, so offsets need no mapping.
#include "article/plain_text.hpp"

#include <algorithm>

#include <cstring>
#include <map>

#include "core/error.hpp"
#include "core/text.hpp"

namespace routecheck::article {
namespace {

constexpr std::size_t kLongestEntity = 8;  // "&hellip;"
constexpr std::size_t kLongestLinkPart = 2048;  // bytes of a Markdown link's text or target

void blank(std::string& s, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to && i < s.size(); ++i)
    if (s[i] != '\n') s[i] = ' ';
}

// Common named entities, as UTF-8 no longer than the entity itself.
const std::map<std::string, std::string>& entities() {
  static const std::map<std::string, std::string> table{
      {"&amp;", "&"},   {"&lt;", "<"},      {"&gt;", ">"},      {"&quot;", "\""},  {"&apos;", "'"},
      {"&#39;", "'"},   {"&nbsp;", " "},    {"&rsquo;", "’"},   {"&lsquo;", "‘"},  {"&ldquo;", "“"},
      {"&rdquo;", "”"}, {"&mdash;", "—"},   {"&ndash;", "–"},   {"&hellip;", "…"}};
  return table;
}

// Terminal control in a story (a pasted coloured log, junk bytes) is no text: an escape sequence as a
// whole ("\x1b[31m" left "31m", read as 31 metres), and every other control character but tab and line
// breaks, C1 included, become spaces, offsets kept. Nor can they reach a terminal through the report.
void blank_control_sequences(std::string& s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b == 0x1b) {
      std::size_t end = i + 1;
      if (end < s.size() && s[end] == '[') {  // CSI: parameters and intermediates, then one final byte
        ++end;
        while (end < s.size() && static_cast<unsigned char>(s[end]) >= 0x20 && static_cast<unsigned char>(s[end]) <= 0x3f) ++end;
        if (end < s.size() && static_cast<unsigned char>(s[end]) >= 0x40 && static_cast<unsigned char>(s[end]) <= 0x7e) ++end;
      } else if (end < s.size() && static_cast<unsigned char>(s[end]) >= 0x40 && static_cast<unsigned char>(s[end]) <= 0x5f) {
        ++end;  // a two-byte escape
      }
      blank(s, i, end);
      i = end - 1;
    } else if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7f) {
      s[i] = ' ';
    } else if (b == 0xc2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 1]) <= 0x9f) {
      blank(s, i, i + 2);  // a C1 control, two bytes in UTF-8
      ++i;
    }
  }
}

}  // namespace

std::string plain_text(std::string original) {
  if (!text::valid_utf8(original)) throw InputError("the article is not UTF-8 text");
  // Cleaned in place: the caller's buffer, handed over, is the only copy of a long story.
  std::string s = std::move(original);
  blank_control_sequences(s);
  // HTML: comments, script/style blocks, tags; then entities.
  for (const auto& [open, close] : {std::pair<const char*, const char*>{"<!--", "-->"}, {"<script", "</script>"}, {"<style", "</style>"}}) {
    for (std::size_t p = s.find(open); p != std::string::npos; p = s.find(open, p)) {
      std::size_t e = s.find(close, p);
      e = e == std::string::npos ? s.size() : e + std::strlen(close);
      blank(s, p, e);
    }
  }
  for (std::size_t p = s.find('<'); p != std::string::npos; p = s.find('<', p + 1)) {
    const std::size_t e = s.find('>', p);
    if (e == std::string::npos) break;
    const char next = p + 1 < s.size() ? s[p + 1] : ' ';
    if (std::isalpha(static_cast<unsigned char>(next)) || next == '/' || next == '!') {
      // Block-level tags end a sentence, as their line breaks do on screen.
      const std::string tag = s.substr(p + 1, std::min<std::size_t>(4, e - p - 1));
      blank(s, p, e + 1);
      if (tag.rfind("p", 0) == 0 || tag.rfind("/p", 0) == 0 || tag.rfind("br", 0) == 0 || tag.rfind("h", 0) == 0 ||
          tag.rfind("/h", 0) == 0 || tag.rfind("li", 0) == 0 || tag.rfind("div", 0) == 0)
        s[p] = '\n';
    }
  }
  for (std::size_t p = s.find('&'); p != std::string::npos; p = s.find('&', p + 1)) {
    // Entities are short: look no further than kLongestEntity for the ';' (a search to the end of the
    // text for every '&' was quadratic).
    const std::size_t semicolon = std::string_view(s).substr(p, kLongestEntity + 1).find(';');
    if (semicolon == std::string_view::npos) continue;
    const std::size_t e = p + semicolon;
    auto it = entities().find(s.substr(p, e - p + 1));
    if (it == entities().end()) continue;
    const std::string& with = it->second;
    s.replace(p, with.size(), with);
    blank(s, p + with.size(), e + 1);
  }
  // Markdown: code fences, headings and list markers at line starts, emphasis, link targets.
  std::size_t line = 0;
  while (line < s.size()) {
    std::size_t end = s.find('\n', line);
    if (end == std::string::npos) end = s.size();
    std::size_t i = line;
    while (i < end && s[i] == ' ') ++i;
    if (s.compare(i, 3, "```") == 0) blank(s, i, end);
    std::size_t j = i;
    while (j < end && (s[j] == '#' || s[j] == '>')) ++j;
    if (j > i && j < end && s[j] == ' ') blank(s, i, j);
    if (i + 1 < end && (s[i] == '-' || s[i] == '*' || s[i] == '+') && s[i + 1] == ' ') s[i] = ' ';
    line = end + 1;
  }
  for (std::size_t p = 0; p < s.size(); ++p) {
    if ((s[p] == '*' || s[p] == '_') && (p + 1 < s.size() && (s[p + 1] == '*' || s[p + 1] == '_' ||
                                                              std::isalnum(static_cast<unsigned char>(s[p + 1])) ||
                                                              (p > 0 && std::isalnum(static_cast<unsigned char>(s[p - 1]))))))
      if (s[p] == '*' || (p > 0 && !std::isalnum(static_cast<unsigned char>(s[p - 1]))) ||
          (p + 1 < s.size() && !std::isalnum(static_cast<unsigned char>(s[p + 1]))))
        s[p] = ' ';
    if (s[p] == '`') s[p] = ' ';
    if (s[p] == ']' && p + 1 < s.size() && s[p + 1] == '(') {
      // A link's text and target are short: both searches look at most kLongestLinkPart bytes away, so a
      // text full of "](" stays linear (searching the whole text each time took past a minute for 1 MB).
      // A target has no spaces or brackets, and link text no line break or ']': the searches stop there.
      const std::size_t e = std::string_view(s).substr(p, kLongestLinkPart).find_first_of(") \n]", 2);
      if (e != std::string_view::npos && s[p + e] == ')') blank(s, p, p + e + 1);
      const std::size_t window_start = p > kLongestLinkPart ? p - kLongestLinkPart : 0;
      const std::size_t open = std::string_view(s).substr(window_start, p - window_start).find_last_of("[]\n");
      if (open != std::string_view::npos && s[window_start + open] == '[') s[window_start + open] = ' ';
    }
  }
  return s;
}

namespace {

std::size_t count_code_points(std::string_view text, std::size_t from, std::size_t to) {
  std::size_t n = 0;
  for (std::size_t i = from; i < to; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  before_stride_.push_back(0);
  for (std::size_t at = kStrideBytes; at <= text.size(); at += kStrideBytes)
    before_stride_.push_back(before_stride_.back() + count_code_points(text, at - kStrideBytes, at));
}

std::size_t CodePointIndex::offset(std::size_t byte_offset) const {
  byte_offset = std::min(byte_offset, text_.size());
  const std::size_t stride = byte_offset / kStrideBytes;
  return before_stride_[stride] + count_code_points(text_, stride * kStrideBytes, byte_offset);
}

}  // namespace routecheck::article
