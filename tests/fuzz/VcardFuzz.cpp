// libFuzzer target: see FuzzEntries.h, peyvand::fuzz::vcard.
#include "FuzzEntries.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    peyvand::fuzz::vcard(data, size);
    return 0;
}
