// Text helpers; number parsing is strict because a half-parsed figure is a wrong figure.
#include "core/text.hpp"

#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "core/error.hpp"

namespace routecheck::text {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    std::size_t pos = s.find(sep, start);
    if (pos == std::string_view::npos) {
      out.push_back(s.substr(start));
      return out;
    }
    out.push_back(s.substr(start, pos - start));
    start = pos + 1;
  }
}

std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> lines = split(s, '\n');
  if (!lines.empty() && lines.back().empty()) lines.pop_back();
  for (auto& line : lines)
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return lines;
}

std::string_view trim(std::string_view s) {
  const char* ws = " \t\r\n\f\v";
  std::size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  std::size_t e = s.find_last_not_of(ws);
  return s.substr(b, e - b + 1);
}

std::optional<double> parse_double(std::string_view s) {
  s = trim(s);
  if (s.empty()) return std::nullopt;
  double value = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::optional<long long> parse_int(std::string_view s) {
  s = trim(s);
  if (s.empty()) return std::nullopt;
  long long value = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return value;
}

std::vector<TableRow> table_rows(std::string_view text, const std::string& origin, std::size_t min_fields,
                                 const std::string& expected) {
  std::vector<TableRow> rows;
  std::size_t line_no = 0;
  for (std::string_view line : split_lines(text)) {
    ++line_no;
    if (trim(line).empty() || line.front() == '#') continue;
    TableRow row{line_no, split(line, '\t')};
    if (row.fields.size() < min_fields) throw InputError(row.where(origin) + ": expected " + expected);
    rows.push_back(std::move(row));
  }
  return rows;
}

namespace {

[[noreturn]] void too_large(const std::string& what, std::size_t size, std::size_t max_bytes, const char* option) {
  throw InputError(what + " is over the size limit of " + std::to_string(max_bytes) + " bytes" +
                   (size ? " (" + std::to_string(size) + " bytes)" : std::string()) +
                   (option && *option ? std::string(": raise it with ") + option : std::string()));
}

}  // namespace

std::ifstream open_file(const std::string& path) {
  std::error_code ec;
  const std::string quoted = "'" + utf8_excerpt(path, 200) + "'";
  if (std::filesystem::is_directory(path, ec)) throw InputError(quoted + " is a directory, not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError("cannot read " + quoted + ": " + std::strerror(errno));
  return in;
}

std::string read_file(const std::string& path, std::size_t max_bytes, const char* limit_option) {
  std::error_code ec;
  const std::string quoted = "'" + utf8_excerpt(path, 200) + "'";
  std::ifstream in = open_file(path);
  if (const auto size = std::filesystem::file_size(path, ec); !ec && size > max_bytes)
    too_large(quoted, static_cast<std::size_t>(size), max_bytes, limit_option);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::string> words(std::string_view phrase) {
  std::vector<std::string> out;
  for (std::string_view w : split(phrase, ' '))
    if (!w.empty()) out.emplace_back(w);
  return out;
}

bool stderr_is_terminal() { return isatty(STDERR_FILENO) == 1; }

std::string read_stdin(std::size_t max_bytes, const char* limit_option) {
  std::string data;
  constexpr std::size_t kBlock = 1 << 20;
  std::size_t got = 0;
  do {
    const std::size_t old = data.size();
    if (old > max_bytes) too_large("standard input", 0, max_bytes, limit_option);
    data.resize(old + kBlock);
    got = std::fread(data.data() + old, 1, kBlock, stdin);
    data.resize(old + got);
  } while (got == kBlock);
  if (std::ferror(stdin)) throw InputError(std::string("cannot read standard input: ") + std::strerror(errno));
  if (data.size() > max_bytes) too_large("standard input", data.size(), max_bytes, limit_option);
  return data;
}

double round_decimals(double v, int decimals) {
  if (!std::isfinite(v)) return v;
  // The powers of ten reports round to, exact in a double (as std::pow gives them), without a call to pow
  // for each of the hundreds of figures a batch row writes.
  static constexpr double kPowersOfTen[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
  const double scale = decimals >= 0 && decimals < static_cast<int>(std::size(kPowersOfTen)) ? kPowersOfTen[decimals]
                                                                                           : std::pow(10.0, decimals);
  // Division by an exact power of ten gives the double nearest the decimal (both operands are exact).
  return std::round(v * scale) / scale;
}

std::string replace_all(std::string_view s, std::string_view from, std::string_view to) {
  if (from.empty()) return std::string(s);
  std::string out;
  std::size_t start = 0;
  for (std::size_t at; (at = s.find(from, start)) != std::string_view::npos; start = at + from.size())
    out.append(s.substr(start, at - start)).append(to);
  return out.append(s.substr(start));
}

std::string with_article(std::string_view phrase) {
  auto starts_with_vowel_sound = [](std::string_view w) {
    if (w.empty()) return false;
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(w[0])));
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o') return true;
    if (c == '8') return true;  // eight, eighty, 800
    // 11 and 18 (eleven, eighteen), but not 110 or 1,800
    if ((w.substr(0, 2) == "11" || w.substr(0, 2) == "18") && (w.size() == 2 || !std::isdigit(static_cast<unsigned char>(w[2])))
        && (w.size() < 3 || w[2] != ','))
      return true;
    return false;
  };
  return (starts_with_vowel_sound(phrase) ? "an " : "a ") + std::string(phrase);
}

namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when none starts there.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  std::size_t n = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size() || (n == 2 && lead < 0xC2) || lead > 0xF4) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  if (n == 3 && ((lead == 0xE0 && byte(i + 1) < 0xA0) || (lead == 0xED && byte(i + 1) >= 0xA0))) return 0;
  if (n == 4 && ((lead == 0xF0 && byte(i + 1) < 0x90) || (lead == 0xF4 && byte(i + 1) >= 0x90))) return 0;
  return n;
}

std::string hex_byte(unsigned char b) {
  static const char* digits = "0123456789abcdef";
  return std::string("\\x") + digits[b >> 4] + digits[b & 0xF];
}

}  // namespace

bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8_sequence_length(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::string utf8_char_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return "";
  const std::size_t n = utf8_sequence_length(s, i);
  return n ? std::string(s.substr(i, n)) : hex_byte(static_cast<unsigned char>(s[i]));
}

namespace {

// A control character a terminal would act on: C0 (ESC, newline, tab...), DEL, and C1 (U+0080..U+009F,
// two bytes in UTF-8), each shown as escapes so a quoted input cannot move the cursor or end the line.
bool is_control(std::string_view s, std::size_t i, std::size_t n) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (n == 1) return b < 0x20 || b == 0x7f;
  return n == 2 && b == 0xc2 && static_cast<unsigned char>(s[i + 1]) < 0xa0;
}

// s shown safely: valid UTF-8 kept, control characters and bytes that start no character as \xNN.
std::string escaped(std::string_view s) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t n = utf8_sequence_length(s, i);
    if (n && !is_control(s, i, n)) out += s.substr(i, n);
    else
      for (std::size_t k = 0; k < std::max<std::size_t>(n, 1); ++k) out += hex_byte(static_cast<unsigned char>(s[i + k]));
    i += std::max<std::size_t>(n, 1);
  }
  return out;
}

// The byte where s's character holding byte i starts.
std::size_t char_start(std::string_view s, std::size_t i) {
  while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xc0) == 0x80) --i;
  return i;
}

}  // namespace

std::string utf8_excerpt(std::string_view s, std::size_t max_bytes) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t n = std::max<std::size_t>(utf8_sequence_length(s, i), 1);
    std::string shown = escaped(s.substr(i, n));
    if (out.size() + shown.size() > max_bytes) return out + "…";
    out += shown;
    i += n;
  }
  return out;
}

std::string message_line(std::string_view message, std::size_t max_bytes) {
  // Cut before escaping only what can never be shown: a message quoting a 1 GB line stays cheap.
  const std::size_t tail_bytes = max_bytes / 3;
  if (message.size() > max_bytes * 4) {
    const std::size_t head_end = char_start(message, max_bytes * 2);
    const std::size_t tail_start = char_start(message, message.size() - tail_bytes * 2);
    return message_line(std::string(message.substr(0, head_end)) + std::string(message.substr(tail_start)), max_bytes);
  }
  const std::string shown = escaped(message);
  if (shown.size() <= max_bytes) return shown;
  // Keep the start (what failed, on which input) and the end (why), which is where messages say it.
  const std::size_t head_end = char_start(shown, max_bytes - tail_bytes - 3);
  std::size_t tail_start = char_start(shown, shown.size() - tail_bytes);
  return shown.substr(0, head_end) + "…" + shown.substr(tail_start);
}

std::string coordinate_excerpt(double degrees) {
  if (std::isnan(degrees)) return "nan";
  if (std::isinf(degrees)) return degrees > 0 ? "inf" : "-inf";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.7g", degrees);  // 7 digits: a centimetre in degrees
  return buffer;
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += sep;
    out += items[i];
  }
  return out;
}

}  // namespace routecheck::text
