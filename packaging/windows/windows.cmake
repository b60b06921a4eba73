# Windows: invitedesk.exe with its icon and version resource, the Qt and third-party DLLs next to it
# (collected at install time: the runtime dependency set, plus windeployqt or, for MinGW and cross
# builds, the named plugins), installed by the NSIS script installer.nsi. Included by
# packaging/CMakeLists.txt; see packaging/README.md.
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

# Installation: bin/ holds both executables, every DLL they load (Qt, QtKeychain, libqrencode, the
# compiler's runtime) and the Qt plugins. Windows' own DLLs are left out.
install(FILES ${PROJECT_SOURCE_DIR}/packaging/license-notice.txt DESTINATION .)
# The plugins the app loads when no windeployqt chooses them (MinGW and cross builds), and no more.
set(INVITEDESK_QT_PLUGINS platforms/qwindows.dll styles/qwindowsvistastyle.dll sqldrivers/qsqlite.dll
    tls/qschannelbackend.dll imageformats/qico.dll)
if(CMAKE_CROSSCOMPILING)
  install(TARGETS invitedesk invitedesk-sandbox RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  # Cross build (MinGW-w64 on Linux, packaging/windows/build-sdk.sh): the DLLs are found from the
  # programs' import tables (and the plugins'), in the SDK and next to the MinGW compiler.
  find_program(INVITEDESK_CROSS_OBJDUMP NAMES x86_64-w64-mingw32-objdump REQUIRED)
  execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libstdc++-6.dll
                  OUTPUT_VARIABLE mingw_stdcxx OUTPUT_STRIP_TRAILING_WHITESPACE)
  execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libwinpthread-1.dll
                  OUTPUT_VARIABLE mingw_pthread OUTPUT_STRIP_TRAILING_WHITESPACE)
  get_filename_component(mingw_runtime_dir ${mingw_stdcxx} DIRECTORY)
  get_filename_component(mingw_pthread_dir ${mingw_pthread} DIRECTORY)
  set(qt_plugins ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS})
  list(TRANSFORM INVITEDESK_QT_PLUGINS PREPEND ${qt_plugins}/ OUTPUT_VARIABLE plugin_files)
  install(CODE "
    set(bin \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    execute_process(COMMAND \"${CMAKE_COMMAND}\" -DOBJDUMP=${INVITEDESK_CROSS_OBJDUMP}
        \"-DPROGRAMS=\${bin}/invitedesk.exe;\${bin}/invitedesk-sandbox.exe;${plugin_files}\"
        \"-DDIRECTORIES=$<TARGET_FILE_DIR:Qt6::Core>;$<TARGET_FILE_DIR:qt6keychain>;${QRENCODE_PREFIX}/bin;${QRENCODE_LIBDIR};${mingw_runtime_dir};${mingw_pthread_dir}\"
        \"-DDESTINATION=\${bin}\" -P ${CMAKE_CURRENT_LIST_DIR}/deploy-dlls.cmake
      COMMAND_ERROR_IS_FATAL ANY)
  ")
else()
  install(TARGETS invitedesk invitedesk-sandbox RUNTIME_DEPENDENCY_SET invitedesk_runtime
          RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  install(RUNTIME_DEPENDENCY_SET invitedesk_runtime
          DESTINATION ${CMAKE_INSTALL_BINDIR}
          PRE_EXCLUDE_REGEXES "^[Aa][Pp][Ii]-[Mm][Ss]-" "^[Ee][Xx][Tt]-[Mm][Ss]-"
          POST_EXCLUDE_REGEXES ".*[Ss][Yy][Ss][Tt][Ee][Mm]32[/\\\\].*"
          DIRECTORIES $<TARGET_FILE_DIR:Qt6::Core> $<TARGET_FILE_DIR:qt6keychain> ${QRENCODE_PREFIX}/bin
                      ${QRENCODE_LIBDIR}/../bin)
endif()

if(CMAKE_CROSSCOMPILING OR MINGW)
  # No windeployqt for a cross build: the plugins the app loads, named one by one (no more), under
  # bin/plugins with a qt.conf that points Qt there, and Qt's own translations of our languages.
  foreach(plugin IN LISTS INVITEDESK_QT_PLUGINS)
    get_filename_component(plugin_dir ${plugin} DIRECTORY)
    install(FILES ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}/${plugin}
            DESTINATION ${CMAKE_INSTALL_BINDIR}/plugins/${plugin_dir})
  endforeach()
  file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/qt.conf "[Paths]\nPrefix=.\nPlugins=plugins\nTranslations=translations\n")
  install(FILES ${CMAKE_CURRENT_BINARY_DIR}/qt.conf DESTINATION ${CMAKE_INSTALL_BINDIR})
  set(INVITEDESK_QT_TRANSLATIONS_DIR "" CACHE PATH "Qt's .qm files (qtbase_*.qm) to ship with a cross build")
  foreach(lang IN LISTS INVITEDESK_LANGUAGES)
    if(EXISTS ${INVITEDESK_QT_TRANSLATIONS_DIR}/qtbase_${lang}.qm)
      install(FILES ${INVITEDESK_QT_TRANSLATIONS_DIR}/qtbase_${lang}.qm DESTINATION ${CMAKE_INSTALL_BINDIR}/translations)
    endif()
  endforeach()
else()
  set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
  include(InstallRequiredSystemLibraries)
  # windeployqt adds the plugins (platforms, styles, sqldrivers, tls, imageformats) and Qt's own
  # translations.
  find_program(INVITEDESK_WINDEPLOYQT windeployqt HINTS ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS} REQUIRED)
  install(CODE "
    execute_process(COMMAND \"${INVITEDESK_WINDEPLOYQT}\" $<IF:$<CONFIG:Debug>,--debug,--release>
                            --no-compiler-runtime --no-system-d3d-compiler --no-opengl-sw
                            \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/invitedesk.exe\"
                    COMMAND_ERROR_IS_FATAL ANY)
  ")
endif()

# The installer is packaging/windows/installer.nsi (NSIS 3, per-machine or per-user), built by makensis
# from a staged installation (`cmake --install <build> --prefix <stage>`): the same script on Windows
# and from Linux (packaging/windows/test-windows.sh). INVITEDESK_WIN_ICO is its icon.
