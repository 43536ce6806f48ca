// routecheck article: a story in, its places, figures and checked claims out; --batch for many.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "article/reader.hpp"
#include "cli/commands.hpp"
#include "cli/layer_outputs.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "gazetteer/search_path.hpp"

namespace fs = std::filesystem;

namespace routecheck::cli {
namespace {

bool is_article_file(const fs::path& p) {
  static const std::vector<std::string> extensions{".txt", ".md", ".markdown", ".html", ".htm"};
  return fs::is_regular_file(p) && std::find(extensions.begin(), extensions.end(), p.extension().string()) != extensions.end();
}

// One NDJSON line: {"id": ..., then the article's JSON fields} or {"id", "error"}.
std::string batch_line(const std::string& id, const std::string& article_json_text, const std::string& error) {
  if (!error.empty()) return nlohmann::ordered_json{{"id", id}, {"error", error}}.dump() + "\n";
  return "{\"id\":" + nlohmann::json(id).dump() + "," + article_json_text.substr(1) + "\n";
}

int run_batch(const gazetteer::Geocoder& geocoder, const routes::ModeProfiles& profiles, const ArticleArgs& args) {
  std::vector<std::pair<std::string, std::string>> articles;  // id, text (or a path to read)
  bool from_files = fs::is_directory(args.batch);
  if (from_files) {
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(args.batch))
      if (is_article_file(entry.path())) paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    for (const fs::path& p : paths) articles.emplace_back(p.filename().string(), p.string());
  } else {
    const std::string ndjson = args.batch == "-" ? text::read_stdin() : text::read_file(args.batch);
    std::size_t line_no = 0;
    for (std::string_view line : text::split_lines(ndjson)) {
      ++line_no;
      if (text::trim(line).empty()) continue;
      try {
        const auto j = nlohmann::json::parse(line);
        articles.emplace_back(j.contains("id") ? j["id"].dump() : std::to_string(line_no), j.at("text").get<std::string>());
        if (articles.back().first.front() == '"') articles.back().first = j["id"].get<std::string>();
      } catch (const nlohmann::json::exception&) {
        throw InputError("--batch '" + args.batch + "' line " + std::to_string(line_no) +
                         ": expected a JSON object with a \"text\" string (and an \"id\")");
      }
    }
  }
  int status = 0;
  bool bad = false;
  std::string out;
  for (const auto& [id, content] : articles) {
    std::string error, json;
    try {
      const std::string body = from_files ? text::read_file(content) : content;
      const article::ArticleResult result = article::read_article(body, geocoder, profiles);
      status = std::max(status, article::exit_status(result));
      json = article::article_json(result);
    } catch (const InputError& e) {
      error = e.what();
      bad = true;
      std::fprintf(stderr, "routecheck: %s: %s\n", id.c_str(), error.c_str());
    }
    out += batch_line(id, json, error);
    if (out.size() > (1 << 16)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return bad ? static_cast<int>(ExitStatus::bad_input) : status;
}

}  // namespace

int run_article(const CommonArgs& common, const ArticleArgs& args) {
  const routes::ModeProfiles profiles =
      args.profile.empty() ? routes::ModeProfiles::builtin() : routes::ModeProfiles::load(args.profile);
  if (args.batch.empty() == args.file.empty()) throw InputError("article: give one FILE (or - for standard input), or --batch");
  const gazetteer::Geocoder geocoder = gazetteer::open_geocoder(common.gazetteers);
  if (!args.batch.empty()) {
    if (!args.layers.outputs.empty() || !args.layers.map.empty()) throw InputError("--out and --map take one article, not --batch");
    return run_batch(geocoder, profiles, args);
  }
  const std::string body = args.file == "-" ? text::read_stdin() : text::read_file(args.file);
  article::ArticleResult result = article::read_article(body, geocoder, profiles);
  if (!args.layers.outputs.empty() || !args.layers.map.empty()) {
    if (result.claims.empty()) throw InputError("--out/--map: the article has no checkable claim to map");
    article::ArticleClaim& first = result.claims.front();
    add_borders(first.claim.route);
    write_layer_outputs(args.layers, layers::route_layers(first.claim.route, first.claim.mode, &first.claim, &first.report));
  }
  const std::string out = args.json ? article::article_json(result) + "\n" : article::article_text(result);
  std::fputs(out.c_str(), stdout);
  return article::exit_status(result);
}

}  // namespace routecheck::cli
