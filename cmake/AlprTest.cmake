# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ALPR Workstation developers
# alpr_add_test(area unit source): a Qt Test executable registered with CTest as
# <area>_<unit>, with a timeout. ui tests link alpr_ui and run offscreen; cli
# tests (and department ones, which set up their server with it) get the path
# of alprctl in ALPRCTL. department* tests (the PostgreSQL
# department store) each run under pg_virtualenv -t: a throwaway PostgreSQL
# cluster of their own, reached through PGHOST, PGPORT, PGUSER, PGPASSWORD and
# PGDATABASE as its superuser (tests/support/pgtestserver.h), dropped after;
# they get the server module's path in ALPR_PG_EXTENSION.
set(ALPR_TEST_DATA_DIR ${PROJECT_SOURCE_DIR}/tests/data)
set(ALPR_SHARED_FIXTURES_DIR ${PROJECT_SOURCE_DIR}/../shared/fixtures)

# The environment of every test. Under sanitizers: stop at the first finding
# with a stack, and leave out only the leaks of system libraries listed (each
# with its reason) in tests/sanitizers/lsan.supp. The quarantine of freed
# memory is 16 MB instead of 256: every sign-in runs 600,000 PBKDF2 rounds, and
# OpenSSL allocates a digest context in each, so with the default quarantine
# every alprctl process faulted in 256 MB of fresh pages and took ten times as
# long as without ASan. A use after free is still caught while the block is
# among the last 16 MB freed.
set(ALPR_TEST_ENVIRONMENT "")
set(ALPR_TEST_TIMEOUT 120)
if(ALPR_SANITIZE)
    set(ALPR_TEST_TIMEOUT 600) # a Debug build under ASan runs several times slower
    list(APPEND ALPR_TEST_ENVIRONMENT
        "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:check_initialization_order=1:quarantine_size_mb=16"
        "UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1"
        "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizers/lsan.supp:print_suppressions=0")
endif()

# postgresql-common's pg_virtualenv (installed with the postgresql package).
find_program(PG_VIRTUALENV pg_virtualenv)

function(alpr_add_test area unit source)
    set(target tst_${area}_${unit})
    add_executable(${target} ${source})
    set_target_properties(${target} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    target_link_libraries(${target} PRIVATE alpr_flags alpr_core Qt6::Test)
    # tests/support/rawstore.h opens store files with SQLCipher's own API.
    target_link_libraries(${target} PRIVATE PkgConfig::SQLCIPHER)
    target_compile_definitions(${target} PRIVATE SQLITE_HAS_CODEC)
    target_compile_definitions(${target} PRIVATE
        ALPR_TEST_DATA_DIR="${ALPR_TEST_DATA_DIR}")
    set(env "QT_QPA_PLATFORM=offscreen" ${ALPR_TEST_ENVIRONMENT})
    if(area STREQUAL "ui")
        target_link_libraries(${target} PRIVATE alpr_ui)
    endif()
    # A department test sets up its server with alprctl, as an administrator would.
    if(area STREQUAL "cli" OR unit MATCHES "^department")
        add_dependencies(${target} alprctl alpr-workstation)
        target_compile_definitions(${target} PRIVATE ALPRCTL="$<TARGET_FILE:alprctl>"
                                   ALPR_WORKSTATION="$<TARGET_FILE:alpr-workstation>")
    endif()
    if(unit MATCHES "^department")
        if(NOT PG_VIRTUALENV)
            message(FATAL_ERROR "${area}_${unit} needs pg_virtualenv (package postgresql-common, "
                                "installed with postgresql by packaging/install-deps.sh)")
        endif()
        # The postgres server loads the module itself; it runs as its own OS
        # user and is not instrumented, so the module never is (core/store/pgext).
        add_dependencies(${target} alpr_pg)
        target_compile_definitions(${target} PRIVATE ALPR_PG_EXTENSION="$<TARGET_FILE:alpr_pg>")
        add_test(NAME ${area}_${unit} COMMAND ${PG_VIRTUALENV} -t $<TARGET_FILE:${target}>)
    else()
        add_test(NAME ${area}_${unit} COMMAND ${target})
    endif()
    set_tests_properties(${area}_${unit} PROPERTIES TIMEOUT ${ALPR_TEST_TIMEOUT} ENVIRONMENT "${env}")
    if(unit MATCHES "^department")
        # pg_virtualenv takes the first free port from 5432 well before its
        # server listens on it: two at once could pick the same one.
        set_tests_properties(${area}_${unit} PROPERTIES RESOURCE_LOCK pg_virtualenv_port)
    endif()
endfunction()
