// Times as stories give them: a weekday or a date, a clock time or a part of the day (an interval of local
// minutes), a zone, or a day counted from the one before ("the next day"), read from words by the table
// geodata/time_words.tsv. Typed input (check --depart "Sunday 22:00") and running text share the grammar.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace routecheck::timeline {

inline constexpr int kMinutesPerDay = 24 * 60;

// A word of the text the grammar reads: the article's tokens, or typed input split by split_words. Its text
// and lower case are views into what it was read from.
struct Word {
  std::string_view text, lower;
  bool capital = false;
  bool number = false;
  std::size_t start = 0, end = 0;  // byte offsets
};

// The words the grammar reads, one at a time: an article's tokens are read where they are, not copied into
// Words first (a copy of every token of a long story was its largest allocation while its times were read).
class Words {
 public:
  virtual ~Words() = default;
  virtual std::size_t size() const = 0;
  virtual Word operator[](std::size_t i) const = 0;
};

// Typed input as words (split at spaces, between digits and letters, around punctuation); their text views
// point into `text`, which must outlive them.
class SplitWords : public Words {
 public:
  explicit SplitWords(std::string_view text);
  SplitWords(const SplitWords&) = delete;
  SplitWords& operator=(const SplitWords&) = delete;
  std::size_t size() const override { return words_.size(); }
  Word operator[](std::size_t i) const override { return words_[i]; }

 private:
  std::string lower_;  // the text in ASCII lower case: the words' lower views point into it
  std::vector<Word> words_;
};

// What a story says of one moment. Hours are local minutes of the day, closed [from_min, to_min];
// to_min past a day runs into the next ("Sunday night" is Sunday 20:00 to Monday 05:00).
struct TimeSpec {
  std::string text;
  std::size_t start = 0, end = 0;
  std::optional<unsigned> weekday;         // ISO 8601: Monday 1 ... Sunday 7
  std::optional<int> year;                 // a date, whole or in part
  std::optional<unsigned> month, day;
  std::optional<int> relative_days;        // days after the day of the time before it ("the next day")
  int from_min = 0, to_min = kMinutesPerDay;
  bool hours_given = false;                // a clock time or a part of the day narrowed the hours
  bool clock = false;                      // a clock time
  std::optional<int> utc_offset_min;       // the time is written in UTC or at an offset ("22:00 GMT")
  std::string zone_place;                  // "Pyongyang time": whose clock; "local" for "(local time)"
  bool earliest = false;                   // "as early as Tuesday": at or after

  bool has_day() const { return weekday || (month && day) || relative_days; }
  // How much it pins down: a day and a clock time rank above a day and a part of the day, above a day.
  int specificity() const;
  // "Sunday 22:00", "12 September 2023, morning (05:00-12:00)".
  std::string describe() const;
};

// Reads a time phrase at words[k]: returns it and the number of words read, or nothing. In running text
// (typed = false) weekday names must be capitalised and abbreviations are not read ("sat", "wed").
std::optional<std::pair<TimeSpec, std::size_t>> read_time_at(const Words& words, std::size_t k, bool typed);

// The whole text as one time ("Sunday 22:00", "Monday morning", "2023-09-10 22:00", "late on Sunday").
// Throws InputError naming `option` when any of it is not a time.
TimeSpec parse_time(const std::string& text, const std::string& option);

// Words that tie a time to a trip (geodata/time_words.tsv kinds depart, arrive, event), as word lists.
enum class Role { depart, arrive, event };
const char* to_string(Role role);
const std::vector<std::vector<std::string>>& role_cues(Role role);

// "published", "updated": a date near it is the story's own.
bool is_dateline_word(std::string_view lower_word);

// "Monday", from an ISO weekday number.
const std::string& weekday_name(unsigned iso_weekday);

}  // namespace routecheck::timeline
