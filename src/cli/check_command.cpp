// routecheck check: one claim from options, or a spreadsheet of claims with --batch; both through the
// library's Checker, so a row and a single claim get the same answer.
#include <cstdio>
#include <functional>
#include <fstream>
#include <iostream>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "routecheck/render.hpp"

namespace routecheck::cli {

int run_check(const CommonArgs& common, const CheckArgs& args) {
  if (args.batch.empty() && (args.from.empty() || args.to.empty()))
    throw InputError("check: give --from and --to, or --batch FILE.csv");
  const ReportFolder pages = report_target(args.layers, !args.batch.empty());
  const Checker checker(cli_config(common, args.profile, &args.network));
  if (!args.batch.empty()) {
    const LayerOutput layers = layer_output(args.layers);
    std::ifstream file;
    if (args.batch != "-") file = text::open_file(args.batch);
    std::istream& csv = args.batch == "-" ? std::cin : file;
    const BatchSummary summary = checker.check_table(
        csv, args.json ? TableFormat::ndjson : TableFormat::csv,
        [](std::string_view chunk) { std::fwrite(chunk.data(), 1, chunk.size(), stdout); },
        [](std::size_t row, const std::string& message) { print_message("row " + std::to_string(row) + ": " + message); },
        wants_layers(args.layers) ? &layers : nullptr, args.layers.report.empty() ? nullptr : &pages);
    return static_cast<int>(summary.bad_rows ? ExitStatus::bad_input : summary.needs_review ? ExitStatus::needs_review : ExitStatus::ok);
  }
  ClaimInput claim{args.from, args.to, args.via, args.distance, args.speed, args.duration, args.stop, args.top_speed, args.mode, args.depart, args.arrive};
  const CheckResult result = checker.check(claim);
  checker.write_layers(result, layer_output(args.layers));
  if (!args.layers.report.empty()) checker.write_report(result, args.layers.report, args.layers.overwrite);
  print(args.json ? to_json(result) + "\n" : to_text(result));
  return static_cast<int>(needs_review(result.verdict) ? ExitStatus::needs_review : ExitStatus::ok);
}

}  // namespace routecheck::cli
