// routecheck article: a story in, its places, figures and checked claims out; --batch for many.
#include <cstdio>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "routecheck/render.hpp"

namespace routecheck::cli {

int run_article(const CommonArgs& common, const ArticleArgs& args) {
  if (args.batch.empty() == args.file.empty()) throw InputError("article: give one FILE (or - for standard input), or --batch");
  if (!args.batch.empty() && wants_layers(args.layers)) throw InputError("--out and --map take one article, not --batch");
  const ReportFolder pages = report_target(args.layers, !args.batch.empty());
  Config config = cli_config(common, args.profile);
  config.max_article_bytes = args.max_bytes;
  const Checker checker(std::move(config));
  if (!args.batch.empty()) {
    const BatchSummary summary = checker.read_articles(
        args.batch, args.batch == "-" ? text::read_stdin() : "",
        [](std::string_view chunk) { std::fwrite(chunk.data(), 1, chunk.size(), stdout); },
        [](const std::string& id, const std::string& message) {
          print_message(text::utf8_excerpt(id, text::kQuotedInputBytes) + ": " + message);
        },
        args.date, args.layers.report.empty() ? nullptr : &pages, args.threads);
    return static_cast<int>(summary.bad_rows ? ExitStatus::bad_input : summary.needs_review ? ExitStatus::needs_review : ExitStatus::ok);
  }
  std::string body = args.file == "-" ? text::read_stdin(args.max_bytes, "--max-bytes")
                                             : text::read_file(args.file, args.max_bytes, "--max-bytes");
  // Named here, as every other error names its input: the library reads text, not files.
  if (!text::valid_utf8(body))
    throw InputError((args.file == "-" ? std::string("standard input") : "'" + text::utf8_excerpt(args.file, text::kQuotedInputBytes) + "'") +
                     ": the article is not UTF-8 text");
  Verdict verdict;
  if (wants_layers(args.layers) || !args.layers.report.empty()) {
    const ArticleResult result = checker.read_article(std::move(body), args.date);
    if (wants_layers(args.layers)) checker.write_layers(result, layer_output(args.layers));
    if (!args.layers.report.empty()) checker.write_report(result, args.layers.report, args.layers.overwrite);
    print(args.json ? to_json(result) + "\n" : to_text(result));
    verdict = result.verdict;
  } else {
    // Written as it is read: a long story's trips are never all held (README "Limits").
    verdict = checker.write_article(std::move(body), args.json, [](std::string_view piece) { std::fwrite(piece.data(), 1, piece.size(), stdout); },
                                    args.date);
    if (args.json) std::fputs("\n", stdout);
  }
  return static_cast<int>(needs_review(verdict) ? ExitStatus::needs_review : ExitStatus::ok);
}

}  // namespace routecheck::cli
