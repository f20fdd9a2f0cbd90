/* eligo: screen candidate spreadsheets against vacancy notices.
 * The data flow is load (profiles.h) -> compile (rules.h, or notice.h from a
 * notice's text) -> match (match.h) -> report (report.h); reference.h holds
 * the shared tables, base.h the version and the progress switch.  Reference tables, profiles,
 * posts and screenings are read only once made, so threads may share them; an elg_diags is not. */
#ifndef ELIGO_H
#define ELIGO_H

#include "eligo/base.h"
#include "eligo/diag.h"
#include "eligo/reference.h"
#include "eligo/profiles.h"
#include "eligo/rules.h"
#include "eligo/notice.h"
#include "eligo/match.h"
#include "eligo/report.h"

#endif
