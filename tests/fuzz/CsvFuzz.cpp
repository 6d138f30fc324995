// libFuzzer target: see FuzzEntries.h, peyvand::fuzz::csv.
#include "FuzzEntries.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    peyvand::fuzz::csv(data, size);
    return 0;
}
