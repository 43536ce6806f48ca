// PageFolder: pages into a hidden temporary folder named as TempFile names its temporaries (so a folder
// left by a killed process is swept by the next write beside it), renamed into place at the end.
#include "report/page_folder.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>

#include "core/error.hpp"
#include "core/temp_file.hpp"
#include "core/threads.hpp"
#include "core/text.hpp"

namespace fs = std::filesystem;

namespace routecheck::report {
namespace {

// What marks a folder as one routecheck wrote: its index page carries routecheck's generator tag.
constexpr std::string_view kGeneratorTag = "<meta name=\"generator\" content=\"routecheck\">";
constexpr std::size_t kHeadBytes = 4096;  // the tag sits in the page's head

// Pages queued a worker, beyond the one it makes: enough that a worker never waits for the caller's next
// check, few enough that a batch's pages do not pile up in memory.
constexpr std::size_t kQueuedPagesPerWorker = 4;

bool written_by_routecheck(const fs::path& dir) {
  std::ifstream index(dir / "index.html", std::ios::binary);
  if (!index) return false;
  std::string head(kHeadBytes, '\0');
  index.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(index.gcount()));
  return head.find(kGeneratorTag) != std::string::npos;
}

[[noreturn]] void refuse(const std::string& dir, const std::string& why) {
  throw InputError("--report '" + text::utf8_excerpt(dir, text::kQuotedInputBytes) + "': " + why);
}

// "out/" and "out" name the same folder; its parent is where the temporary goes.
fs::path normal(const std::string& dir) {
  fs::path p(dir);
  while (p.has_relative_path() && p.filename().empty()) p = p.parent_path();
  return p;
}

}  // namespace

void PageFolder::check_folder_path(const std::string& dir, bool overwrite) {
  if (dir.empty()) refuse(dir, "give a folder");
  const fs::path p = normal(dir);
  std::error_code ec;
  const fs::file_status status = fs::status(p, ec);
  if (status.type() != fs::file_type::not_found) {
    if (status.type() != fs::file_type::directory) refuse(dir, "is a file: --report with --batch writes a folder");
    if (!overwrite) refuse(dir, "exists: use --overwrite to replace it");
    if (!fs::is_empty(p, ec) && !written_by_routecheck(p))
      refuse(dir, "is a folder routecheck did not write (no index.html of its own): --overwrite replaces only routecheck's report folders");
  }
  // The parent must take a new folder: folder_problem asks about a file at p, so about p's parent.
  if (std::string why = folder_problem(p.string()); !why.empty() && why != "it is a directory") refuse(dir, why);
}

PageFolder::PageFolder(std::string dir, bool overwrite) : target_(normal(dir).string()), overwrite_(overwrite) {
  check_folder_path(dir, overwrite);
  static std::atomic<int> counter{0};
  const fs::path t(target_);
  sweep_stale_temporaries(t.parent_path().string());
  temp_ = (t.parent_path() / ("." + t.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                              std::to_string(counter++) + "-pages")).string();
  std::error_code ec;
  fs::remove_all(temp_, ec);
  if (!fs::create_directory(temp_, ec) || ec) refuse(dir, "cannot make a folder beside it: " + ec.message());
}

PageFolder::~PageFolder() {
  drain(true);
  if (committed_) return;
  std::error_code ec;
  fs::remove_all(temp_, ec);
}

void PageFolder::write(const std::string& file_name, const std::string& html) {
  if (file_name.empty() || file_name.find('/') != std::string::npos || file_name == "." || file_name == "..")
    throw InputError("a report page needs a plain file name, not '" + text::utf8_excerpt(file_name, text::kQuotedInputBytes) + "'");
  // Straight into the temporary folder: the folder, not each page, is what appears whole (a TempFile per
  // page would sweep the folder for every page, quadratic in a large batch).
  if (const int error = write_whole_file((fs::path(temp_) / file_name).string(), html)) fail(file_name, error);
}

void PageFolder::write_later(std::string file_name, std::function<std::string()> make) {
  std::unique_lock<std::mutex> lock(mutex_);
  if (workers_.empty()) {
    const unsigned cores = core::threads_or_one_per_core(0);
    for (unsigned i = 0; i < cores; ++i) workers_.emplace_back([this] { work(); });
  }
  changed_.wait(lock, [&] { return failed_ || queue_.size() < kQueuedPagesPerWorker * workers_.size(); });
  if (failed_) {
    lock.unlock();
    drain(true);
    std::rethrow_exception(failed_);
  }
  queue_.push_back({std::move(file_name), std::move(make)});
  changed_.notify_all();
}

void PageFolder::work() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    changed_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, nothing left
    Job job = std::move(queue_.front());
    queue_.pop_front();
    ++busy_;
    changed_.notify_all();  // room in the queue
    lock.unlock();
    std::exception_ptr error;
    try {
      write(job.file_name, job.make());
    } catch (...) {
      error = std::current_exception();
    }
    lock.lock();
    --busy_;
    if (error && !failed_) failed_ = error;
    if (failed_) queue_.clear();  // the batch is failing: the pages still waiting are not made
    changed_.notify_all();
  }
}

void PageFolder::drain(bool cancel) {
  {
    std::unique_lock<std::mutex> lock(mutex_);
    if (workers_.empty()) return;
    if (cancel) queue_.clear();
    stopping_ = true;
    changed_.notify_all();
  }
  for (std::thread& t : workers_) t.join();
  workers_.clear();
  stopping_ = false;
}

void PageFolder::fail(const std::string& file_name, int error) const {
  std::string why = folder_problem(target_);
  if (why.empty() || why == "it is a directory") why = write_error(error);
  refuse(target_, "cannot write its page " + file_name + ": " + why);
}

void PageFolder::commit() {
  drain(false);
  if (failed_) std::rethrow_exception(failed_);
  // The pages on the disk before the folder takes its name: one sync of the file system, not one a page.
  if (const int fd = ::open(temp_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); fd >= 0) {
    const int synced = ::syncfs(fd);
    const int error = errno;
    ::close(fd);
    if (synced != 0) fail("(sync)", error);
  }
  std::error_code ec;
  std::string aside;
  if (fs::exists(target_, ec)) {
    // Checked again at the end: another program may have put something there meanwhile.
    check_folder_path(target_, overwrite_);
    aside = temp_ + "-old";
    fs::rename(target_, aside, ec);
    if (ec) refuse(target_, "cannot move the old folder aside: " + ec.message());
  }
  fs::rename(temp_, target_, ec);
  if (ec) {
    std::error_code ignored;
    if (!aside.empty()) fs::rename(aside, target_, ignored);  // the old folder back as it was
    refuse(target_, "cannot rename the new folder into place: " + ec.message());
  }
  committed_ = true;
  if (!aside.empty()) fs::remove_all(aside, ec);
}

}  // namespace routecheck::report
