# macOS: InviteDesk.app (Info.plist from Info.plist.in, icon rendered from the SVG and turned into an
# .icns by iconutil at build time), made self-contained by macdeployqt at install time, inside a
# drag-and-drop .dmg through CPack. invitedesk-sandbox stays a command-line tool next to the main
# executable in InviteDesk.app/Contents/MacOS. Included by packaging/CMakeLists.txt; see
# packaging/README.md.
set(INVITEDESK_BUNDLE_EXECUTABLE InviteDesk)
if(CMAKE_OSX_DEPLOYMENT_TARGET)
  set(INVITEDESK_MACOS_MINIMUM ${CMAKE_OSX_DEPLOYMENT_TARGET})
else()
  set(INVITEDESK_MACOS_MINIMUM 12.0) # Qt 6.8's minimum
endif()
configure_file(${CMAKE_CURRENT_LIST_DIR}/Info.plist.in ${CMAKE_CURRENT_BINARY_DIR}/Info.plist @ONLY)
set_target_properties(invitedesk PROPERTIES
  MACOSX_BUNDLE ON
  OUTPUT_NAME ${INVITEDESK_BUNDLE_EXECUTABLE}
  MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_BINARY_DIR}/Info.plist)
# The sandbox binary lives in the bundle and loads the bundle's frameworks.
set_target_properties(invitedesk-sandbox PROPERTIES INSTALL_RPATH "@executable_path/../Frameworks")

# invitedesk.icns: the tool renders an .iconset (16…1024 with @2x), iconutil (part of Xcode's
# command line tools) packs it.
find_program(INVITEDESK_ICONUTIL iconutil REQUIRED)
set(icns ${CMAKE_CURRENT_BINARY_DIR}/invitedesk.icns)
set(iconset ${CMAKE_CURRENT_BINARY_DIR}/invitedesk.iconset)
add_custom_command(OUTPUT ${icns}
                   COMMAND ${CMAKE_COMMAND} -E rm -rf ${iconset}
                   COMMAND invitedesk-iconrender ${INVITEDESK_ICON_SVG} --iconset ${iconset}
                   COMMAND ${INVITEDESK_ICONUTIL} -c icns -o ${icns} ${iconset}
                   DEPENDS invitedesk-iconrender ${INVITEDESK_ICON_SVG}
                   COMMENT "Rendering invitedesk.icns from invitedesk.svg" VERBATIM)
add_custom_target(invitedesk_icns ALL DEPENDS ${icns})

set(app InviteDesk.app)
install(TARGETS invitedesk BUNDLE DESTINATION .)
install(TARGETS invitedesk-sandbox RUNTIME DESTINATION ${app}/Contents/MacOS)
install(FILES ${icns} DESTINATION ${app}/Contents/Resources)

# macdeployqt copies the Qt frameworks and plugins and the other non-system libraries (QtKeychain,
# libqrencode) into the bundle and rewrites both executables to use them; the bundle is then signed
# ad hoc, because rewriting invalidates the linker's signature (a Developer ID signature and
# notarization are a release step, see packaging/README.md).
find_program(INVITEDESK_MACDEPLOYQT macdeployqt HINTS ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS} REQUIRED)
install(CODE "
  set(bundle \"\${CMAKE_INSTALL_PREFIX}/${app}\")
  execute_process(COMMAND \"${INVITEDESK_MACDEPLOYQT}\" \"\${bundle}\"
                          \"-executable=\${bundle}/Contents/MacOS/invitedesk-sandbox\"
                          \"-libpath=$<TARGET_FILE_DIR:qt6keychain>\" -always-overwrite
                  COMMAND_ERROR_IS_FATAL ANY)
  execute_process(COMMAND codesign --force --deep --sign - \"\${bundle}\" COMMAND_ERROR_IS_FATAL ANY)
")

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME InviteDesk)
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_FILE_NAME invitedesk-${PROJECT_VERSION}-macos)
