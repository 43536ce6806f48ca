// Issue 30 in the library: impossible input refused where it is read (coordinates out of WGS84's range,
// records past the size limit), writes refused in routecheck's words naming the user's path, and the
// writers' lock file gone after the lock is released.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/error.hpp"
#include "core/file_lock.hpp"
#include "core/temp_file.hpp"
#include "gazetteer/geocoder.hpp"
#include "verdicts/claims_table.hpp"

using namespace routecheck;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    char name[] = "/tmp/rc-bad-input-XXXXXX";
    path = ::mkdtemp(name);
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path / "ro", fs::perms::owner_all, ec);
    fs::remove_all(path, ec);
  }
};

std::string message_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("issue 30: two numbers out of range are refused as coordinates, not looked up as a name") {
  CHECK(message_of([] { gazetteer::parse_lat_lon("91,0"); }) == "latitude 91 is out of range (-90 to 90)");
  CHECK(message_of([] { gazetteer::parse_lat_lon("-90.5 10"); }).find("latitude -90.5") == 0);
  CHECK(message_of([] { gazetteer::parse_lat_lon("45, 180.01"); }) == "longitude 180.01 is out of range (-180 to 180)");
  CHECK(gazetteer::parse_lat_lon("90,-180"));  // the edges are in range
  CHECK_FALSE(gazetteer::parse_lat_lon("Seoul, Korea"));  // not two numbers: a name
}

TEST_CASE("issue 30: a write is refused up front, naming the user's folder, not the temporary") {
  TempDir dir;
  const std::string missing = (dir.path / "nope" / "x.gpkg").string();
  const std::string why = message_of([&] { TempFile t(missing); });
  CHECK(why.find("no such folder '" + (dir.path / "nope").string() + "'") != std::string::npos);
  CHECK(why.find(".tmp-") == std::string::npos);

  std::ofstream(dir.path / "file") << "x";
  CHECK(folder_problem((dir.path / "file" / "x.gpkg").string()).find("is not a folder") != std::string::npos);

  fs::create_directory(dir.path / "d");
  CHECK(folder_problem((dir.path / "d").string()) == "it is a directory");
  CHECK(folder_problem((dir.path / "ok.gpkg").string()).empty());
}

TEST_CASE("issue 30: a library's failure is said in the user's file name, on one line") {
  TempDir dir;
  const std::string target = (dir.path / "out.gpkg").string();
  TempFile t(target);
  const std::string why = message_of([&] { t.fail("cannot open " + t.path() + "\nTerminating translation"); });
  CHECK(why == "cannot write '" + target + "': cannot open " + target);
}

TEST_CASE("issue 30: the writers' lock file is gone once the lock is released") {
  TempDir dir;
  const std::string target = (dir.path / "g.gpkg").string();
  {
    FileLock first(target, nullptr);
    CHECK(fs::exists(dir.path / ".g.gpkg.lock"));
  }
  CHECK_FALSE(fs::exists(dir.path / ".g.gpkg.lock"));
  { FileLock again(target, nullptr); }  // a lock file removed is made anew
  CHECK(fs::is_empty(dir.path));
}

TEST_CASE("issue 30: a claims record past the limit is its row's error, and the rows after it are read") {
  const std::size_t over = verdicts::ClaimsCsvReader::kMaxRecordBytes + 10;
  const std::string csv = "from,to\nSeoul,Busan\n" + std::string(over, 'x') + ",Busan\nSeoul,Daegu\n";
  std::size_t at = 0, most_held = 0;
  verdicts::ClaimsCsvReader reader([&](std::string& buffer) {
    const std::size_t n = std::min<std::size_t>(4096, csv.size() - at);
    buffer.append(csv, at, n);
    at += n;
    most_held = std::max(most_held, buffer.size());
    return at < csv.size();
  });
  std::vector<verdicts::ClaimRow> rows;
  while (auto row = reader.next()) rows.push_back(std::move(*row));
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].error.empty());
  CHECK(rows[1].error.find("over the limit of 1 MiB") != std::string::npos);
  CHECK(rows[2].input.to == "Daegu");
  CHECK(most_held < 3 * verdicts::ClaimsCsvReader::kMaxRecordBytes);  // never the whole line

  CHECK(message_of([&] { verdicts::read_claims_csv(std::string(over, 'h') + "\nSeoul,Busan\n"); })
            .find("the header line is over the limit") != std::string::npos);
}
