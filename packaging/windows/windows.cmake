# Windows: invitedesk.exe with its icon and version resource, the Qt and third-party DLLs next to it
# (collected at install time: the runtime dependency set plus windeployqt for the Qt plugins), and
# an NSIS installer through CPack. Included by packaging/CMakeLists.txt; see packaging/README.md.
enable_language(RC)

# A GUI application: no console window. (--version/--help still print when their output is
# redirected or piped; see packaging/README.md.)
set_target_properties(invitedesk PROPERTIES WIN32_EXECUTABLE ON)

# The icon (16…256 in one .ico) rendered from the SVG at build time, and the resource script that
# carries it with the version information. The resource is compiled in an object library of its
# own, linked into invitedesk by the top-level CMakeLists.txt, so that the C++ warning flags of
# invitedesk_options never reach the resource compiler.
set(INVITEDESK_WIN_ICO ${CMAKE_CURRENT_BINARY_DIR}/invitedesk.ico)
add_custom_command(OUTPUT ${INVITEDESK_WIN_ICO}
                   COMMAND invitedesk-iconrender ${INVITEDESK_ICON_SVG} --ico ${INVITEDESK_WIN_ICO}
                   DEPENDS invitedesk-iconrender ${INVITEDESK_ICON_SVG}
                   COMMENT "Rendering invitedesk.ico from invitedesk.svg" VERBATIM)
configure_file(${CMAKE_CURRENT_LIST_DIR}/invitedesk.rc.in ${CMAKE_CURRENT_BINARY_DIR}/invitedesk.rc @ONLY)
add_library(invitedesk_winres OBJECT ${CMAKE_CURRENT_BINARY_DIR}/invitedesk.rc ${INVITEDESK_WIN_ICO})
set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/invitedesk.rc PROPERTIES OBJECT_DEPENDS ${INVITEDESK_WIN_ICO})

# Installation: bin/ holds both executables, every DLL they load (Qt, QtKeychain, libqrencode), the
# MSVC runtime and the Qt plugins. Windows' own DLLs are left out.
install(TARGETS invitedesk invitedesk-sandbox RUNTIME_DEPENDENCY_SET invitedesk_runtime
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(RUNTIME_DEPENDENCY_SET invitedesk_runtime
        DESTINATION ${CMAKE_INSTALL_BINDIR}
        PRE_EXCLUDE_REGEXES "^[Aa][Pp][Ii]-[Mm][Ss]-" "^[Ee][Xx][Tt]-[Mm][Ss]-"
        POST_EXCLUDE_REGEXES ".*[Ss][Yy][Ss][Tt][Ee][Mm]32[/\\\\].*"
        DIRECTORIES $<TARGET_FILE_DIR:Qt6::Core> $<TARGET_FILE_DIR:qt6keychain> ${QRENCODE_PREFIX}/bin
                    ${QRENCODE_LIBDIR}/../bin)
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

# windeployqt adds the plugins (platforms, styles, sqldrivers, tls, imageformats, iconengines) and
# Qt's own translations. --svg: the SVG icon engine loads Qt6Svg.dll, which nothing links directly.
find_program(INVITEDESK_WINDEPLOYQT windeployqt HINTS ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS} REQUIRED)
install(CODE "
  execute_process(COMMAND \"${INVITEDESK_WINDEPLOYQT}\" $<IF:$<CONFIG:Debug>,--debug,--release>
                          --no-compiler-runtime --no-system-d3d-compiler --no-opengl-sw --svg
                          \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/invitedesk.exe\"
                  COMMAND_ERROR_IS_FATAL ANY)
")

# The installer: Program Files\\InviteDesk, a Start-menu entry for InviteDesk (and its uninstaller),
# an entry in "Apps & features" with the app's icon, and the option to start it when done.
set(CPACK_GENERATOR NSIS)
set(CPACK_NSIS_PACKAGE_NAME "InviteDesk")
set(CPACK_NSIS_DISPLAY_NAME "InviteDesk")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "InviteDesk")
set(CPACK_PACKAGE_EXECUTABLES invitedesk "InviteDesk")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY ${CMAKE_INSTALL_BINDIR})
set(CPACK_NSIS_MUI_ICON ${INVITEDESK_WIN_ICO})
set(CPACK_NSIS_MUI_UNIICON ${INVITEDESK_WIN_ICO})
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\invitedesk.exe")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN invitedesk.exe)
set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
