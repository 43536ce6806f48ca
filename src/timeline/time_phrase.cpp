// The time grammar (see time_phrase.hpp): a phrase is a run of time words (a weekday, a date, a clock time,
// a part of the day, a relative day, a zone) joined by fillers ("on", "at", "the", commas, brackets).
#include "timeline/time_phrase.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>

#include "core/error.hpp"
#include "core/text.hpp"

namespace routecheck::timeline {

extern const char* const kTimeWordsTsv;  // generated from geodata/time_words.tsv

namespace {

bool parse_int_field(std::string_view s, int& out) {
  const auto v = text::parse_int(s);
  if (!v || *v < -1000000 || *v > 1000000) return false;
  out = static_cast<int>(*v);
  return true;
}

struct HourRange {
  int from_min = 0, to_min = 0;
};

struct Fraction {
  double from = 0, to = 1;
};

struct Relative {
  int days = 0;
  std::optional<HourRange> hours;
};

struct TimeWords {
  // std::less<>: looked up by the words' views.
  std::map<std::string, unsigned, std::less<>> weekday, weekday_short, month;
  std::map<std::string, HourRange, std::less<>> part, day_modifier;
  std::map<std::string, Fraction, std::less<>> part_modifier;
  std::map<std::vector<std::string>, HourRange> clock_modifier;
  std::map<std::vector<std::string>, Relative> relative;
  std::map<std::vector<std::string>, int> relative_lead;  // "the next", "that same": days, before "day" or a part
  std::map<std::string, int, std::less<>> zone_offset_min;
  std::array<std::vector<std::vector<std::string>>, 3> cues;  // by Role
  std::set<std::string, std::less<>> dateline;
};

// "05:00" or "-00:30" as minutes; "29:00" is 05:00 the next day.
int parse_hhmm(std::string_view s, const std::string& where) {
  const bool negative = !s.empty() && s.front() == '-';
  if (negative) s.remove_prefix(1);
  const auto colon = s.find(':');
  int h = 0, m = 0;
  if (colon == std::string_view::npos || !parse_int_field(s.substr(0, colon), h) || !parse_int_field(s.substr(colon + 1), m) ||
      m > 59)
    throw InputError(where + ": expected HH:MM, got '" + std::string(s) + "'");
  return (negative ? -1 : 1) * (h * 60 + m);
}

double parse_fraction(std::string_view s, const std::string& where) {
  const auto v = text::parse_double(s);
  if (!v || *v < 0 || *v > 1) throw InputError(where + ": expected a fraction 0-1, got '" + std::string(s) + "'");
  return *v;
}

const TimeWords& time_words() {
  static const TimeWords words = [] {
    TimeWords w;
    const std::string origin = "geodata/time_words.tsv";
    for (const text::TableRow& row : text::table_rows(kTimeWordsTsv, origin, 6, "kind<TAB>word<TAB>value<TAB>from<TAB>to<TAB>source")) {
      const std::string kind(row.fields[0]), word(row.fields[1]);
      const std::string where = row.where(origin);
      int value = 0;
      const bool has_value = parse_int_field(row.fields[2], value);
      auto hours = [&] { return HourRange{parse_hhmm(row.fields[3], where), parse_hhmm(row.fields[4], where)}; };
      if (kind == "weekday" || kind == "weekday_short" || kind == "month") {
        if (!has_value) throw InputError(where + ": expected a number in the value column");
        (kind == "weekday" ? w.weekday : kind == "month" ? w.month : w.weekday_short)[word] = static_cast<unsigned>(value);
      } else if (kind == "part") {
        w.part[word] = hours();
      } else if (kind == "day_modifier") {
        w.day_modifier[word] = hours();
      } else if (kind == "part_modifier") {
        w.part_modifier[word] = {parse_fraction(row.fields[3], where), parse_fraction(row.fields[4], where)};
      } else if (kind == "clock_modifier") {
        w.clock_modifier[text::words(word)] = hours();
      } else if (kind == "relative") {
        if (!has_value) throw InputError(where + ": expected a number of days in the value column");
        Relative r{value, std::nullopt};
        if (row.fields[3] != "-") r.hours = hours();
        w.relative[text::words(word)] = r;
      } else if (kind == "relative_lead") {
        if (!has_value) throw InputError(where + ": expected a number of days in the value column");
        w.relative_lead[text::words(word)] = value;
      } else if (kind == "zone") {
        w.zone_offset_min[word] = value * 60;
      } else if (kind == "dateline") {
        w.dateline.insert(word);
      } else if (kind == "depart" || kind == "arrive" || kind == "event") {
        const Role role = kind == "depart" ? Role::depart : kind == "arrive" ? Role::arrive : Role::event;
        w.cues[static_cast<std::size_t>(role)].push_back(text::words(word));
      } else {
        throw InputError(where + ": unknown kind '" + kind + "'");
      }
    }
    for (auto& list : w.cues)  // longest first, so "set off" wins over a shorter cue at the same word
      std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    return w;
  }();
  return words;
}

bool is_int(const Word& w, int& out) { return w.number && parse_int_field(w.text, out); }

bool is_am_pm(std::string_view lower, bool& pm) {
  if (lower == "am" || lower == "a.m" || lower == "a.m.") return pm = false, true;
  if (lower == "pm" || lower == "p.m" || lower == "p.m.") return pm = true, true;
  return false;
}

// The longest multi-word key of `table` matching at words[k]; its length (0: none).
template <class Map>
std::size_t match_phrase(const Map& table, const Words& words, std::size_t k, typename Map::const_iterator& found) {
  std::size_t best = 0;
  for (auto it = table.begin(); it != table.end(); ++it) {
    const auto& phrase = it->first;
    if (phrase.size() <= best || k + phrase.size() > words.size()) continue;
    bool ok = true;
    for (std::size_t i = 0; i < phrase.size() && ok; ++i) ok = words[k + i].lower == phrase[i];
    if (ok) best = phrase.size(), found = it;
  }
  return best;
}

// Whether a bare "at NNNN" may be a clock: nothing after it, or no word that makes it an amount or an
// address ("at 2300 feet", "at 2150 Main Street"): punctuation, or a word of time or place that follows
// times ("on", "in", "local", "the").
bool clock_may_end(const Words& w, std::size_t next) {
  static const std::set<std::string, std::less<>> after{"on", "in", "and", "the", "that", "this", "local", "hours", "hrs", "from", "to", "for", "after", "before", "when"};
  if (next >= w.size()) return true;
  const Word& x = w[next];
  if (x.number) return false;
  const bool word = !x.lower.empty() && std::isalpha(static_cast<unsigned char>(x.lower.front()));
  return !word || after.count(x.lower) > 0;
}

// A clock time at words[j]: "22:00", "9.55 a.m.", "8am", "2200 GMT", "22.00" after "at". Returns the words
// read (0: none) and the minutes of the day.
std::size_t read_clock(const Words& w, std::size_t j, bool typed, int& minutes) {
  int h = 0, m = 0;
  std::size_t used = 0;
  if (!w[j].number) return 0;
  const std::string_view t = w[j].text;
  const auto dot = t.find('.');
  bool pm = false;
  const bool am_pm_next = j + 1 < w.size() && is_am_pm(w[j + 1].lower, pm);
  if (j + 2 < w.size() && w[j + 1].text == ":" && w[j + 2].number && w[j + 2].text.size() == 2 && parse_int_field(t, h) &&
      parse_int_field(w[j + 2].text, m)) {
    used = 3;
  } else if (dot != std::string::npos && t.size() - dot == 3 && parse_int_field(t.substr(0, dot), h) &&
             parse_int_field(t.substr(dot + 1), m)) {
    // "9.55" is a clock time with a.m./p.m. after it, or after "at" ("at 22.00"); otherwise a decimal.
    const bool after_at = j > 0 && w[j - 1].lower == "at";
    if (!am_pm_next && !after_at && !typed) return 0;
    used = 1;
  } else if (t.size() <= 2 && parse_int_field(t, h) && am_pm_next) {
    used = 1;
  } else if (t.size() == 4 && parse_int_field(t.substr(0, 2), h) && parse_int_field(t.substr(2), m) &&
             ((j + 1 < w.size() && (time_words().zone_offset_min.count(w[j + 1].lower) || w[j + 1].lower == "hrs" ||
                                    w[j + 1].lower == "hours" || w[j + 1].lower == "local")) ||
              (j > 0 && w[j - 1].lower == "at" && (t.front() == '0' || h >= 21) && clock_may_end(w, j + 1)))) {
    // "2200 GMT", "0615 local time", "1830 hours", military style; after "at", four digits that are no year
    // ("at 0800", "at 2130"; "at 1945" may be one) (trial R: "0615 local time" was no time). "hours" and
    // "hrs" are the clock's word: the phrase goes on after them ("0800 hours on Monday").
    used = j + 1 < w.size() && (w[j + 1].lower == "hrs" || w[j + 1].lower == "hours") ? 2 : 1;
  } else if (j + 2 < w.size() && t.size() <= 2 && w[j + 1].lower == "h" && w[j + 2].number && w[j + 2].text.size() == 2 &&
             w[j + 1].start == w[j].end && w[j + 2].start == w[j + 1].end && parse_int_field(t, h) && parse_int_field(w[j + 2].text, m) &&
             (typed || (j > 0 && w[j - 1].lower == "at"))) {
    used = 3;  // "19h40": French and Belgian copy's clock (after "at" in running text; "in 3h20" is a time taken)
  } else {
    return 0;
  }
  if (m > 59) return 0;
  if (j + used < w.size() && is_am_pm(w[j + used].lower, pm)) {
    if (h < 1 || h > 12) return 0;
    h = h % 12 + (pm ? 12 : 0);
    ++used;
    if (j + used < w.size() && w[j + used].text == "." && w[j + used].start == w[j + used - 1].end) ++used;  // "p.m."
  } else if (h > 23) {
    return 0;
  }
  minutes = h * 60 + m;
  return used;
}

bool is_filler(const Word& w) {
  static const std::set<std::string, std::less<>> fillers{"on", "at", "in", "the", "of", ",", "(", ")", "by", "from", "until"};
  return fillers.count(w.lower) > 0;
}

bool capitalised_or_typed(const Word& w, bool typed) { return typed || w.capital; }

}  // namespace

const char* to_string(Role role) {
  switch (role) {
    case Role::depart: return "depart";
    case Role::arrive: return "arrive";
    case Role::event: return "event";
  }
  return "?";
}

const std::vector<std::vector<std::string>>& role_cues(Role role) { return time_words().cues[static_cast<std::size_t>(role)]; }

bool is_dateline_word(std::string_view lower) { return time_words().dateline.count(lower) > 0; }

const std::string& weekday_name(unsigned iso_weekday) {
  static const std::array<std::string, 8> names{"?", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  return names[iso_weekday <= 7 ? iso_weekday : 0];
}

int TimeSpec::specificity() const {
  return (has_day() ? 4 : 0) + (clock ? 2 : hours_given ? 1 : 0) + (year ? 1 : 0);
}

std::string TimeSpec::describe() const {
  std::string out;
  auto add = [&](const std::string& s) { out += (out.empty() ? "" : " ") + s; };
  // Minutes past the day run into the next: a clock shows them on that day ("Sunday 20:00 to Monday
  // 05:00", "20:00 to 05:00 the next day", midnight on Sunday as "Monday 00:00"), never as 29:00.
  // A span ending at a day's end ends on that day, at 24:00 ("late on Sunday" is Sunday 17:00-24:00).
  const int from_day = from_min / kMinutesPerDay, to_day = to_min > from_min ? (to_min - 1) / kMinutesPerDay : from_day;
  auto hhmm = [](int m) { return fmt::format("{:02}:{:02}", (m % kMinutesPerDay) / 60, m % 60); };
  auto hhmm_end = [&](int m) { return m > from_min && m % kMinutesPerDay == 0 ? std::string("24:00") : hhmm(m); };
  auto on_day = [&](int shift) -> std::pair<std::string, std::string> {  // words before and after a clock
    if (shift == 0) return {"", ""};
    if (weekday) return {weekday_name((*weekday - 1 + static_cast<unsigned>(shift)) % 7 + 1) + " ", ""};
    return {"", shift == 1 ? " the next day" : fmt::format(" {} days later", shift)};
  };
  if (relative_days) add(fmt::format("{} day{} later", *relative_days, *relative_days == 1 ? "" : "s"));
  if (weekday && !(hours_given && from_day > 0)) add(weekday_name(*weekday));
  if (month && day) add(year ? fmt::format("{:04}-{:02}-{:02}", *year, *month, *day) : fmt::format("--{:02}-{:02}", *month, *day));
  if (hours_given) {
    const auto [before_from, after_from] = on_day(from_day);
    if (from_min == to_min || from_day == to_day) {
      add(before_from + (from_min == to_min ? hhmm(from_min) : hhmm(from_min) + "-" + hhmm_end(to_min)) + after_from);
    } else {
      const auto [before_to, after_to] = on_day(to_day);
      add(before_from + hhmm(from_min) + after_from + " to " + before_to + hhmm_end(to_min) + after_to);
    }
  }
  if (earliest) out = "at or after " + out;
  return out;
}

SplitWords::SplitWords(std::string_view s) : lower_(s) {
  for (char& ch : lower_) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  std::vector<Word>& out = words_;
  std::size_t i = 0;
  auto kind = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) ? 1 : std::isalpha(static_cast<unsigned char>(c)) ? 2 : 0; };
  while (i < s.size()) {
    const char c = s[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    const int k = kind(c);
    if (k == 1)  // digits, with a decimal point between digits
      while (j < s.size() && (kind(s[j]) == 1 || (s[j] == '.' && j + 1 < s.size() && kind(s[j + 1]) == 1))) ++j;
    else if (k == 2)  // letters, with inner periods ("p.m")
      while (j < s.size() && (kind(s[j]) == 2 || (s[j] == '.' && j + 1 < s.size() && kind(s[j + 1]) == 2))) ++j;
    Word w;
    w.start = i, w.end = j, w.text = s.substr(i, j - i);
    w.lower = std::string_view(lower_).substr(i, j - i);
    w.number = k == 1;
    w.capital = k == 2 && std::isupper(static_cast<unsigned char>(c));
    out.push_back(w);
    i = j;
  }
}

std::optional<std::pair<TimeSpec, std::size_t>> read_time_at(const Words& w, std::size_t k, bool typed) {
  const TimeWords& tw = time_words();
  TimeSpec spec;
  std::size_t j = k, last_end = k;  // words [k, last_end) are the phrase so far
  bool anchor = false, have_part = false;
  std::optional<HourRange> part, clock_shift;
  std::optional<int> clock;
  std::string pending_modifier;
  // "Jan.", "Tues.": a story's tokens keep an abbreviation's full stop on the word.
  auto bare = [&](std::size_t i) {
    std::string_view lower = w[i].lower;
    if (lower.size() > 1 && lower.back() == '.') lower.remove_suffix(1);
    return std::string(lower);
  };
  auto weekday_at = [&](std::size_t i) -> std::optional<unsigned> {
    auto it = tw.weekday.find(bare(i));
    if (it != tw.weekday.end() && capitalised_or_typed(w[i], typed)) return it->second;
    if (typed) {
      auto s = tw.weekday_short.find(bare(i));
      if (s != tw.weekday_short.end()) return s->second;
    }
    return std::nullopt;
  };
  auto month_at = [&](std::size_t i) -> std::optional<unsigned> {
    auto it = tw.month.find(bare(i));
    if (it == tw.month.end() || !capitalised_or_typed(w[i], typed)) return std::nullopt;
    return it->second;
  };
  auto day_number = [&](std::size_t i, int& d) { return i < w.size() && is_int(w[i], d) && w[i].text.size() <= 2 && d >= 1 && d <= 31; };
  auto year_number = [&](std::size_t i, int& y) { return i < w.size() && is_int(w[i], y) && w[i].text.size() == 4 && y >= 1900 && y <= 2100; };
  while (j < w.size()) {
    const Word& x = w[j];
    int n = 0, minutes = 0;
    // "as early as": the time is a bound, the event at or after it.
    if (x.lower == "as" && j + 2 < w.size() && w[j + 1].lower == "early" && w[j + 2].lower == "as") {
      spec.earliest = true;
      j += 3;
      continue;
    }
    if (auto wd = weekday_at(j)) {
      if (spec.weekday && *spec.weekday != *wd) break;
      spec.weekday = *wd;
      anchor = true;
      last_end = ++j;
      if (j < w.size() && w[j].text == "." && typed) last_end = ++j;  // "Sun."
      continue;
    }
    // ISO date: 2023-09-10.
    if (year_number(j, n) && j + 4 < w.size() && w[j + 1].text == "-" && w[j + 3].text == "-") {
      int mo = 0, d = 0;
      if (is_int(w[j + 2], mo) && mo >= 1 && mo <= 12 && day_number(j + 4, d)) {
        spec.year = n, spec.month = static_cast<unsigned>(mo), spec.day = static_cast<unsigned>(d);
        anchor = true;
        last_end = j += 5;
        continue;
      }
    }
    // "12 September [2023]", "12th of September".
    if (day_number(j, n)) {
      std::size_t m = j + 1;
      if (m < w.size() && (w[m].lower == "th" || w[m].lower == "st" || w[m].lower == "nd" || w[m].lower == "rd") && w[m].start == x.end) ++m;
      if (m < w.size() && w[m].lower == "of") ++m;
      if (m < w.size()) {
        if (auto mo = month_at(m)) {
          spec.month = *mo, spec.day = static_cast<unsigned>(n);
          anchor = true;
          j = m + 1;
          if (j < w.size() && w[j].text == "." && w[j].start == w[j - 1].end) ++j;
          int y = 0;
          if (year_number(j, y)) spec.year = y, ++j;
          last_end = j;
          continue;
        }
      }
    }
    // "September 12[, 2023]", "Sept. 12".
    if (auto mo = month_at(j)) {
      std::size_t m = j + 1;
      if (m < w.size() && w[m].text == "." && w[m].start == x.end) ++m;
      int d = 0;
      if (day_number(m, d) && !(m + 1 < w.size() && w[m + 1].text == ":")) {
        spec.month = *mo, spec.day = static_cast<unsigned>(d);
        anchor = true;
        j = m + 1;
        if (j < w.size() && (w[j].lower == "th" || w[j].lower == "st" || w[j].lower == "nd" || w[j].lower == "rd")) ++j;
        int y = 0;
        if (j + 1 < w.size() && w[j].text == "," && year_number(j + 1, y)) spec.year = y, j += 2;
        else if (year_number(j, y)) spec.year = y, ++j;
        last_end = j;
        continue;
      }
    }
    // A clock time, with a hedge or "shortly after" before it.
    {
      typename decltype(tw.clock_modifier)::const_iterator mod;
      const std::size_t mod_words = match_phrase(tw.clock_modifier, w, j, mod);
      if (mod_words > 0 && j + mod_words < w.size()) {
        if (const std::size_t used = read_clock(w, j + mod_words, typed, minutes)) {
          clock = minutes, clock_shift = mod->second;
          anchor = true;
          last_end = j = j + mod_words + used;
          continue;
        }
      }
      if (const std::size_t used = read_clock(w, j, typed, minutes)) {
        if (clock) break;  // a second clock time is another moment ("from 9:00 to 17:00")
        clock = minutes;
        anchor = true;
        last_end = j += used;
        continue;
      }
    }
    // Days counted from the one before: "the next day", "overnight", "tomorrow".
    {
      typename decltype(tw.relative)::const_iterator rel;
      if (const std::size_t used = match_phrase(tw.relative, w, j, rel)) {
        spec.relative_days = rel->second.days;
        if (rel->second.hours) part = rel->second.hours, have_part = true;
        anchor = true;
        last_end = j += used;
        continue;
      }
    }
    // A part of the day, "early" or "late" before it taking a share of it.
    auto take_part = [&](HourRange r) {
      if (!pending_modifier.empty()) {
        const Fraction f = tw.part_modifier.at(pending_modifier);
        const int span = r.to_min - r.from_min;
        r = {r.from_min + static_cast<int>(span * f.from), r.from_min + static_cast<int>(span * f.to)};
        pending_modifier.clear();
      }
      part = r, have_part = true;
    };
    // "the next evening", "that same night", "later that day": a lead counting days, then "day" or a part.
    {
      typename decltype(tw.relative_lead)::const_iterator lead;
      if (const std::size_t used = match_phrase(tw.relative_lead, w, j, lead); used > 0 && j + used < w.size()) {
        const std::string_view head = w[j + used].lower;
        const auto p = tw.part.find(head);
        if (head == "day" || p != tw.part.end()) {
          spec.relative_days = lead->second;
          if (p != tw.part.end()) take_part(p->second);
          anchor = true;
          last_end = j += used + 1;
          continue;
        }
      }
    }
    if (auto p = tw.part.find(x.lower); p != tw.part.end()) {
      take_part(p->second);
      anchor = true;
      last_end = ++j;
      continue;
    }
    if (tw.part_modifier.count(x.lower) && tw.day_modifier.count(x.lower)) {
      pending_modifier = x.lower;
      ++j;
      continue;
    }
    // Zones: "GMT", "(local time)", "Singapore time" (a capitalised name and "time", after a time).
    if (anchor && tw.zone_offset_min.count(x.lower) && (x.capital || typed)) {
      spec.utc_offset_min = tw.zone_offset_min.find(x.lower)->second;
      last_end = ++j;
      continue;
    }
    if (anchor && x.lower == "local" && j + 1 < w.size() && w[j + 1].lower == "time") {
      spec.zone_place = "local";
      last_end = j += 2;
      if (j < w.size() && w[j].text == ")") last_end = ++j;
      continue;
    }
    if (anchor && x.capital && !x.number) {
      std::size_t m = j;
      while (m < w.size() && w[m].capital && m - j < 3) ++m;
      if (m < w.size() && m > j && w[m].lower == "time") {
        std::string name;
        for (std::size_t i = j; i < m; ++i) (name += name.empty() ? "" : " ") += w[i].text;
        spec.zone_place = name;
        last_end = j = m + 1;
        continue;
      }
    }
    // A full stop inside a phrase ("Sept. 12"), never one that ends its sentence: "on Friday. The overnight
    // ferry" is two times (trial R: the next paragraph's "overnight" moved the arrival a day).
    if (is_filler(x) || (x.text == "." && j > k && !(j + 1 < w.size() && w[j + 1].capital))) {
      ++j;
      continue;
    }
    // "at 21:00 on a Thursday": the article between "on" and a weekday (trial R: the clock and the day were
    // two times, the departure the whole day).
    if (x.lower == "a" && j > k && w[j - 1].lower == "on" && j + 1 < w.size() && weekday_at(j + 1)) {
      ++j;
      continue;
    }
    break;
  }
  if (!anchor || last_end == k) return std::nullopt;
  // The phrase starts at its first time word, not at a filler: the caller's scan finds it there.
  if (is_filler(w[k]) && w[k].lower != "the") return std::nullopt;
  if (clock) {
    const HourRange shift = clock_shift.value_or(HourRange{0, 0});
    spec.from_min = *clock + shift.from_min, spec.to_min = *clock + shift.to_min;
    spec.clock = spec.hours_given = true;
  } else if (have_part) {
    spec.from_min = part->from_min, spec.to_min = part->to_min;
    spec.hours_given = true;
  } else if (!pending_modifier.empty() && spec.has_day()) {
    const HourRange r = tw.day_modifier.at(pending_modifier);
    spec.from_min = r.from_min, spec.to_min = r.to_min;
    spec.hours_given = true;
  }
  // A relative word without hours and without a clock says nothing of the hours: the whole day.
  spec.start = w[k].start, spec.end = w[last_end - 1].end;
  return std::make_pair(spec, last_end - k);
}

TimeSpec parse_time(const std::string& input, const std::string& option) {
  const SplitWords words(input);
  const std::string excerpt = text::utf8_excerpt(input, text::kQuotedInputBytes);
  const InputError bad(option + " '" + excerpt +
                       "': expected a time as a story gives it: a date and time (2023-09-10 22:00), a weekday with a "
                       "clock time or part of the day (Sunday 22:00, Monday morning, late on Sunday), or a date (12 September)");
  // Leading fillers ("on Sunday") are part of typed input.
  std::size_t k = 0;
  while (k < words.size() && (words[k].lower == "on" || words[k].lower == "at")) ++k;
  if (k == words.size()) throw bad;
  auto found = read_time_at(words, k, true);
  if (!found) throw bad;
  std::size_t end = k + found->second;
  while (end < words.size() && (words[end].text == "." || words[end].text == ")")) ++end;
  if (end != words.size()) throw bad;
  TimeSpec spec = found->first;
  spec.text = input;
  spec.start = 0, spec.end = input.size();
  if (spec.year && spec.month && spec.day) {
    const auto ok = [&] {
      return spec.day <= 31 && spec.month <= 12 && *spec.day >= 1 &&
             *spec.day <= std::array<unsigned, 13>{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[*spec.month] &&
             !(*spec.month == 2 && *spec.day == 29 && !((*spec.year % 4 == 0 && *spec.year % 100 != 0) || *spec.year % 400 == 0));
    }();
    if (!ok) throw InputError(option + " '" + excerpt + "': not a date in the calendar");
  }
  return spec;
}

}  // namespace routecheck::timeline
