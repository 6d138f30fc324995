// peyvand-cli: the administration and integration tool. Everything lives in
// the clilib library so the tests exercise the same code.
#include "CliApp.h"

int main(int argc, char **argv)
{
    return peyvand::cli::run(argc, argv);
}
