// flock(2) on ".NAME.lock" beside the target: released by the kernel when the process ends, however
// it ends, so a killed writer never leaves the file locked; removed by a writer that ends normally.
#include "core/file_lock.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/error.hpp"

namespace fs = std::filesystem;

namespace routecheck {

FileLock::FileLock(const std::string& target, const std::function<void()>& on_wait) {
  const fs::path t(target);
  lock_path_ = (t.parent_path() / ("." + t.filename().string() + ".lock")).string();
  bool waited = false;
  for (;;) {
    fd_ = ::open(lock_path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0) throw InputError("cannot lock '" + target + "': " + std::strerror(errno));
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
      if (errno != EWOULDBLOCK) fail(target);
      if (on_wait && !waited) on_wait();
      waited = true;
      while (::flock(fd_, LOCK_EX) != 0)
        if (errno != EINTR) fail(target);
    }
    // The holder before us removes the lock file as it lets go: a lock taken on a file no longer at
    // lock_path_ guards nothing (a third writer makes a new one), so take the lock again on the new file.
    struct stat held {}, named {};
    if (::fstat(fd_, &held) == 0 && ::stat(lock_path_.c_str(), &named) == 0 && held.st_dev == named.st_dev &&
        held.st_ino == named.st_ino)
      return;
    ::close(fd_);
    fd_ = -1;
  }
}

void FileLock::fail(const std::string& target) {
  const int error = errno;
  ::close(fd_);
  fd_ = -1;
  throw InputError("cannot lock '" + target + "': " + std::strerror(error));
}

FileLock::~FileLock() {
  if (fd_ < 0) return;
  // Removed while still held, so no lock file is left behind (beside a file a failed import never made,
  // it was a 0-byte puzzle); a writer waiting on it sees it gone and locks a new one.
  ::unlink(lock_path_.c_str());
  ::close(fd_);  // closing releases the flock
}

}  // namespace routecheck
