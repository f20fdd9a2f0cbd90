/* eligo: what every public header shares: the version, the error domain, the export marker of
 * the shared library's functions, and the switch for progress lines. */
#ifndef ELIGO_BASE_H
#define ELIGO_BASE_H

#include <glib.h>

#define ELG_VERSION "0.1.0"

/* Marks the functions libeligo.so exports; the rest of the engine is hidden. */
#if defined(__GNUC__) || defined(__clang__)
#define ELG_API __attribute__((visibility("default")))
#else
#define ELG_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Show a progress line on stderr during long loads, screenings and reports when stderr
 * is a terminal (off by default; the eligo tool turns it on).  Call it before starting threads. */
ELG_API void elg_set_progress(int on);
/* The library's version, ELG_VERSION when headers and library agree. */
ELG_API const char *elg_version(void);

/* The GError domain of every ERR the library sets; its code tells a file that cannot be opened,
 * read or written (ELG_ERR_IO: errno's text in the message) from one whose content is refused. */
#define ELG_ERR_DOMAIN (elg_error_quark())
typedef enum { ELG_ERR_INPUT = 2, ELG_ERR_IO = 4 } elg_error_code;
ELG_API GQuark elg_error_quark(void);

#ifdef __cplusplus
}
#endif
#endif
