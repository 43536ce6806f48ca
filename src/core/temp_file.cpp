// Temporary-then-rename output files.
#include "core/temp_file.hpp"

#include <unistd.h>

#include <atomic>
#include <filesystem>

#include "core/error.hpp"

namespace fs = std::filesystem;

namespace routecheck {

TempFile::TempFile(std::string target) : target_(std::move(target)) {
  static std::atomic<int> counter{0};
  const fs::path t(target_);
  // Same folder (rename stays atomic), same extension (GDAL picks drivers and checks names by it).
  std::string name = "." + t.stem().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                     std::to_string(counter++) + t.extension().string();
  path_ = (t.parent_path() / name).string();
  std::error_code ec;
  fs::remove(path_, ec);
}

TempFile::~TempFile() {
  if (!committed_) {
    std::error_code ec;
    fs::remove(path_, ec);
  }
}

void TempFile::start_from_target() {
  std::error_code ec;
  if (fs::exists(target_)) fs::copy_file(target_, path_, fs::copy_options::overwrite_existing, ec);
  if (ec) throw InputError("cannot copy '" + target_ + "': " + ec.message());
}

void TempFile::commit() {
  std::error_code ec;
  fs::rename(path_, target_, ec);
  if (ec) throw InputError("cannot write '" + target_ + "': " + ec.message());
  committed_ = true;
}

}  // namespace routecheck
