// Many articles at once: a folder of stories or NDJSON, one JSON line out per story.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

#include "article/reader.hpp"
#include "article/report_json.hpp"
#include "core/error.hpp"
#include "core/text.hpp"

namespace fs = std::filesystem;

namespace routecheck::article {
namespace {

bool is_article_file(const fs::path& p) {
  static const std::vector<std::string> extensions{".txt", ".md", ".markdown", ".html", ".htm"};
  return fs::is_regular_file(p) && std::find(extensions.begin(), extensions.end(), p.extension().string()) != extensions.end();
}

struct Story {
  std::string id;
  std::string text;  // the text, or for a file the path to read when its turn comes
  bool is_path = false;
};

std::vector<Story> stories(const std::string& source, const std::string& ndjson_text, bool from_text) {
  std::vector<Story> out;
  if (!from_text && fs::is_directory(source)) {
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(source))
      if (is_article_file(entry.path())) paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    for (const fs::path& p : paths) out.push_back({p.filename().string(), p.string(), true});
    return out;
  }
  const std::string ndjson = from_text ? ndjson_text : text::read_file(source);
  std::size_t line_no = 0;
  for (std::string_view line : text::split_lines(ndjson)) {
    ++line_no;
    if (text::trim(line).empty()) continue;
    try {
      const nlohmann::json j = nlohmann::json::parse(line);
      std::string id = !j.contains("id") ? std::to_string(line_no) : j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump();
      out.push_back({std::move(id), j.at("text").get<std::string>(), false});
    } catch (const nlohmann::json::exception&) {
      throw InputError("--batch '" + source + "' line " + std::to_string(line_no) +
                       ": expected a JSON object with a \"text\" string (and an \"id\")");
    }
  }
  return out;
}

}  // namespace

int read_articles(const std::string& directory_or_ndjson_path, const std::string& ndjson_text,
                  const gazetteer::Geocoder& geocoder, const routes::ModeProfiles& modes,
                  const std::function<void(std::string_view)>& write,
                  const std::function<void(const std::string& id, const std::string& message)>& bad) {
  int status = 0;
  bool any_bad = false;
  std::string out;
  const bool from_text = directory_or_ndjson_path == kStandardInput;
  for (const Story& story : stories(directory_or_ndjson_path, ndjson_text, from_text)) {
    try {
      const ArticleResult result = read_article(story.is_path ? text::read_file(story.text) : story.text, geocoder, modes);
      status = std::max(status, exit_status(result));
      nlohmann::ordered_json line{{"id", story.id}};
      nlohmann::ordered_json fields = article_value(result);  // named: items() views it
      for (auto& [key, value] : fields.items()) line[key] = std::move(value);
      out += line.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
    } catch (const InputError& e) {
      any_bad = true;
      bad(story.id, e.what());
      out += nlohmann::ordered_json{{"id", story.id}, {"error", e.what()}}.dump() + "\n";
    }
    if (out.size() > (1 << 16)) {
      write(out);
      out.clear();
    }
  }
  write(out);
  return any_bad ? static_cast<int>(ExitStatus::bad_input) : status;
}

}  // namespace routecheck::article
