// Many articles at once: a folder of stories or NDJSON, one JSON line out per story.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <exception>
#include <filesystem>
#include <fstream>
#include <optional>
#include <thread>

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

// Stories are gathered a chunk at a time (kStoriesPerThread a thread, at most kChunkTextBytes of text),
// read on the batch's threads, then written in batch order: a folder of a thousand stories, or an NDJSON
// file of a million lines, is never held whole in memory. With one thread each story is a chunk of its own.
constexpr std::size_t kStoriesPerThread = 64;
constexpr std::size_t kChunkTextBytes = std::size_t{4} << 20;
// A chunk with less text than this that is not full (the end of a small batch) is read on the calling
// thread alone: a second reader opens its own gazetteer (a few milliseconds), which a handful of short
// stories would not repay.
constexpr std::size_t kThreadedChunkMinBytes = std::size_t{64} << 10;

// One story of the batch, from its line or file to its output line.
struct PendingStory {
  std::string id;
  std::optional<std::size_t> line;
  std::function<std::string()> text;  // empty when `error` says why the input is no story
  std::size_t text_bytes = 0;         // its size as far as known before reading (a file's size)
  std::string error;
  // Filled by the thread that reads it:
  std::optional<ArticleResult> result;  // kept for story_read only
  std::string json;                     // the story's output line
  int status = 0;
  std::exception_ptr failure;  // anything but an InputError: it ends the batch, on the calling thread
};

class Batch {
 public:
  Batch(const StoryReader& reader, const std::function<void(std::string_view)>& write,
        const std::function<void(const std::string&, const std::string&)>& bad, const BatchOptions& options)
      : write_(write), bad_(bad), options_(options) {
    readers_.push_back(reader);
  }

  void story(std::string id, std::optional<std::size_t> line, std::function<std::string()> text, std::size_t text_bytes) {
    PendingStory p;
    p.id = std::move(id);
    p.line = line;
    p.text = std::move(text);
    p.text_bytes = text_bytes;
    add(std::move(p));
  }

  void error(std::string id, std::optional<std::size_t> line, std::string message) {
    PendingStory p;
    p.id = std::move(id);
    p.line = line;
    p.error = std::move(message);
    add(std::move(p));
  }

  int finish() {
    run_chunk();
    write_(out_);
    out_.clear();
    return any_bad_ ? static_cast<int>(ExitStatus::bad_input) : status_;
  }

 private:
  void add(PendingStory p) {
    chunk_bytes_ += p.text_bytes;
    chunk_.push_back(std::move(p));
    const std::size_t stories = options_.threads > 1 && options_.another_reader ? kStoriesPerThread * options_.threads : 1;
    if (chunk_.size() >= stories || chunk_bytes_ >= kChunkTextBytes) run_chunk();
  }

  void read_one(PendingStory& p, const StoryReader& reader) const {
    if (!p.text) return;  // an input error, written as it is
    try {
      std::string body = p.text();
      if (body.size() > options_.max_bytes)
        throw InputError("the story is " + std::to_string(body.size()) + " bytes, over the size limit of " +
                         std::to_string(options_.max_bytes) + ": raise it with --max-bytes");
      ArticleResult result =
          read_article(std::move(body), reader.geocoder, reader.modes, reader.sea_lanes, options_.story_date, reader.borders);
      p.status = exit_status(result);
      nlohmann::ordered_json out = text::object_with_room();  // the story's subtrees moved in, never copied
      out["id"] = p.id;
      nlohmann::ordered_json fields = article_value(result);  // named: items() views it
      for (auto& [key, value] : fields.items()) out[key] = std::move(value);
      // Invalid UTF-8 (a file name, an id) is replaced, never a reason to lose the line.
      text::append_json(p.json, out);
      p.json += '\n';
      if (options_.story_read) p.result.emplace(std::move(result));
    } catch (const InputError& e) {
      p.error = e.what();
    } catch (...) {
      p.failure = std::current_exception();
    }
  }

  void run_chunk() {
    if (chunk_.empty()) return;
    const bool threaded = options_.threads > 1 && options_.another_reader && chunk_.size() > 1 &&
                          (chunk_bytes_ >= kThreadedChunkMinBytes || chunk_.size() >= kStoriesPerThread * options_.threads);
    if (threaded) {
      while (readers_.size() < std::min<std::size_t>(options_.threads, chunk_.size())) readers_.push_back(options_.another_reader());
      std::atomic<std::size_t> next{0};
      const auto work = [&](const StoryReader& reader) {
        for (std::size_t i; (i = next.fetch_add(1)) < chunk_.size();) read_one(chunk_[i], reader);
      };
      {
        std::vector<std::jthread> others;
        for (std::size_t t = 1; t < readers_.size(); ++t) others.emplace_back(work, std::cref(readers_[t]));
        work(readers_.front());
      }  // joined
    } else {
      for (PendingStory& p : chunk_) read_one(p, readers_.front());
    }
    for (PendingStory& p : chunk_) {
      if (p.failure) std::rethrow_exception(p.failure);
      if (!p.error.empty()) {
        write_error(p);
        continue;
      }
      status_ = std::max(status_, p.status);
      // A page that cannot be written ends the batch, it is no fault of the story.
      if (options_.story_read) options_.story_read(p.id, *p.result);
      out_ += p.json;
      flush_when_full();
    }
    chunk_.clear();
    chunk_bytes_ = 0;
  }

  void write_error(const PendingStory& p) {
    any_bad_ = true;
    bad_(p.id, p.error);
    nlohmann::ordered_json out{{"id", p.id}};
    if (p.line) out["line"] = *p.line;
    out["error"] = p.error;
    text::append_json(out_, out);
    out_ += '\n';
    flush_when_full();
  }

  void flush_when_full() {
    if (out_.size() > (1 << 16)) {
      write_(out_);
      out_.clear();
    }
  }

  const std::function<void(std::string_view)>& write_;
  const std::function<void(const std::string&, const std::string&)>& bad_;
  const BatchOptions& options_;
  std::vector<StoryReader> readers_;  // the first is the caller's; the others made as the threads need them
  std::vector<PendingStory> chunk_;
  std::size_t chunk_bytes_ = 0;
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
  std::string text = std::move(text_it->get_ref<std::string&>());
  const std::size_t bytes = text.size();
  batch.story(std::move(id), line_no, [text = std::move(text)]() mutable { return std::move(text); }, bytes);
}

}  // namespace

int read_articles(const std::string& directory_or_ndjson_path, const std::string& ndjson_text, const StoryReader& reader,
                  const std::function<void(std::string_view)>& write,
                  const std::function<void(const std::string& id, const std::string& message)>& bad,
                  const BatchOptions& options) {
  Batch batch(reader, write, bad, options);
  const bool from_text = directory_or_ndjson_path == kStandardInput;
  if (!from_text && fs::is_directory(directory_or_ndjson_path)) {
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(directory_or_ndjson_path))
      if (is_article_file(entry.path())) paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    for (const fs::path& p : paths) {
      std::error_code size_unknown;
      const std::uintmax_t bytes = fs::file_size(p, size_unknown);
      batch.story(p.filename().string(), std::nullopt,
                  [path = p.string(), max_bytes = options.max_bytes] { return text::read_file(path, max_bytes, "--max-bytes"); },
                  size_unknown ? 0 : static_cast<std::size_t>(bytes));
    }
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
