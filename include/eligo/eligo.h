/* eligo: screen candidate spreadsheets against vacancy notices.
 * The data flow is load (profiles.h) -> compile (rules.h) -> match (match.h)
 * -> report (report.h); reference.h holds the shared tables. */
#ifndef ELIGO_H
#define ELIGO_H

#include "eligo/diag.h"
#include "eligo/reference.h"
#include "eligo/profiles.h"
#include "eligo/rules.h"
#include "eligo/match.h"
#include "eligo/report.h"

#define ELG_VERSION "0.1.0"

#endif
