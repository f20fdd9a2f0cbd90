/* Private: the GError domain and codes, public in eligo/base.h (ELG_ERR_DOMAIN,
 * ELG_ERR_INPUT, ELG_ERR_IO), which every module that sets an error includes here. */
#ifndef ELG_ERRORS_H
#define ELG_ERRORS_H

#include <glib.h>
#include "eligo/base.h"

#endif
