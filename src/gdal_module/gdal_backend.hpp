// Everything that needs GDAL (and through it PROJ) sits behind this interface, in a module the CLI
// loads only when a command needs it. Linking GDAL costs ~38 ms at every process start here (114
// shared libraries); geocode's whole-process budget is 20 ms, so the CLI binary must not link it.
#pragma once
#include "gazetteer/builder.hpp"

namespace routecheck {

class GdalBackend {
 public:
  virtual ~GdalBackend() = default;
  virtual gazetteer::BuildReport build_gazetteer(const gazetteer::BuildOptions& options) const = 0;
  virtual gazetteer::BuildReport import_places(const gazetteer::ImportOptions& options) const = 0;
};

// Loads routecheck_gdal.so on first use ($ROUTECHECK_GDAL_MODULE, else beside the executable, else the
// install directory). Throws Error when the module is missing or of another version.
const GdalBackend& gdal_backend();

}  // namespace routecheck

// The module's single entry point; the version in its name changes when GdalBackend does.
extern "C" const routecheck::GdalBackend* routecheck_gdal_backend_v1();
