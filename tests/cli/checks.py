"""Pass/fail bookkeeping shared by the CLI's Python tests (layers, maps, reports): each check counted, each
failure one line, and the exit status ctest reads."""
import sys


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def __call__(self, what, ok, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL: {what} {detail}")

    def finish(self, also=""):
        print(f"{self.passed} passed, {self.failed} failed{also}")
        sys.exit(1 if self.failed else 0)
