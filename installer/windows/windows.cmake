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
