// An exclusive advisory lock that writers of one file take, so two writers never interleave (two
// `gazetteer import` runs into one file each copied it, and the later rename lost the other's places).
// The lock is a hidden file beside the target (the target itself is replaced by rename), removed when
// the lock is released (a kill -9 leaves it, unlocked and harmless).
#pragma once
#include <functional>
#include <string>

namespace routecheck {

class FileLock {
 public:
  // Blocks until the lock on `target` is ours; `on_wait` is called once if another process holds it.
  FileLock(const std::string& target, const std::function<void()>& on_wait);
  ~FileLock();
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

 private:
  [[noreturn]] void fail(const std::string& target);
  std::string lock_path_;
  int fd_ = -1;
};

}  // namespace routecheck
