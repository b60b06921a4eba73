# libFuzzer targets (tests/fuzz/). Only with INVITEDESK_FUZZ=ON and clang: every invitedesk_* library
# is then built with coverage instrumentation plus ASan and UBSan (-fsanitize=fuzzer-no-link), and
# each fuzzer links libFuzzer's main. The `fuzz` preset sets this up in build/fuzz; `./test --fuzz`
# builds and runs them.
option(INVITEDESK_FUZZ "Build the libFuzzer targets in tests/fuzz (clang only)" OFF)

if(INVITEDESK_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(WARNING "INVITEDESK_FUZZ needs clang (libFuzzer); fuzzers are not built with ${CMAKE_CXX_COMPILER_ID}")
  else()
    set(INVITEDESK_FUZZ_SANITIZERS "address,undefined")
    target_compile_options(invitedesk_options INTERFACE
      -fsanitize=fuzzer-no-link,${INVITEDESK_FUZZ_SANITIZERS} -fno-omit-frame-pointer
      -fno-sanitize-recover=undefined)
    target_link_options(invitedesk_options INTERFACE -fsanitize=${INVITEDESK_FUZZ_SANITIZERS})
    add_subdirectory(${PROJECT_SOURCE_DIR}/tests/fuzz ${PROJECT_BINARY_DIR}/tests/fuzz)
  endif()
endif()
