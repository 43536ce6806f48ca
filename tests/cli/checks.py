"""Pass/fail bookkeeping shared by the CLI's Python tests (layers, maps, reports): each check counted, each
failure one line, and the exit status ctest reads; and the scratch directory each test writes in, removed
when the test passes (a failed test keeps it, and says where, for the reader of the log)."""
import atexit
import shutil
import sys
import tempfile


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.work = None
        self.all_passed = False  # set by finish(): a test that died half-way keeps its directory too

    def work_dir(self, prefix):
        """A new scratch directory, removed at exit unless a check failed."""
        self.work = tempfile.mkdtemp(prefix=prefix)
        atexit.register(self._tidy)
        return self.work

    def _tidy(self):
        if not self.all_passed:
            print(f"kept {self.work} for the failures above")
        else:
            shutil.rmtree(self.work, ignore_errors=True)

    def __call__(self, what, ok, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL: {what} {detail}")

    def finish(self, also=""):
        print(f"{self.passed} passed, {self.failed} failed{also}")
        self.all_passed = not self.failed
        sys.exit(1 if self.failed else 0)
