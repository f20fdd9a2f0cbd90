#include "cli.h"
int cli_screen(int argc, char **argv) { (void)argc; (void)argv; return 1; }
