/* Private: the GError domain of eligo; codes are the exit statuses of DESIGN.md s.5. */
#ifndef ELG_ERRORS_H
#define ELG_ERRORS_H

#include <glib.h>

#define ELG_ERR_DOMAIN (g_quark_from_static_string("eligo"))
enum { ELG_ERR_USAGE = 1, ELG_ERR_INPUT = 2, ELG_ERR_STRICT = 3 };

#endif
