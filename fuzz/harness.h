/* Shared by the fuzz targets (fuzz/fuzz_*.c) and by the regression test that
 * replays their inputs without libFuzzer (tests/test_fuzz_regressions.c).
 *
 * Every entry point takes the bytes of one input, drives the same public API
 * as the command-line tool, and abort()s when an output breaks the contract
 * (a JSON report that does not parse, a CSV cell open to formula injection, a
 * control character in text output, a row missing from a report): the
 * sanitizers catch memory errors, these checks catch wrong output. */
#ifndef ELG_FUZZ_HARNESS_H
#define ELG_FUZZ_HARNESS_H

#include <stddef.h>
#include <stdint.h>
#include "eligo/eligo.h"

/* The entry points, one per target. */
int fz_load(const uint8_t *data, size_t size);
int fz_rules(const uint8_t *data, size_t size);
int fz_screen(const uint8_t *data, size_t size);
int fz_notice(const uint8_t *data, size_t size);

/* The reference tables of the data directory, loaded once. */
const elg_reference *fz_ref(void);
/* The bundled posts (DATA_DIR/posts), compiled once. */
GPtrArray *fz_posts(void);
/* fixtures/candidates/sample.csv, loaded once. */
const elg_profiles *fz_sample(void);
/* Write DATA to this process's scratch file and return its path. */
const char *fz_scratch(const uint8_t *data, size_t size);
/* Write every report of S, the screening of P (CSV, JSON, text; by post,
 * or BY_CANDIDATE) to memory and check each against the contract; abort()
 * on a violation. */
void fz_check_reports(const elg_screening *s, const elg_profiles *p, unsigned n_posts, gboolean by_candidate);
/* Which grouping an input's reports use: half of the inputs each (the
 * reports dominate the time of a run). */
#define FZ_BY_CANDIDATE(size) (((size) & 1) != 0)
/* Check that TEXT is UTF-8 without control characters other than LF (what
 * reaches a terminal); abort() with WHAT otherwise. */
void fz_check_text(const char *text, size_t len, const char *what);
/* Print every diagnostic of D as the tool does and check the text. */
void fz_check_diags(const elg_diags *d);
/* Abort with MSG and the offending text when COND is false. */
void fz_assert(int cond, const char *msg, const char *text, size_t len);

#endif
