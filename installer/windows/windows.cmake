# Windows installer (CPack NSIS), included from installer/CMakeLists.txt on WIN32 only.
# Prepared but not tried: no Windows Qt can be had on the Linux machines that build Chỉ Số.
# See README.md in this folder for the steps.

# windeployqt copies Qt's DLLs and plugins (platforms, sqldrivers, printsupport,
# imageformats, iconengines) beside chiso.exe in the install tree CPack packs: for chiso.exe
# and for the printing plugin, the only user of Qt Print Support (lib/chiso/plugins, loaded on use).
find_program(WINDEPLOYQT windeployqt HINTS "${Qt6_DIR}/../../../bin" REQUIRED)
install(CODE "
    foreach(binary bin/chiso.exe ${CHISO_PLUGIN_INSTALL_DIR}/chiso_printing.dll)
        execute_process(COMMAND \"${WINDEPLOYQT}\" --release --no-compiler-runtime --no-translations
                                --dir \"\${CMAKE_INSTALL_PREFIX}/bin\" \"\${CMAKE_INSTALL_PREFIX}/\${binary}\"
                        RESULT_VARIABLE result)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR \"windeployqt failed on \${binary}: \${result}\")
        endif()
    endforeach()
")
# Qt's PostgreSQL driver (qsqlpsql.dll, copied by windeployqt) loads libpq.dll, which Qt does
# not ship: take it and the DLLs it needs from a PostgreSQL install (the EDB installer's bin
# folder, or PostgreSQL_ROOT), so that a server can be reached from a machine without one.
find_path(CHISO_LIBPQ_DIR libpq.dll HINTS "$ENV{PostgreSQL_ROOT}/bin" "C:/Program Files/PostgreSQL/15/bin" "C:/Program Files/PostgreSQL/16/bin")
if(CHISO_LIBPQ_DIR)
    foreach(dll libpq.dll libssl-3-x64.dll libcrypto-3-x64.dll libintl-9.dll libiconv-2.dll libwinpthread-1.dll)
        if(EXISTS "${CHISO_LIBPQ_DIR}/${dll}")
            install(FILES "${CHISO_LIBPQ_DIR}/${dll}" DESTINATION bin)
        endif()
    endforeach()
else()
    message(WARNING "libpq.dll not found (set PostgreSQL_ROOT): the installed program will open files but not reach a PostgreSQL server")
endif()

# The MSVC runtime, from the compiler's redistributable folder.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_FILE_NAME "chiso-${PROJECT_VERSION}-setup")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Chi So")
set(CPACK_NSIS_DISPLAY_NAME "Chỉ Số ${PROJECT_VERSION}")
set(CPACK_NSIS_PACKAGE_NAME "Chỉ Số")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_SOURCE_DIR}/icons/chiso.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_SOURCE_DIR}/icons/chiso.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\chiso.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Chỉ Số.lnk' '$INSTDIR\\\\bin\\\\chiso.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Chỉ Số.lnk'")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
