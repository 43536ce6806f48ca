// Output that appears whole or not at all: write to a temporary file beside the target, rename at the
// end. Destroyed uncommitted (an error unwound past it), it removes the temporary and the target is
// untouched.
#pragma once
#include <string>

namespace routecheck {

class TempFile {
 public:
  explicit TempFile(std::string target);
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  const std::string& path() const { return path_; }
  const std::string& target() const { return target_; }
  // Copies the current target (if any) to the temporary path, to be changed in place.
  void start_from_target();
  // Renames the temporary over the target; throws InputError naming the target on failure.
  void commit();

 private:
  std::string target_, path_;
  bool committed_ = false;
};

}  // namespace routecheck
