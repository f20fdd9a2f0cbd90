/* Private: reading a JSON file whole (rule sets, tables, mapping files are small). */
#ifndef ELG_JSONFILE_H
#define ELG_JSONFILE_H

#include <glib.h>
#include <cjson/cJSON.h>

#define ELG_JSON_MAX_BYTES (16u << 20) /* larger rule files are refused */
#define ELG_JSON_MAX_DEPTH 64

/* g_file_get_contents() that reads at most MAX + 1 bytes: *LEN > MAX means
 * too large (a regular file is not read at all then, and *LEN is its size). */
gboolean elg_file_get_contents(const char *path, gsize max, gchar **text, gsize *len, GError **err);
/* Parse PATH; NULL with ERR set (`PATH:LINE:COLUMN: error: ...`) on failure. */
cJSON *elg_json_read_file(const char *path, GError **err);
/* Parse TEXT; NAME is used in the error message. */
cJSON *elg_json_parse(const char *text, size_t len, const char *name, GError **err);

#endif
