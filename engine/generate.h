/* Private: a deterministic generator of candidate files and posts, for the
 * benchmark (bench/) and the tests.  The same seed always gives the same
 * bytes, on any machine: the generator uses its own PRNG, never rand(). */
#ifndef ELG_GENERATE_H
#define ELG_GENERATE_H

#include <stdio.h>
#include <glib.h>
#include "eligo/eligo.h"

/* The header line of generated files (DESIGN.md s.2, the columns of
 * fixtures/candidates/sample.csv). */
extern const char elg_generate_header[];

/* Append the header line to OUT. */
void elg_generate_header_append(GString *out);
/* Append candidate rows FIRST .. FIRST + N - 1 (0-based) of the file of
 * SEED to OUT.  Rows depend only on the seed and their index, so a file can
 * be produced piecewise.  About 125 bytes a row, with realistic mixtures of
 * every form the contract accepts, some blanks and a few invalid values
 * (typos, ambiguous dates, duplicate and empty ids, short rows). */
void elg_generate_rows(GString *out, guint64 seed, guint64 first, guint64 n);
/* Write a whole file (header and ROWS rows) to PATH; FALSE and ERR on a write error. */
gboolean elg_generate_file(const char *path, guint64 seed, guint64 rows, GError **err);

/* The rule set JSON of generated post INDEX (0-based): 0..4 are the five
 * seeds SEEDS (JSON texts) as they are; from 5 on, variants of seed INDEX % 5
 * with other fields, years, levels, deadlines, skills and weights.  NULL when
 * the seed is not JSON; g_free the result. */
char *elg_generate_post_text(const char *const seeds[5], unsigned index, guint64 seed);
/* Compile N posts into POSTS (elg_post*): the five bundled seeds of DIR/posts
 * (DIR NULL: elg_data_dir()) in post number order, then generated variants
 * (elg_generate_post_text from index 5).  Returns FALSE with DIAGS filled
 * when a seed is missing or a post does not compile. */
gboolean elg_generate_posts(const elg_reference *ref, const char *dir, unsigned n,
                            guint64 seed, GPtrArray *posts, elg_diags *diags);

#endif
