# Finds libxlsxwriter where pkg-config has no answer (Windows: vcpkg's or a hand-built copy):
# its header xlsxwriter.h and its library, as the imported target XlsxWriter::XlsxWriter.
# Give its prefix with CMAKE_PREFIX_PATH or XlsxWriter_ROOT if it is not found.
find_path(XlsxWriter_INCLUDE_DIR NAMES xlsxwriter.h)
find_library(XlsxWriter_LIBRARY NAMES xlsxwriter libxlsxwriter)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(XlsxWriter REQUIRED_VARS XlsxWriter_LIBRARY XlsxWriter_INCLUDE_DIR)

if(XlsxWriter_FOUND AND NOT TARGET XlsxWriter::XlsxWriter)
    add_library(XlsxWriter::XlsxWriter UNKNOWN IMPORTED)
    set_target_properties(XlsxWriter::XlsxWriter PROPERTIES
        IMPORTED_LOCATION "${XlsxWriter_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${XlsxWriter_INCLUDE_DIR}")
endif()
mark_as_advanced(XlsxWriter_INCLUDE_DIR XlsxWriter_LIBRARY)
