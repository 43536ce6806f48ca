// Output that appears whole or not at all: write to a temporary file beside the target, check it reached
// the disk, rename at the end. Destroyed uncommitted (an error unwound past it), it removes the temporary
// and the target is untouched. A signal that ends the process removes registered temporaries too, and
// the temporaries of processes killed outright (kill -9) are swept by the next write to that folder.
#pragma once
#include <string>
#include <string_view>

namespace routecheck {

// What stops a file being written at `target`, in words naming the user's path ("no such folder 'out'",
// "the folder 'ro' is on a read-only file system", "no space left on the device"), or "" when nothing does.
std::string folder_problem(const std::string& target);

// An errno of a failed write in the words every write failure uses ("no space left on the device (the disk
// is full)", "the file size limit (ulimit -f) was reached", ...).
std::string write_error(int error);
// Writes `content` as the whole file at `path` (created or truncated): 0, or the errno of what failed.
int write_whole_file(const std::string& path, std::string_view content);

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
  // Writes `content` as the whole temporary file, every byte checked.
  void write(std::string_view content);
  // Checks the temporary reached the disk whole (fsync, a full disk, `ulimit -f`), then renames it over
  // the target; throws InputError naming the target on any failure, leaving the old target as it was.
  void commit();
  // Throws InputError "cannot write 'TARGET': WHY": WHY is what is wrong with the target's folder (missing,
  // not a folder, read-only, full) when something is, else `library_message` (GDAL's or SQLite's words
  // for a failure routecheck cannot name better).
  [[noreturn]] void fail(const std::string& library_message) const;

 private:
  std::string target_, path_;
  int slot_ = -1;  // in the signal-cleanup registry
  bool committed_ = false;
};

// Installs the handlers that remove registered temporaries when SIGINT, SIGTERM, SIGHUP or SIGPIPE ends
// the process, and turns SIGXFSZ (`ulimit -f`) into a write error. `bus_message` is printed (one line) if
// SIGBUS arrives: a memory-mapped file was truncated by another program while being read. Called by
// main() first; a TempFile calls it too (with nullptr), so a copy of this code in a loaded module chains
// its handler to main's.
void install_signal_cleanup(const char* bus_message);

// Removes temporaries of this naming scheme left in `folder` by processes that no longer exist.
void sweep_stale_temporaries(const std::string& folder);

}  // namespace routecheck
