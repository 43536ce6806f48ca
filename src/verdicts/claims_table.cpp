// CSV in and out for `check --batch`.
#include "verdicts/claims_table.hpp"

#include <fmt/format.h>

#include <istream>
#include <map>

#include "core/error.hpp"
#include "core/json_out.hpp"
#include "core/text.hpp"
#include "routes/mode_network.hpp"
#include "verdicts/report_json.hpp"

namespace routecheck::verdicts {

std::vector<std::string> next_csv_record(std::string_view csv, std::size_t& pos, bool* unterminated, char delimiter) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  while (pos < csv.size()) {
    const char c = csv[pos++];
    if (quoted) {
      if (c == '"' && pos < csv.size() && csv[pos] == '"') { fields.back() += '"'; ++pos; }
      else if (c == '"') quoted = false;
      else fields.back() += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == delimiter) {
      fields.emplace_back();
    } else if (c == '\n') {
      break;
    } else if (c != '\r') {
      fields.back() += c;
    }
  }
  if (unterminated) *unterminated = quoted;
  return fields;
}

char detect_delimiter(std::string_view csv) {
  std::size_t commas = 0, semicolons = 0, tabs = 0;
  bool quoted = false;
  for (char c : csv) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') break;
    commas += c == ',', semicolons += c == ';', tabs += c == '\t';
  }
  if (tabs > commas && tabs >= semicolons) return '\t';
  if (semicolons > commas) return ';';
  return ',';
}

std::string csv_field(std::string_view value) {
  if (value.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char c : value) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

ClaimsCsvReader::ClaimsCsvReader(std::function<bool(std::string&)> more) : more_(std::move(more)) {
  bool unterminated = false;
  std::size_t start = 0;
  // The header line decides the delimiter: read until it is whole (or the input is over).
  while (!ended_ && buffer_.find('\n') == std::string::npos && buffer_.size() < (kChunkBytes << 4)) ended_ = !more_(buffer_);
  delimiter_ = detect_delimiter(buffer_);
  if (!next_record(start, unterminated)) throw InputError("claims table: empty (no header)");
  if (oversized_bytes_)
    throw InputError(fmt::format("claims table: the header line is over the limit of {} MiB", kMaxRecordBytes >> 20));
  std::vector<std::string> header = fields_;
  if (!header.empty() && header[0].substr(0, 3) == "\xEF\xBB\xBF") header[0].erase(0, 3);  // a spreadsheet's byte-order mark
  header_size_ = header.size();
  const std::vector<std::string> known{"from", "to", "via", "distance", "speed", "top_speed", "duration", "stop", "mode", "depart", "arrive"};
  for (std::size_t i = 0; i < header.size(); ++i) {
    std::string name(text::trim(header[i]));
    for (char& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (std::find(known.begin(), known.end(), name) != known.end() && !column_.count(name)) {
      column_[name] = i;
    } else {  // the newsroom's own column (or a claim field named twice): passed through as written
      passed_names_.emplace_back(text::trim(header[i]).empty() ? fmt::format("column {}", i + 1) : std::string(text::trim(header[i])));
      passed_at_.push_back(i);
    }
  }
  if (!column_.count("from") || !column_.count("to")) throw InputError("claims table: the header needs 'from' and 'to' columns");
}

bool ClaimsCsvReader::next_record(std::size_t& start, bool& unterminated) {
  for (;;) {
    if (pos_ >= buffer_.size() && ended_) return false;
    std::size_t end = pos_;
    fields_ = next_csv_record(buffer_, end, &unterminated, delimiter_);
    // Complete when it ended at a newline outside quotes, or the input is over. Otherwise read more and
    // parse the record again; the read doubles with the record's length, so a long record stays linear.
    const bool at_newline = end > pos_ && buffer_[end - 1] == '\n' && !unterminated;
    if (at_newline || ended_) {
      start = pos_;
      pos_ = end;
      if (end - start > kMaxRecordBytes) {  // whole already, but as refused as one that was not
        fields_.clear();
        oversized_bytes_ = end - start;
      }
      return true;
    }
    if (buffer_.size() - pos_ > kMaxRecordBytes) {
      start = pos_;
      skip_oversized_line();
      return true;
    }
    buffer_.erase(0, pos_);
    pos_ = 0;
    const std::size_t before = buffer_.size();
    while (!ended_ && buffer_.size() < before + std::max(kChunkBytes, before)) ended_ = !more_(buffer_);
  }
}

void ClaimsCsvReader::skip_oversized_line() {
  // On from the end of the line the record started on, as after a stray quote; what is read meanwhile is
  // dropped chunk by chunk, so memory stays at one chunk whatever the line's length.
  std::size_t skipped = 0;
  std::size_t newline = buffer_.find('\n', pos_);
  while (newline == std::string::npos && !ended_) {
    skipped += buffer_.size() - pos_;
    buffer_.clear();
    pos_ = 0;
    ended_ = !more_(buffer_);
    newline = buffer_.find('\n');
  }
  const std::size_t end = newline == std::string::npos ? buffer_.size() : newline + 1;
  skipped += end - pos_;
  pos_ = end;
  fields_.clear();
  oversized_bytes_ = skipped;
}

std::optional<ClaimRow> ClaimsCsvReader::next() {
  for (;;) {
    std::size_t start = 0;
    bool unterminated = false;
    if (!next_record(start, unterminated)) return std::nullopt;
    ClaimRow row;
    if (oversized_bytes_) {
      row.row = ++rows_;
      row.error = fmt::format("the line is over the limit of {} MiB ({} bytes): not read", kMaxRecordBytes >> 20, oversized_bytes_);
      oversized_bytes_ = 0;
      return row;
    }
    if (fields_.size() == 1 && text::trim(fields_[0]).empty()) continue;  // blank line
    row.row = ++rows_;
    const std::string_view raw = std::string_view(buffer_).substr(start, pos_ - start);
    if (unterminated) {
      // The row with the stray quote (it ran to the end of the input) is bad; reading goes on from the
      // line after it.
      const std::size_t line_end = buffer_.find('\n', start);
      pos_ = line_end == std::string::npos ? buffer_.size() : line_end + 1;
      row.error = fmt::format("a quote '\"' opens a field that never closes: '{}'",
                              text::utf8_excerpt(text::trim(std::string_view(buffer_).substr(start, pos_ - start)),
                                                 text::kQuotedInputBytes));
      return row;
    }
    if (!text::valid_utf8(raw)) {
      row.error = fmt::format("not UTF-8 text: '{}'", text::utf8_excerpt(text::trim(raw), text::kQuotedInputBytes));
      return row;
    }
    auto get = [&](const char* name) -> std::string {
      auto it = column_.find(name);
      return it != column_.end() && it->second < fields_.size() ? std::string(text::trim(fields_[it->second])) : "";
    };
    if (fields_.size() != header_size_) row.error = fmt::format("{} fields, the header has {}", fields_.size(), header_size_);
    row.input.from = get("from");
    row.input.to = get("to");
    // A named string: split() returns views into it, and a temporary would die before the loop runs.
    const std::string via = get("via");
    for (std::string_view v : text::split(via, ';'))
      if (!text::trim(v).empty()) row.input.via.emplace_back(text::trim(v));
    row.input.distance = get("distance");
    row.input.speed = get("speed");
    row.input.top_speed = get("top_speed");
    row.input.duration = get("duration");
    row.input.stop = get("stop");
    row.input.mode = get("mode");
    row.input.depart = get("depart");
    row.input.arrive = get("arrive");
    for (std::size_t i : passed_at_) row.passed.push_back(i < fields_.size() ? fields_[i] : std::string());
    return row;
  }
}

std::vector<ClaimRow> read_claims_csv(std::string_view csv) {
  bool given = false;
  ClaimsCsvReader reader([&](std::string& buffer) {
    if (given) return false;
    buffer.append(csv);
    given = true;
    return false;
  });
  std::vector<ClaimRow> rows;
  while (auto row = reader.next()) rows.push_back(std::move(*row));
  return rows;
}

int check_claims_table(std::istream& csv, routes::WaypointResolver& resolver, const routes::ModeProfiles& modes,
                       bool json, const std::function<void(std::string_view)>& write,
                       const std::function<void(std::size_t row, const ClaimInput& as_given, const std::string& message)>& bad_row,
                       const routes::SeaLanes* sea_lanes, const ClaimChecker* check_row,
                       const std::function<void(std::size_t row, Claim& claim, const Report& report)>& checked) {
  // Rows are read as they are checked: a spreadsheet of any length in the memory of its longest row.
  ClaimsCsvReader reader([&csv](std::string& buffer) {
    char chunk[1 << 16];
    csv.read(chunk, sizeof chunk);
    buffer.append(chunk, static_cast<std::size_t>(csv.gcount()));
    return static_cast<bool>(csv);
  });
  std::string out = json ? "" : batch_csv_header(reader.passed_columns());
  const std::vector<std::string>& passed = reader.passed_columns();
  int status = 0;
  bool any_bad = false;
  while (const std::optional<ClaimRow> next = reader.next()) {
    const ClaimRow& row = *next;
    std::string error = row.error;
    std::optional<std::pair<Claim, Report>> done;
    if (error.empty()) {
      try {
        auto& [claim, report] = done.emplace(check_row ? (*check_row)(row.input) : [&] {
          Claim c = prepare_claim(row.input, resolver, modes);
          if (sea_lanes && routes::network_for(c.mode) == routes::NetworkKind::sea) routes::route_by_sea(c.route, *sea_lanes);
          Report r = check_claim(c);
          return std::pair<Claim, Report>(std::move(c), std::move(r));
        }());
        status = std::max(status, exit_status(report.verdict));
        if (json) {
          // Written straight into the buffer: a row that fails half-written is taken out again before its
          // error row goes in.
          const std::size_t row_start = out.size();
          try {
            append_batch_json_row(out, row, passed, &claim, &report, "");
          } catch (...) {
            out.resize(row_start);
            throw;
          }
        } else {
          out += batch_csv_row(row, &claim, &report, "");
        }
      } catch (const std::exception& e) {  // one bad row never stops the others
        error = text::message_line(e.what());
        done.reset();
      }
    }
    // The caller's use of a checked row (its map layers, its page), outside the row's try: a page that
    // cannot be written ends the batch, it is no fault of the row.
    if (done && checked) checked(row.row, done->first, done->second);
    if (!error.empty()) {
      any_bad = true;
      bad_row(row.row, row.input, error);
      if (json) append_batch_json_row(out, row, passed, nullptr, nullptr, error);
      else out += batch_csv_row(row, nullptr, nullptr, error);
    }
    if (out.size() > (1 << 16)) {  // stream: a spreadsheet of a million rows need not fit in memory twice
      write(out);
      out.clear();
    }
  }
  write(out);
  return any_bad ? static_cast<int>(ExitStatus::bad_input) : status;
}

std::string batch_csv_header(const std::vector<std::string>& passed_names) {
  std::string passed;
  for (const std::string& name : passed_names) passed += csv_field(name) + ",";
  return "row," + passed +
         "from,from_country,from_lat,from_lon,to,to_country,to_lat,to_lon,mode,verdict,geodesic_km,bound_km,claimed_km,"
         "moving_h,left_for_stops_h,reasons,notes,error\n";
}

std::string batch_csv_row(const ClaimRow& row, const Claim* c, const Report* r, const std::string& error) {
  std::string passed;
  for (const std::string& value : row.passed) passed += csv_field(value) + ",";
  if (!c || !r)
    return fmt::format("{},{}{},,,,{},,,,{},error,,,,,,,,{}\n", row.row, passed, csv_field(row.input.from), csv_field(row.input.to),
                       csv_field(row.input.mode), csv_field(error));
  std::string reasons, notes;
  for (const Relation& rel : r->relations)
    reasons += (reasons.empty() ? "" : " | ") + std::string(to_string(rel.verdict)) + ": " + rel.reason;
  for (const std::string& n : r->notes) notes += (notes.empty() ? "" : " | ") + n;
  auto fixed = [](std::optional<double> v) { return v ? fmt::format("{:.3f}", *v) : std::string(); };
  std::optional<double> moving_h, stop_h;
  if (c->distance && c->speed) moving_h = c->distance->value_si() / c->speed->value_si() / 3600.0;
  if (moving_h && c->duration) stop_h = c->duration->value_si() / 3600.0 - *moving_h;
  const gazetteer::Place &from = c->route.places.front().place, &to = c->route.places.back().place;
  return fmt::format("{},{}{},{},{:.5f},{:.5f},{},{},{:.5f},{:.5f},{},{},{:.3f},{:.3f},{},{},{},{},{},\n", row.row, passed,
                     csv_field(from.name), from.country_code, from.lat_deg, from.lon_deg, csv_field(to.name), to.country_code,
                     to.lat_deg, to.lon_deg, c->mode ? c->mode->mode : "", to_string(r->verdict), c->route.geodesic_m / 1000.0,
                     c->bound_m / 1000.0,
                     fixed(c->distance ? std::optional<double>(c->distance->value_si() / 1000.0) : std::nullopt),
                     fixed(moving_h), fixed(stop_h), csv_field(reasons), csv_field(notes));
}

void append_batch_json_row(std::string& out, const ClaimRow& row, const std::vector<std::string>& passed_names, const Claim* c,
                           const Report* r, const std::string& error) {
  // "row", then the table's own columns as given ("columns"), then the report's members or the error.
  text::JsonWriter json(out);
  json.begin_object();
  json.key("row").unsigned_integer(row.row);
  if (!passed_names.empty()) {
    json.key("columns").begin_object();
    // A column named twice in the header is one member, holding the later column's value.
    text::write_members_once(
        json, passed_names.size(), [&](std::size_t i) -> std::string_view { return passed_names[i]; },
        [&](std::size_t i) { json.string(i < row.passed.size() ? std::string_view(row.passed[i]) : std::string_view()); });
    json.end_object();
  }
  if (c && r) {
    write_report_members(json, *c, *r);
  } else {
    json.key("verdict").string("error");
    json.key("error").string(error);
    json.key("from").string(row.input.from);
    json.key("to").string(row.input.to);
  }
  json.end_object();
  out += '\n';
}

}  // namespace routecheck::verdicts
