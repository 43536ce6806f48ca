// Errors every stage reports, each mapped to the exit status the CLI documents.
// A stage throws; only the CLI turns an error into one line on stderr and a status.
#pragma once
#include <stdexcept>
#include <string>

namespace routecheck {

// Exit statuses shared by all subcommands (README, "Exit status").
enum class ExitStatus : int {
  ok = 0,
  needs_review = 1,  // not found, or a claim a person should look at (grep's convention)
  bad_input = 2,     // usage errors, unreadable or corrupt input or data files
  data_fetch = 3,    // open data could not be fetched or failed its integrity check (tools/)
};

// Default visibility: thrown inside the dlopen'ed GDAL module and caught in the CLI.
class __attribute__((visibility("default"))) Error : public std::runtime_error {
 public:
  Error(ExitStatus status, const std::string& message) : std::runtime_error(message), status_(status) {}
  ExitStatus status() const { return status_; }

 private:
  ExitStatus status_;
};

// The user gave something we cannot use: a bad option, an unreadable file, a corrupt gazetteer.
class __attribute__((visibility("default"))) InputError : public Error {
 public:
  explicit InputError(const std::string& message) : Error(ExitStatus::bad_input, message) {}
};

}  // namespace routecheck
