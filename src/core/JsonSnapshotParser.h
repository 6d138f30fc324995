#pragma once
// Streams a JSON full export: nlohmann's SAX parser over the file, building
// only one record at a time (an element of a section array) and handing it
// over, so a file of gigabytes is read in the memory of one record. The
// header fields (scalars and the "counts" object) are handed over the same
// way. Refuses, with the path where it happened: a top level that is not an
// object, unknown (at once, before their value) or repeated top-level fields, sections out of order or not
// arrays, records that are not objects, repeated keys, nesting deeper than a
// record has, text longer than kMaxTextBytes or containing NUL, and any JSON
// syntax error (junk, truncation) — all as ValidationError.
#include "JsonSnapshotFormat.h"

#include <cstdint>
#include <functional>
#include <istream>
#include <nlohmann/json.hpp>
#include <string>

namespace peyvand {

class JsonSnapshotParser
{
public:
    struct Handler
    {
        std::function<void(const std::string &key, const nlohmann::json &value)> header;
        std::function<void(JsonSnapshotFormat::Section section)> sectionStart;
        // `path` is e.g. "customers[12]".
        std::function<void(JsonSnapshotFormat::Section section, std::size_t index, const nlohmann::json &record,
                           const std::string &path)>
            record;
        std::function<void(JsonSnapshotFormat::Section section, std::size_t count)> sectionEnd;
    };

    // Parses `in` to its end, calling the handler; throws ValidationError.
    // `bytesRead` (optional) is kept up to date for progress.
    static void parse(std::istream &in, const Handler &handler, std::uint64_t *bytesRead = nullptr);
};

} // namespace peyvand
