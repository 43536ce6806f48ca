// Small text helpers every stage uses: splitting, trimming, strict number parsing.
#pragma once
#include <fstream>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace routecheck::text {

// The longest excerpt of a user's input an error message quotes (bytes, cut at a character boundary).
constexpr std::size_t kQuotedInputBytes = 80;

std::vector<std::string_view> split(std::string_view s, char sep);
// Lines without their '\n' (and a trailing '\r'); no empty last line for a final newline.
std::vector<std::string_view> split_lines(std::string_view s);
std::string_view trim(std::string_view s);
// The space-separated words of a phrase, empty ones left out: "just  over" -> {"just", "over"}.
std::vector<std::string> words(std::string_view phrase);
// The whole field must be a finite number ("1e400", "nan", "12abc" are not).
std::optional<double> parse_double(std::string_view s);
std::optional<long long> parse_int(std::string_view s);
// The whole file; throws InputError naming the path when it cannot be read, is a directory, or is larger
// than max_bytes (the message names `limit_option`, the option that raises the limit).
// `path` opened for reading in binary; throws InputError like read_file (a directory, unreadable).
std::ifstream open_file(const std::string& path);
std::string read_file(const std::string& path, std::size_t max_bytes = SIZE_MAX,
                      const char* limit_option = "");
// Checks s is valid UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
bool valid_utf8(std::string_view s);

// One row of a geodata-style table: '#' comments and blank lines skipped, fields split at tabs. The
// fields view the table's text, which must outlive them.
struct TableRow {
  std::size_t line = 0;
  std::vector<std::string_view> fields;
  std::string where(const std::string& origin) const { return origin + ":" + std::to_string(line); }
};
// Throws InputError "ORIGIN:LINE: expected EXPECTED" for a row with fewer than min_fields fields.
std::vector<TableRow> table_rows(std::string_view text, const std::string& origin, std::size_t min_fields,
                                 const std::string& expected);
bool stderr_is_terminal();
// v rounded to `decimals` places as the double nearest that decimal, so JSON prints 148.14, not
// 148.14000000000001 (the float noise of multiplying a rounded count back by 0.01).
double round_decimals(double v, int decimals);
// "a rail route", "an air route", "an 8 h stop": the indefinite article English puts before `phrase`.
std::string with_article(std::string_view phrase);

// The items with `sep` between them ("a, b, c").
std::string join(const std::vector<std::string>& items, std::string_view sep);
// `s` with every `from` replaced by `to` ("high_speed_rail", "_", " ": "high speed rail").
std::string replace_all(std::string_view s, std::string_view from, std::string_view to);
// s cut to at most max_bytes without splitting a UTF-8 character; "…" appended when cut. Bytes that are
// not valid UTF-8, and control characters (ESC, newline, C1), are shown as \xNN, so a message quoting
// user input is always valid UTF-8 on one line.
std::string utf8_excerpt(std::string_view s, std::size_t max_bytes);
// The longest message line routecheck prints (bytes).
constexpr std::size_t kMessageLineBytes = 400;
// A whole message made one short, valid line: escaped like utf8_excerpt, and when longer than max_bytes
// its middle cut out ("…"), keeping the start (what failed, on which input) and the end (why). Every line
// the CLI writes to stderr goes through it.
std::string message_line(std::string_view message, std::size_t max_bytes = kMessageLineBytes);
// A coordinate as a message shows it: "95", "-200.5", "1e+999" read as "inf", "nan"; 7 significant digits, at most 14 characters.
std::string coordinate_excerpt(double degrees);
// The whole UTF-8 character starting at byte i (its lead byte), or "\xNN" for a byte that starts none.
std::string utf8_char_at(std::string_view s, std::size_t i);
// All of standard input, read in large blocks (bulk modes read megabytes); throws InputError past
// max_bytes, naming `limit_option`.
std::string read_stdin(std::size_t max_bytes = SIZE_MAX, const char* limit_option = "");

}  // namespace routecheck::text
