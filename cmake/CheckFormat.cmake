# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ALPR Workstation developers
# Fails naming every C++ file that differs from the committed .clang-format:
#   cmake -DSOURCE_DIR=. -P cmake/CheckFormat.cmake
# Fix with: clang-format-14 -i FILE...
cmake_minimum_required(VERSION 3.25)
find_program(CLANG_FORMAT NAMES clang-format-14)
if(NOT CLANG_FORMAT)
    message(FATAL_ERROR "format check: clang-format-14 is not installed (packaging/install-deps.sh installs it)")
endif()
file(GLOB_RECURSE files LIST_DIRECTORIES false
     "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
     "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
set(bad "")
foreach(f ${files})
    execute_process(COMMAND ${CLANG_FORMAT} --style=file --dry-run --Werror "${f}"
                    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(NOT rc EQUAL 0)
        file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
        list(APPEND bad "${rel}")
    endif()
endforeach()
list(LENGTH files n)
if(bad)
    list(LENGTH bad nbad)
    string(JOIN "\n  " shown ${bad})
    message(FATAL_ERROR "format check: ${nbad} of ${n} files differ from .clang-format "
                        "(clang-format-14 -i FILE fixes them):\n  ${shown}")
endif()
message(STATUS "format check: ${n} files match .clang-format")
