# One INTERFACE target carries every build-wide setting; each target links it instead of
# relying on global add_definitions.
add_library(invitedesk_options INTERFACE)
target_compile_features(invitedesk_options INTERFACE cxx_std_20)
target_compile_definitions(invitedesk_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  INVITEDESK_VERSION="${PROJECT_VERSION}")
# Warnings by compiler, as qBittorrent's cmake/Modules/CommonConfig.cmake does: one set for GCC and
# Clang (MinGW included), one for MSVC. /utf-8: the sources are UTF-8 (Russian CSV column names, the
# language names); MSVC would read them in the system code page without it.
if(MSVC)
  target_compile_options(invitedesk_options INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus
                         /Zc:preprocessor)
  if(INVITEDESK_WERROR)
    target_compile_options(invitedesk_options INTERFACE /WX)
  endif()
else()
  target_compile_options(invitedesk_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough)
  if(INVITEDESK_WERROR)
    target_compile_options(invitedesk_options INTERFACE -Werror)
  endif()
endif()
if(WIN32)
  # <windows.h> without min/max macros and with the wide-character API (platform files only use it).
  target_compile_definitions(invitedesk_options INTERFACE NOMINMAX WIN32_LEAN_AND_MEAN UNICODE _UNICODE)
endif()
if(INVITEDESK_SANITIZE)
  target_compile_options(invitedesk_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                         -fno-sanitize-recover=undefined)
  target_link_options(invitedesk_options INTERFACE -fsanitize=address,undefined)
endif()

# invitedesk_add_test(<name> SOURCES a.cpp ... [LIBS ...] [LABELS ...] [TIMEOUT s])
# A Qt Test executable registered with CTest: offscreen platform, forced asserts, the core linked.
function(invitedesk_add_test name)
  cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  if(NOT T_SOURCES)
    set(T_SOURCES ${name}.cpp)
  endif()
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE invitedesk_options invitedesk_core Qt6::Test ${T_LIBS})
  target_compile_definitions(${name} PRIVATE QT_FORCE_ASSERTS
                             INVITEDESK_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}")
  add_test(NAME ${name} COMMAND ${name})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_FORCE_STDERR_LOGGING=1"
    TIMEOUT ${T_TIMEOUT}
    LABELS "${T_LABELS}")
endfunction()

# invitedesk_add_bench(<name> SOURCES ... [LIBS ...]): a benchmark executable; built, not run by ctest.
function(invitedesk_add_bench name)
  cmake_parse_arguments(B "" "" "SOURCES;LIBS" ${ARGN})
  if(NOT B_SOURCES)
    set(B_SOURCES ${name}.cpp)
  endif()
  add_executable(${name} ${B_SOURCES})
  target_link_libraries(${name} PRIVATE invitedesk_options invitedesk_core ${B_LIBS})
endfunction()
