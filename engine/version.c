/* The library's version (base.h), for a program to compare with the headers it was
 * built with, and the domain of its errors. */
#include "eligo/base.h"

const char *elg_version(void) { return ELG_VERSION; }

GQuark elg_error_quark(void) { return g_quark_from_static_string("eligo"); }
