# CLI runs registered in ctest, matched against their output (the model: GeographicLib's
# tools/tests.cmake). Each test says what it guards. Names and examples come from the seed reports and
# issue #2; coordinates are GeoNames'.
set(EXPECT "${CMAKE_CURRENT_LIST_DIR}/expect")
set(RC "$<TARGET_FILE:routecheck>")
set(CLI_HOME "${CMAKE_BINARY_DIR}/cli-test-home")
set(FIX "${CMAKE_SOURCE_DIR}/tests/fixtures/cli")

# cli_test(NAME <expect options> -- <routecheck arguments>)
function(cli_test name)
  add_test(NAME cli.${name} COMMAND "${EXPECT}" ${ARGN})
  set_tests_properties(cli.${name} PROPERTIES
    ENVIRONMENT "XDG_DATA_HOME=${CLI_HOME};ROUTECHECK_GAZETTEER=;LC_ALL=C.UTF-8"
    LABELS cli)
endfunction()

include("${CMAKE_CURRENT_LIST_DIR}/gazetteer.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/check.cmake")

# Map layers as files (every format, RFC 7946, densification, antimeridian, --overwrite, export).
add_test(NAME cli.layers COMMAND /usr/bin/python3 "${CMAKE_CURRENT_LIST_DIR}/layers_test.py" $<TARGET_FILE:routecheck>)
set_tests_properties(cli.layers PROPERTIES ENVIRONMENT "XDG_DATA_HOME=${CLI_HOME};ROUTECHECK_GAZETTEER=" LABELS cli)
# SVG maps parsed: the southern Pacific stays sea, a 4 km trip fills its map, no text over text, an
# article's claims each in their own colour, a legend with the figures claimed (issue 29).
add_test(NAME cli.maps COMMAND /usr/bin/python3 "${CMAKE_CURRENT_LIST_DIR}/map_test.py" $<TARGET_FILE:routecheck>)
set_tests_properties(cli.maps PROPERTIES ENVIRONMENT "XDG_DATA_HOME=${CLI_HOME};ROUTECHECK_GAZETTEER=" LABELS cli)
# HTML reports read as files: fields against --json, self-contained, headings in order, AA contrast, the
# same bytes twice, a bad --report path refused whole (issue 29).
add_test(NAME cli.reports COMMAND /usr/bin/python3 "${CMAKE_CURRENT_LIST_DIR}/report_test.py" $<TARGET_FILE:routecheck>)
set_tests_properties(cli.reports PROPERTIES ENVIRONMENT "XDG_DATA_HOME=${CLI_HOME};ROUTECHECK_GAZETTEER=" LABELS cli)
# The same pages in Debian's headless chromium: DOM read back, console errors fail, screenshots kept in
# the build directory (report-pages/); skipped when chromium is absent.
add_test(NAME browser.reports COMMAND /usr/bin/python3 "${CMAKE_CURRENT_LIST_DIR}/report_browser_test.py"
         $<TARGET_FILE:routecheck> "${CMAKE_BINARY_DIR}/report-pages")
set_tests_properties(browser.reports PROPERTIES ENVIRONMENT "XDG_DATA_HOME=${CLI_HOME};ROUTECHECK_GAZETTEER="
                     LABELS browser SKIP_RETURN_CODE 77 TIMEOUT 600)
# The layers opened in real QGIS, styled (Debian's python3-qgis, headless).
add_test(NAME qgis.open_layers COMMAND "${CMAKE_SOURCE_DIR}/tests/qgis/run" $<TARGET_FILE:routecheck>)
set_tests_properties(qgis.open_layers PROPERTIES ENVIRONMENT "XDG_DATA_HOME=${CLI_HOME};ROUTECHECK_GAZETTEER=" LABELS qgis)
include("${CMAKE_CURRENT_LIST_DIR}/article.cmake")
# cmake --install: the binary finds its gazetteer and GDAL module from its (moved) prefix (issue 8).
add_test(NAME cli.install COMMAND "${CMAKE_CURRENT_LIST_DIR}/install_test" "${CMAKE_BINARY_DIR}")
set_tests_properties(cli.install PROPERTIES LABELS cli)
include("${CMAKE_CURRENT_LIST_DIR}/network.cmake")
