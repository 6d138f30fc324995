#pragma once
// The text encodings Iranian offices save CSV files in: what Excel writes as
// "CSV UTF-8" (with a byte order mark) or "Unicode text" (UTF-16 LE with a BOM),
// plain UTF-8, and the "ANSI" code page of Arabic/Persian Windows (1256).
#include "EnumText.h"

namespace peyvand {

enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1256 };

template<> struct EnumInfo<TextEncoding>
{
    static constexpr std::array<EnumRow<TextEncoding>, 4> rows { { { TextEncoding::Utf8, "utf-8", "UTF-8" },
                                                                   { TextEncoding::Utf16LE, "utf-16le", "UTF-16 (LE)" },
                                                                   { TextEncoding::Utf16BE, "utf-16be", "UTF-16 (BE)" },
                                                                   { TextEncoding::Windows1256, "windows-1256",
                                                                     "ویندوز عربی (1256)" } } };
};

} // namespace peyvand
