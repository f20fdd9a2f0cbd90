#include "cli.h"
int cli_posts(int argc, char **argv) { (void)argc; (void)argv; return 1; }
