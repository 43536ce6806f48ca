// A folder of pages written whole or not at all: pages go into a hidden temporary folder beside the
// target, renamed into place at the end. Used by the batches' --report DIR (an index page and one page
// per claim or story); a batch that fails half-way leaves no half-written folder.
#pragma once
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace routecheck::report {

class PageFolder {
 public:
  // Refuses the folder before any work (check_folder_path), then makes the temporary folder.
  PageFolder(std::string dir, bool overwrite);
  // Uncommitted (an error unwound past it), the temporary folder and its pages are removed.
  ~PageFolder();
  PageFolder(const PageFolder&) = delete;
  PageFolder& operator=(const PageFolder&) = delete;

  // One page, `file_name` a plain name (no folder part), written into the temporary folder.
  void write(const std::string& file_name, const std::string& html);
  // The same, the page made by `make` on one of the folder's worker threads (one a core), while the caller
  // goes on: a batch checks its next claims while the last ones' maps are drawn. `make` must be safe to
  // run beside the caller and the other pages' (what it captures, it owns or only reads). At most a few
  // pages a worker wait their turn; the caller waits for room. A page that failed (its make threw, or the
  // disk) is rethrown here, from the next call, or from commit().
  void write_later(std::string file_name, std::function<std::string()> make);
  // Renames the temporary folder to the target, once every page is written. With overwrite, a folder
  // routecheck wrote before is moved aside first and removed after the rename.
  void commit();

  // The refusals, before any work: InputError "--report 'DIR': WHY" when DIR is a file, exists without
  // overwrite, is a folder routecheck did not write (no index.html of its own; overwrite never empties a
  // folder of other files), or its parent folder cannot take it.
  static void check_folder_path(const std::string& dir, bool overwrite);

 private:
  [[noreturn]] void fail(const std::string& file_name, int error) const;
  void work();
  // Waits until every queued page is written; `cancel` drops those not begun (an error unwinding).
  void drain(bool cancel);
  std::string target_, temp_;
  bool overwrite_ = false, committed_ = false;
  // The workers, started on the first write_later.
  struct Job {
    std::string file_name;
    std::function<std::string()> make;
  };
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Job> queue_;
  std::size_t busy_ = 0;
  bool stopping_ = false;
  std::exception_ptr failed_;
  std::vector<std::thread> workers_;
};

}  // namespace routecheck::report
