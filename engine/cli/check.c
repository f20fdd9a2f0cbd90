#include "cli.h"
int cli_check(int argc, char **argv) { (void)argc; (void)argv; return 1; }
