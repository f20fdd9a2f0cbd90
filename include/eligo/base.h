/* eligo: what every public header shares: the version, the export marker of
 * the shared library's functions, and the switch for progress lines. */
#ifndef ELIGO_BASE_H
#define ELIGO_BASE_H

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

/* Show a progress line on stderr during long loads, screenings and reports
 * when stderr is a terminal (off by default; the eligo tool turns it on). */
ELG_API void elg_set_progress(int on);
/* The library's version, ELG_VERSION when headers and library agree. */
ELG_API const char *elg_version(void);

#ifdef __cplusplus
}
#endif
#endif
