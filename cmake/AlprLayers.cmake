# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ALPR Workstation developers
# The layer check. Every target registered here (core's layers, alpr_ui, the
# two executables) may include only headers of its own folders or of the
# targets it links directly. alpr_write_layer_manifest() writes what CMake
# knows of them (folders, include roots, direct links of registered targets)
# to layers.manifest; cmake/CheckLayers.cmake reads that and the real
# #include lines, and fails naming every include that breaks the rule and
# every cycle in the links.

# alpr_add_layer(NAME FOLDERS dir... [PUBLIC lib...] [PRIVATE lib...]): a
# static library of the folders under the current directory, whose headers
# are included as "folder/file.h". Each folder's CMakeLists.txt adds its
# files with target_sources(${ALPR_LAYER} PRIVATE ...).
function(alpr_add_layer name)
    cmake_parse_arguments(L "" "" "FOLDERS;PUBLIC;PRIVATE" ${ARGN})
    add_library(${name} STATIC)
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC alpr_flags ${L_PUBLIC} PRIVATE ${L_PRIVATE})
    set(ALPR_LAYER ${name})
    foreach(folder ${L_FOLDERS})
        add_subdirectory(${folder})
    endforeach()
    alpr_check_layers(${name})
endfunction()

# Registers a target for the layer check.
function(alpr_check_layers target)
    set_property(GLOBAL APPEND PROPERTY ALPR_LAYER_TARGETS ${target})
endfunction()

# Call once, after every registered target is defined.
function(alpr_write_layer_manifest path)
    get_property(targets GLOBAL PROPERTY ALPR_LAYER_TARGETS)
    set(out "# Written by cmake/AlprLayers.cmake: the registered targets as CMake knows them.\n")
    foreach(t ${targets})
        string(APPEND out "target ${t}\n")
        get_target_property(dir ${t} SOURCE_DIR)
        get_target_property(sources ${t} SOURCES)
        set(folders "")
        foreach(s ${sources})
            if(NOT IS_ABSOLUTE "${s}")
                set(s "${dir}/${s}")
            endif()
            if(s MATCHES "\\.(cpp|h)$" AND s MATCHES "^${PROJECT_SOURCE_DIR}/")
                string(APPEND out "source ${s}\n")
                get_filename_component(folder ${s} DIRECTORY)
                list(APPEND folders ${folder})
            endif()
        endforeach()
        list(REMOVE_DUPLICATES folders)
        foreach(f ${folders})
            string(APPEND out "folder ${f}\n")
        endforeach()
        get_target_property(includes ${t} INCLUDE_DIRECTORIES)
        foreach(i ${includes})
            if(i MATCHES "^${PROJECT_SOURCE_DIR}/")
                string(APPEND out "root ${i}\n")
            endif()
        endforeach()
        get_target_property(links ${t} LINK_LIBRARIES)
        foreach(l ${links})
            if(l IN_LIST targets)
                string(APPEND out "link ${l}\n")
            endif()
        endforeach()
    endforeach()
    file(WRITE ${path} "${out}")
endfunction()
