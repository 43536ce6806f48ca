// Many articles at once: a folder of stories or NDJSON, one JSON line out per story.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>

#include "article/reader.hpp"
#include "article/report_json.hpp"
#include "core/error.hpp"
#include "core/json_out.hpp"
#include "core/json_text.hpp"
#include "core/text.hpp"

namespace fs = std::filesystem;

namespace routecheck::article {
namespace {

bool is_article_file(const fs::path& p) {
  static const std::vector<std::string> extensions{".txt", ".md", ".markdown", ".html", ".htm"};
  return fs::is_regular_file(p) && std::find(extensions.begin(), extensions.end(), p.extension().string()) != extensions.end();
}

// Each story is read and checked as its turn comes: a folder of a thousand stories, or an NDJSON file of
// a million lines, is never held whole in memory as stories.
class Batch {
 public:
  Batch(const gazetteer::Geocoder& geocoder, const routes::ModeProfiles& modes,
        const std::function<void(std::string_view)>& write,
        const std::function<void(const std::string&, const std::string&)>& bad, std::size_t max_bytes,
        const routes::SeaLanes* sea_lanes, const std::optional<date::year_month_day>& story_date,
        const routes::BorderLocator* borders,
        const std::function<void(const std::string&, const ArticleResult&)>& story_read)
      : geocoder_(geocoder), modes_(modes), write_(write), bad_(bad), max_bytes_(max_bytes), sea_lanes_(sea_lanes),
        story_date_(story_date), borders_(borders), story_read_(story_read) {}

  void story(const std::string& id, std::optional<std::size_t> line, const std::function<std::string()>& text) {
    std::optional<ArticleResult> result;
    try {
      std::string body = text();
      if (body.size() > max_bytes_)
        throw InputError("the story is " + std::to_string(body.size()) + " bytes, over the size limit of " +
                         std::to_string(max_bytes_) + ": raise it with --max-bytes");
      result.emplace(read_article(std::move(body), geocoder_, modes_, sea_lanes_, story_date_, borders_));
    } catch (const InputError& e) {
      error(id, line, e.what());
      return;
    }
    status_ = std::max(status_, exit_status(*result));
    // Outside the story's try: a page that cannot be written ends the batch, it is no fault of the story.
    if (story_read_) story_read_(id, *result);
    nlohmann::ordered_json out = text::object_with_room();  // the story's subtrees moved in, never copied
    out["id"] = id;
    nlohmann::ordered_json fields = article_value(*result);  // named: items() views it
    for (auto& [key, value] : fields.items()) out[key] = std::move(value);
    emit(out);
  }

  void error(const std::string& id, std::optional<std::size_t> line, const std::string& message) {
    any_bad_ = true;
    bad_(id, message);
    nlohmann::ordered_json out{{"id", id}};
    if (line) out["line"] = *line;
    out["error"] = message;
    emit(out);
  }

  int finish() {
    write_(out_);
    out_.clear();
    return any_bad_ ? static_cast<int>(ExitStatus::bad_input) : status_;
  }

 private:
  void emit(const nlohmann::ordered_json& j) {
    // Invalid UTF-8 (a file name, an id) is replaced, never a reason to lose the line.
    text::append_json(out_, j);
    out_ += '\n';
    if (out_.size() > (1 << 16)) {
      write_(out_);
      out_.clear();
    }
  }

  const gazetteer::Geocoder& geocoder_;
  const routes::ModeProfiles& modes_;
  const std::function<void(std::string_view)>& write_;
  const std::function<void(const std::string&, const std::string&)>& bad_;
  std::size_t max_bytes_;
  const routes::SeaLanes* sea_lanes_;
  std::optional<date::year_month_day> story_date_;  // article --date: for stories with no date of their own
  const routes::BorderLocator* borders_;
  const std::function<void(const std::string&, const ArticleResult&)>& story_read_;  // --report DIR: a page each
  std::string out_;
  int status_ = 0;
  bool any_bad_ = false;
};

// One NDJSON line: {"id": ..., "text": "..."}; the id defaults to the line number.
void ndjson_story(Batch& batch, std::string_view line, std::size_t line_no) {
  nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
  const std::string fallback_id = std::to_string(line_no);
  if (j.is_discarded() || !j.is_object()) {
    batch.error(fallback_id, line_no, "not a JSON object: '" + text::utf8_excerpt(line, text::kQuotedInputBytes) + "'");
    return;
  }
  std::string id = fallback_id;
  if (auto it = j.find("id"); it != j.end()) id = it->is_string() ? it->get<std::string>() : it->dump();
  auto text_it = j.find("text");
  if (text_it == j.end() || !text_it->is_string()) {
    batch.error(id, line_no, "no \"text\" string");
    return;
  }
  batch.story(id, line_no, [&] { return text_it->get<std::string>(); });
}

}  // namespace

int read_articles(const std::string& directory_or_ndjson_path, const std::string& ndjson_text,
                  const gazetteer::Geocoder& geocoder, const routes::ModeProfiles& modes,
                  const std::function<void(std::string_view)>& write,
                  const std::function<void(const std::string& id, const std::string& message)>& bad,
                  std::size_t max_bytes, const routes::SeaLanes* sea_lanes,
                  const std::optional<date::year_month_day>& story_date, const routes::BorderLocator* borders,
                  const std::function<void(const std::string& id, const ArticleResult& result)>& story_read) {
  Batch batch(geocoder, modes, write, bad, max_bytes, sea_lanes, story_date, borders, story_read);
  const bool from_text = directory_or_ndjson_path == kStandardInput;
  if (!from_text && fs::is_directory(directory_or_ndjson_path)) {
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(directory_or_ndjson_path))
      if (is_article_file(entry.path())) paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    for (const fs::path& p : paths)
      batch.story(p.filename().string(), std::nullopt, [&] { return text::read_file(p.string(), max_bytes, "--max-bytes"); });
    return batch.finish();
  }
  if (from_text) {
    std::size_t line_no = 0;
    for (std::string_view line : text::split_lines(ndjson_text))
      if (++line_no, !text::trim(line).empty()) ndjson_story(batch, line, line_no);
    return batch.finish();
  }
  // An NDJSON file, streamed line by line.
  if (fs::is_directory(directory_or_ndjson_path)) throw InputError("'" + directory_or_ndjson_path + "' is a directory");
  std::ifstream in(directory_or_ndjson_path, std::ios::binary);
  if (!in) throw InputError("--batch '" + text::utf8_excerpt(directory_or_ndjson_path, 200) + "': cannot read");
  std::string line;
  std::size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!text::trim(line).empty()) ndjson_story(batch, line, line_no);
  }
  return batch.finish();
}

}  // namespace routecheck::article
