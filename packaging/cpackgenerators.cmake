# Per-generator CPack settings (CPACK_PROJECT_CONFIG_FILE): the Debian package installs under /usr, the
# tarball keeps bin/ and share/ at its top so it runs from any folder.
if(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
elseif(CPACK_GENERATOR STREQUAL "TGZ")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/")
endif()
