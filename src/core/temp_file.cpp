// Temporary-then-rename output files, checked before the rename and cleaned up on signals.
#include "core/temp_file.hpp"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <iterator>

#include "core/error.hpp"
#include "core/text.hpp"

namespace fs = std::filesystem;

namespace routecheck {
namespace {

// Temporaries registered for removal by a signal handler: fixed storage, so the handler needs no
// allocation (only unlink, which is async-signal-safe). SQLite's sidecars go with a GeoPackage.
constexpr int kSlots = 64;
constexpr std::size_t kPathBytes = 4096;
constexpr const char* kSidecars[] = {"", "-journal", "-wal", "-shm"};
char g_paths[kSlots][kPathBytes];
std::atomic<bool> g_used[kSlots];
const char* g_bus_message = nullptr;
// The GDAL module links its own copy of this file, with its own registry: each copy installs its
// handler once, chained to the one it found, so a signal cleans both registries.
std::atomic<bool> g_installed{false};
constexpr int kHandledSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGBUS};
struct sigaction g_previous[sizeof(kHandledSignals) / sizeof(int)];

int register_path(const std::string& path) {
  if (path.size() + 16 >= kPathBytes) return -1;
  for (int i = 0; i < kSlots; ++i) {
    bool expected = false;
    if (g_used[i].compare_exchange_strong(expected, true)) {
      std::memcpy(g_paths[i], path.c_str(), path.size() + 1);
      return i;
    }
  }
  return -1;  // more than kSlots outputs at once: the sweep still removes them later
}

void unregister_path(int slot) {
  if (slot >= 0) g_used[slot] = false;
}

void remove_registered() {
  char buffer[kPathBytes + 16];
  for (int i = 0; i < kSlots; ++i) {
    if (!g_used[i]) continue;
    for (const char* sidecar : kSidecars) {
      const std::size_t n = std::strlen(g_paths[i]), m = std::strlen(sidecar);
      std::memcpy(buffer, g_paths[i], n);
      std::memcpy(buffer + n, sidecar, m + 1);
      ::unlink(buffer);
    }
  }
}

extern "C" void on_fatal_signal(int sig) {
  remove_registered();
  if (sig == SIGBUS && g_bus_message) {
    [[maybe_unused]] ssize_t ignored = ::write(STDERR_FILENO, g_bus_message, std::strlen(g_bus_message));
    ::_exit(static_cast<int>(ExitStatus::bad_input));
  }
  for (std::size_t i = 0; i < std::size(kHandledSignals); ++i)
    if (kHandledSignals[i] == sig && g_previous[i].sa_handler != SIG_DFL && g_previous[i].sa_handler != SIG_IGN &&
        !(g_previous[i].sa_flags & SA_SIGINFO)) {
      g_previous[i].sa_handler(sig);  // the other copy's handler; it ends the process
      break;
    }
  // Die of the same signal, so the shell sees what happened (130 for Ctrl-C).
  std::signal(sig, SIG_DFL);
  ::raise(sig);
}

// ".NAME.tmp-PID-N..." -> PID, or 0 when the name is not one of ours.
pid_t temp_owner(const std::string& name) {
  if (name.empty() || name[0] != '.') return 0;
  const std::size_t at = name.find(".tmp-", 1);
  if (at == std::string::npos) return 0;
  std::size_t i = at + 5;
  long pid = 0;
  while (i < name.size() && std::isdigit(static_cast<unsigned char>(name[i])) && pid < 1'000'000'000) pid = pid * 10 + (name[i++] - '0');
  if (i == at + 5 || i >= name.size() || name[i] != '-') return 0;
  return static_cast<pid_t>(pid);
}

[[noreturn]] void fail_write(const std::string& target, const std::string& why) {
  throw InputError("cannot write '" + target + "': " + why);
}

}  // namespace

// An errno in the words every other write failure uses ("No space left on device" from one write and
// "no space left on the device (the disk is full)" from another read as two different problems).
std::string write_error(int error) {
  switch (error) {
    case ENOSPC: return "no space left on the device (the disk is full)";
    case EFBIG: return "the file size limit (ulimit -f) was reached";
    case EROFS: return "the folder is on a read-only file system";
    default: return std::strerror(error);
  }
}

void install_signal_cleanup(const char* bus_message) {
  if (bus_message) g_bus_message = bus_message;
  if (g_installed.exchange(true)) return;
  struct sigaction action {};
  action.sa_handler = on_fatal_signal;
  sigemptyset(&action.sa_mask);
  for (std::size_t i = 0; i < std::size(kHandledSignals); ++i) sigaction(kHandledSignals[i], &action, &g_previous[i]);
  // Past `ulimit -f` a write then fails with EFBIG (checked) instead of killing the process mid-file.
  std::signal(SIGXFSZ, SIG_IGN);
}

void sweep_stale_temporaries(const std::string& folder) {
  std::error_code ec;
  for (fs::directory_iterator it(folder.empty() ? "." : folder, ec), end; !ec && it != end; it.increment(ec)) {
    const pid_t owner = temp_owner(it->path().filename().string());
    if (owner <= 0 || owner == ::getpid()) continue;
    if (::kill(owner, 0) == -1 && errno == ESRCH) {
      std::error_code ignored;
      fs::remove_all(it->path(), ignored);
    }
  }
}

std::string folder_problem(const std::string& target) {
  const fs::path folder = fs::path(target).parent_path().empty() ? fs::path(".") : fs::path(target).parent_path();
  const std::string shown = text::utf8_excerpt(folder.string(), text::kQuotedInputBytes);
  std::error_code ec;
  const fs::file_status status = fs::status(folder, ec);
  if (status.type() == fs::file_type::not_found) return "no such folder '" + shown + "'";
  if (ec) return "cannot reach the folder '" + shown + "': " + ec.message();
  if (status.type() != fs::file_type::directory) return "'" + shown + "' is not a folder";
  struct statvfs vfs {};
  if (::statvfs(folder.c_str(), &vfs) == 0) {
    if (vfs.f_flag & ST_RDONLY) return "the folder '" + shown + "' is on a read-only file system";
    // A file system of no blocks at all (/proc, /sys) is the kernel's view, not a full disk.
    if (vfs.f_blocks == 0) return "the folder '" + shown + "' is on a virtual file system (/proc, /sys): no file can be written there";
    if ((::geteuid() == 0 ? vfs.f_bfree : vfs.f_bavail) == 0) return "no space left on the device (the disk is full)";
  }
  if (::access(folder.c_str(), W_OK | X_OK) != 0) return "the folder '" + shown + "' is not writable (" + std::strerror(errno) + ")";
  std::error_code dir_ec;
  if (fs::is_directory(target, dir_ec)) return "it is a directory";
  return "";
}

void TempFile::fail(const std::string& library_message) const {
  std::string problem = folder_problem(target_);
  if (problem.empty()) {
    // A library's words, made to name the user's file: its first line ("Terminating translation
    // prematurely after failed" went on over a second), the hidden temporary's name replaced by the target's.
    problem = text::replace_all(library_message.substr(0, library_message.find('\n')), path_, target_);
    problem = text::replace_all(problem, fs::path(path_).filename().string(), fs::path(target_).filename().string());
    if (text::trim(problem).empty()) problem = "the write failed";
  }
  fail_write(target_, problem);
}

TempFile::TempFile(std::string target) : target_(std::move(target)) {
  static std::atomic<int> counter{0};
  install_signal_cleanup(nullptr);
  // The target's folder first, in routecheck's words and the user's path: later, GDAL would name the
  // hidden temporary ("failed to create nope/.x.tmp-1-0.gpkg").
  if (const std::string problem = folder_problem(target_); !problem.empty()) fail_write(target_, problem);
  const fs::path t(target_);
  sweep_stale_temporaries(t.parent_path().string());
  // Same folder (rename stays atomic), same extension (GDAL picks drivers and checks names by it).
  std::string name = "." + t.stem().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                     std::to_string(counter++) + t.extension().string();
  path_ = (t.parent_path() / name).string();
  std::error_code ec;
  fs::remove(path_, ec);
  slot_ = register_path(path_);
}

TempFile::~TempFile() {
  if (!committed_) {
    std::error_code ec;
    for (const char* sidecar : kSidecars) fs::remove(path_ + sidecar, ec);
  }
  unregister_path(slot_);
}

void TempFile::start_from_target() {
  std::error_code ec;
  if (fs::exists(target_)) fs::copy_file(target_, path_, fs::copy_options::overwrite_existing, ec);
  if (ec) throw InputError("cannot copy '" + target_ + "': " + ec.message());
}

int write_whole_file(const std::string& path, std::string_view content) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return errno;
  while (!content.empty()) {
    const ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int error = n < 0 ? errno : EIO;
      ::close(fd);
      return error;
    }
    content.remove_prefix(static_cast<std::size_t>(n));
  }
  return ::close(fd) != 0 ? errno : 0;
}

void TempFile::write(std::string_view content) {
  if (const int error = write_whole_file(path_, content)) fail_write(target_, write_error(error));
}

void TempFile::commit() {
  // Libraries that write through stdio (GDAL's GeoJSON, CSV and KML drivers) do not report a failed write:
  // a full disk left a 64 kB fragment that was renamed into place. So the file is checked here.
  const int fd = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) fail_write(target_, write_error(errno));
  struct stat st {};
  struct statvfs vfs {};
  const bool synced = ::fsync(fd) == 0 || errno == EINVAL;  // EINVAL: a file system without fsync
  const int sync_error = errno;
  const bool stat_ok = ::fstat(fd, &st) == 0 && ::fstatvfs(fd, &vfs) == 0;
  ::close(fd);
  if (!synced) fail_write(target_, write_error(sync_error));
  // Root may fill the blocks reserved for it; others stop at the available ones.
  if (stat_ok && (::geteuid() == 0 ? vfs.f_bfree : vfs.f_bavail) == 0)
    fail_write(target_, "no space left on the device (the disk is full)");
  rlimit limit {};
  if (::getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY && stat_ok &&
      static_cast<rlim_t>(st.st_size) >= limit.rlim_cur)
    fail_write(target_, "the file size limit (ulimit -f) was reached");
  std::error_code ec;
  if (fs::is_directory(target_, ec)) fail_write(target_, "it is a directory");
  fs::rename(path_, target_, ec);
  if (ec) fail_write(target_, ec.message());
  committed_ = true;
}

}  // namespace routecheck
