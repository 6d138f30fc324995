// peyvand-bench: see BenchHarness.h and docs/performance.md.
#include "BenchHarness.h"

int main(int argc, char **argv)
{
    return peyvand::bench::run(argc, argv);
}
