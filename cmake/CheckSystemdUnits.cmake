# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ALPR Workstation developers
# Checks every unit file in packaging/systemd with `systemd-analyze verify`:
#   cmake -DUNIT_DIR=packaging/systemd -DALPRCTL=build/bin/alprctl -DWORK_DIR=DIR
#         [-DINJECT="Key=value"] -P cmake/CheckSystemdUnits.cmake
# verify wants ExecStart's program to exist, so the units are copied to
# WORK_DIR with /usr/bin/alprctl replaced by the alprctl just built. A unit
# fails on a non-zero exit and on any warning (verify only warns about an
# unknown key). INJECT adds a line to the [Service] section of each service,
# for the test that feeds the check a mistake. Then the services are checked
# again with the drop-in department-store.conf in each one's .d folder, as a
# department installs it. Prints "SKIPPED:" when systemd-analyze is not
# installed (no systemd on the machine).
cmake_minimum_required(VERSION 3.25)
find_program(SYSTEMD_ANALYZE NAMES systemd-analyze)
if(NOT SYSTEMD_ANALYZE)
    message("SKIPPED: systemd-analyze is not installed; the unit files were not checked")
    return()
endif()
file(GLOB units LIST_DIRECTORIES false "${UNIT_DIR}/*.service" "${UNIT_DIR}/*.timer")
if(NOT units)
    message(FATAL_ERROR "systemd unit check: no unit files in ${UNIT_DIR}")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies "")
foreach(unit ${units})
    get_filename_component(name "${unit}" NAME)
    file(READ "${unit}" text)
    string(REPLACE "/usr/bin/alprctl" "${ALPRCTL}" text "${text}")
    if(DEFINED INJECT AND name MATCHES "\\.service$")
        string(REPLACE "[Service]\n" "[Service]\n${INJECT}\n" text "${text}")
    endif()
    file(WRITE "${WORK_DIR}/${name}" "${text}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()
function(verify_units what)
    execute_process(COMMAND ${SYSTEMD_ANALYZE} verify ${copies}
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    string(STRIP "${out}${err}" said)
    if(NOT rc EQUAL 0 OR NOT said STREQUAL "")
        message(FATAL_ERROR "systemd-analyze verify refused ${what} (exit ${rc}):\n${said}")
    endif()
endfunction()
verify_units("the units")
set(dropin "${UNIT_DIR}/department-store.conf")
if(NOT EXISTS "${dropin}")
    message(FATAL_ERROR "systemd unit check: no ${dropin}")
endif()
foreach(copy ${copies})
    if(copy MATCHES "\\.service$")
        file(COPY "${dropin}" DESTINATION "${copy}.d")
    endif()
endforeach()
verify_units("the units with department-store.conf")
list(LENGTH copies count)
message("systemd-analyze verify: ${count} unit files are clean, and so are the services with "
        "department-store.conf")
