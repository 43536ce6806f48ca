// Claims from a spreadsheet: CSV (comma-, semicolon- or tab-separated) with a header naming the columns from,
// to, via, distance, speed, duration, stop, mode, depart (any order, any subset but from and to; several via
// points separated by ';') and any columns of the newsroom's own (an id, a URL, a note), which pass through
// untouched to the claim's output row; one output row per claim, a bad row reported in its row (with its
// places as given and its own columns) without stopping the rest.
#pragma once
#include <functional>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "verdicts/claim.hpp"

namespace routecheck::verdicts {

struct ClaimRow {
  std::size_t row = 0;  // 1 = the first line after the header
  ClaimInput input;
  std::vector<std::string> passed;  // the values of the table's own columns (ClaimsCsvReader::passed_columns)
  std::string error;    // set when the row itself cannot be read
};

// Reads a claims spreadsheet a record at a time from chunks that `more` appends to a buffer (returning
// false once the input is over), so memory holds the longest record, not the file. The constructor reads
// the header and throws InputError when it lacks from or to, or names an unknown column.
class ClaimsCsvReader {
 public:
  explicit ClaimsCsvReader(std::function<bool(std::string&)> more);
  // The next row (blank lines skipped), or nothing at the end.
  std::optional<ClaimRow> next();
  // The names of the columns that are not claim fields, in the header's order: they pass through.
  const std::vector<std::string>& passed_columns() const { return passed_names_; }
  char delimiter() const { return delimiter_; }
  // A record longer than this is that row's error, skipped to the end of its line without being held
  // whole (a 1 GB one-line file took 5.9 GB of memory); a header longer than this refuses the table.
  static constexpr std::size_t kMaxRecordBytes = std::size_t{1} << 20;

 private:
  static constexpr std::size_t kChunkBytes = 1 << 16;
  void skip_oversized_line();
  bool next_record(std::size_t& start, bool& unterminated);  // into fields_; start = its offset in buffer_
  std::function<bool(std::string&)> more_;
  std::string buffer_;
  std::size_t pos_ = 0;
  bool ended_ = false;
  std::vector<std::string> fields_;
  std::map<std::string, std::size_t> column_;
  std::vector<std::string> passed_names_;
  std::vector<std::size_t> passed_at_;  // their field indexes
  char delimiter_ = ',';
  std::size_t header_size_ = 0, rows_ = 0;
  std::size_t oversized_bytes_ = 0;  // set by next_record: the record was over kMaxRecordBytes, this much skipped
};

// All rows of a spreadsheet held in memory (tests, the fuzz target).
std::vector<ClaimRow> read_claims_csv(std::string_view csv);

// RFC 4180 fields of one record starting at `pos`; advances `pos` past the record.
// One RFC 4180 record from pos, which moves past it. `unterminated` is set when a quoted field runs to
// the end of the text: an unbalanced quote, which would otherwise swallow every row after it.
std::vector<std::string> next_csv_record(std::string_view csv, std::size_t& pos, bool* unterminated = nullptr,
                                         char delimiter = ',');
// The delimiter of a table whose first record starts at `csv`: the most frequent of ',', ';' and tab outside
// quotes on that line (',' when none is there).
char detect_delimiter(std::string_view csv);
std::string csv_field(std::string_view value);  // quoted when it must be

// Checks every row of a claims spreadsheet, writing one output row per claim through `write` (CSV, or
// NDJSON when `json`) and each bad row's fields as given (as far as they could be read) and its message
// through `bad_row`. Returns the exit status: the worst
// verdict's, or 2 when any row was bad. Rows by ship run on `sea_lanes` when given; `check_row`, when given,
// checks each row instead (the library's whole pipeline: networks, stations, countries). `checked`, when
// given, sees each checked row's claim and report (with the row's number), e.g. to make its map layers.
using ClaimChecker = std::function<std::pair<Claim, Report>(const ClaimInput&)>;
int check_claims_table(std::istream& csv, routes::WaypointResolver& resolver, const routes::ModeProfiles& modes,
                       bool json, const std::function<void(std::string_view)>& write,
                       const std::function<void(std::size_t row, const ClaimInput& as_given, const std::string& message)>& bad_row,
                       const routes::SeaLanes* sea_lanes = nullptr, const ClaimChecker* check_row = nullptr,
                       const std::function<void(std::size_t row, Claim& claim, const Report& report)>& checked = {});

// Output rows. `passed_names` are the table's own columns and `row.passed` their values, written after the
// row number (CSV) or as the object "columns" (NDJSON); an error row keeps the places as given.
std::string batch_csv_header(const std::vector<std::string>& passed_names = {});
std::string batch_csv_row(const ClaimRow& row, const Claim* claim, const Report* report, const std::string& error);
// One NDJSON line, appended to `out` (a batch reuses one buffer for all its rows).
void append_batch_json_row(std::string& out, const ClaimRow& row, const std::vector<std::string>& passed_names,
                           const Claim* claim, const Report* report, const std::string& error);

}  // namespace routecheck::verdicts
