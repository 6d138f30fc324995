// libFuzzer target: see FuzzEntries.h, peyvand::fuzz::ids.
#include "FuzzEntries.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    peyvand::fuzz::ids(data, size);
    return 0;
}
