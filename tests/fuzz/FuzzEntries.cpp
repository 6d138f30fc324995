#include "FuzzEntries.h"

namespace peyvand::fuzz {

std::span<const Target> targets()
{
    static constexpr Target all[] = {
        { "date", date },     { "ids", ids },
        { "phone", phone },   { "money", money },
        { "csv", csv },       { "json_snapshot", jsonSnapshot },
        { "vcard", vcard },   { "vcard_line", vcardLine },
        { "import", import },
    };
    return all;
}

} // namespace peyvand::fuzz
