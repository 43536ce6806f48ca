// A folder of pages written whole or not at all: pages go into a hidden temporary folder beside the
// target, renamed into place at the end. Used by the batches' --report DIR (an index page and one page
// per claim or story); a batch that fails half-way leaves no half-written folder.
#pragma once
#include <string>

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
  std::size_t pages() const { return pages_; }
  // Renames the temporary folder to the target. With overwrite, a folder routecheck wrote before is
  // moved aside first and removed after the rename.
  void commit();

  // The refusals, before any work: InputError "--report 'DIR': WHY" when DIR is a file, exists without
  // overwrite, is a folder routecheck did not write (no index.html of its own; overwrite never empties a
  // folder of other files), or its parent folder cannot take it.
  static void check_folder_path(const std::string& dir, bool overwrite);

 private:
  [[noreturn]] void fail(const std::string& file_name, int error) const;
  std::string target_, temp_;
  bool overwrite_ = false, committed_ = false;
  std::size_t pages_ = 0;
};

}  // namespace routecheck::report
