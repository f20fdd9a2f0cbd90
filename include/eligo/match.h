/* eligo: screening every candidate against every post (DESIGN.md s.3).
 *
 * A screening borrows the profiles and posts (they must outlive it) and owns
 * its results: per post and criterion three-valued bitmaps, per candidate the
 * status, essential counts, desirable score and rank.  It is read only once
 * made: threads may read one at once, and screen the same profiles and posts at once.
 */
#ifndef ELIGO_MATCH_H
#define ELIGO_MATCH_H

#include <glib.h>
#include "eligo/profiles.h"
#include "eligo/rules.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct elg_screening elg_screening;

typedef enum { ELG_MET = 0, ELG_NOT_MET = 1, ELG_UNKNOWN = 2 } elg_state;
typedef enum { ELG_ELIGIBLE = 0, ELG_REVIEW = 1, ELG_INELIGIBLE = 2 } elg_status;

/* Screen PROFILES against the N_POSTS POSTS (none NULL; N_POSTS may be 0; all made with one
 * elg_reference) with THREADS threads (0: one per core).  Never fails; free with elg_screening_free(). */
ELG_API elg_screening *elg_screen(const elg_profiles *profiles, elg_post *const *posts,
                                  unsigned n_posts, unsigned threads);
/* Warn in DIAGS, as `eligo screen` does, of what PROFILES lack for POSTS: an answer column q_C no
 * panel criterion takes, a column an essential criterion needs that no header gives (a typo?),
 * rows applied after the deadline of a post that has no deadline criterion. */
ELG_API void elg_screen_warnings(const elg_profiles *profiles, elg_post *const *posts, unsigned n_posts,
                                 elg_diags *diags);
/* Free the results; NULL is allowed. */
ELG_API void elg_screening_free(elg_screening *s);
/* The getters below take P < N_POSTS (the posts' order in elg_screen), ROW < elg_profiles_count()
 * and C < elg_post_criteria_count() of post P; they do not check, as a report calls them per row. */
/* The status of candidate ROW for post P. */
ELG_API elg_status elg_screening_status(const elg_screening *s, unsigned p, unsigned row);
/* The 1-based rank of candidate ROW within post P (the first call for a post
 * makes its ranks, n x 4 bytes, kept with the screening; threads may ask at once). */
ELG_API unsigned elg_screening_rank(const elg_screening *s, unsigned p, unsigned row);
/* The candidate row at RANK (1 to elg_profiles_count()) within post P. */
ELG_API unsigned elg_screening_row_at(const elg_screening *s, unsigned p, unsigned rank);
/* The desirable score (0 to 100) of candidate ROW for post P. */
ELG_API double elg_screening_score(const elg_screening *s, unsigned p, unsigned row);
/* The state of criterion C (index in the post's criteria) for ROW. */
ELG_API elg_state elg_screening_state(const elg_screening *s, unsigned p, unsigned c, unsigned row);
/* Name of a status ("eligible", "review", "ineligible"). */
ELG_API const char *elg_status_name(elg_status st);
/* Name of a state ("met", "not_met", "unknown"). */
ELG_API const char *elg_state_name(elg_state st);

#ifdef __cplusplus
}
#endif
#endif
