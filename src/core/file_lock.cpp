// flock(2) on ".NAME.lock" beside the target: released by the kernel when the process ends, however
// it ends, so a killed writer never leaves the file locked.
#include "core/file_lock.hpp"

#include <fcntl.h>
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
  const std::string lock_path = (t.parent_path() / ("." + t.filename().string() + ".lock")).string();
  fd_ = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) throw InputError("cannot lock '" + target + "' (" + lock_path + "): " + std::strerror(errno));
  if (::flock(fd_, LOCK_EX | LOCK_NB) == 0) return;
  if (errno != EWOULDBLOCK) {
    const int error = errno;
    ::close(fd_);
    throw InputError("cannot lock '" + target + "': " + std::strerror(error));
  }
  if (on_wait) on_wait();
  while (::flock(fd_, LOCK_EX) != 0) {
    if (errno == EINTR) continue;
    const int error = errno;
    ::close(fd_);
    throw InputError("cannot lock '" + target + "': " + std::strerror(error));
  }
}

FileLock::~FileLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

}  // namespace routecheck
