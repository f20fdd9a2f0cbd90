/* The library's version (base.h), for a program to compare with the headers it was built with. */
#include "eligo/base.h"

const char *elg_version(void) { return ELG_VERSION; }
