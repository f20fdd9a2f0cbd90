/* Private: reading a JSON file whole (rule sets, tables, mapping files are small). */
#ifndef ELG_JSONFILE_H
#define ELG_JSONFILE_H

#include <glib.h>
#include <cjson/cJSON.h>

#define ELG_JSON_MAX_BYTES (16u << 20) /* larger rule files are refused */
#define ELG_JSON_MAX_DEPTH 64

/* g_file_get_contents() that reads at most MAX + 1 bytes: *LEN > MAX means
 * too large (a regular file is not read at all then, and *LEN is its size).
 * ERR's message is errno's text alone: the caller names the file. */
gboolean elg_file_get_contents(const char *path, gsize max, gchar **text, gsize *len, GError **err);
/* Parse PATH; NULL with ERR set (`PATH:LINE:COLUMN: error: ...`) on failure. */
cJSON *elg_json_read_file(const char *path, GError **err);
/* As elg_json_read_file, and the text read into *TEXT (*LEN bytes; the
 * caller frees it with g_free) whenever the file was read whole, parsed
 * or not (what it is instead of JSON may be said); else *TEXT is untouched. */
cJSON *elg_json_read_file_text(const char *path, gchar **text, gsize *len, GError **err);
/* Parse TEXT; NAME is used in the error message. */
cJSON *elg_json_parse(const char *text, size_t len, const char *name, GError **err);

/* The offset in TEXT of its first byte past a UTF-8 byte order mark and
 * white space (LEN when none): what kind of file it is shows there. */
size_t elg_text_start(const char *text, size_t len);
/* Append ".key" to PATH, or ".[\"odd key\"]" for a key that is not a plain word. */
void elg_json_append_key(GString *path, const char *key);
/* The line of PATH (".essential[1].years", as elg_json_append_key writes
 * them) in TEXT, JSON that parsed: of the member's name when AT_KEY, else
 * of its value; of the deepest part found when a part is missing. */
unsigned elg_json_path_line(const char *text, size_t len, const char *path, gboolean at_key);

#endif
