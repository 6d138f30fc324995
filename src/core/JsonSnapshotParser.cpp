#include "JsonSnapshotParser.h"

#include "JsonFieldReader.h"

#include <iterator>
#include <set>
#include <vector>

namespace peyvand {

namespace {

using nlohmann::json;
using Section = JsonSnapshotFormat::Section;

// The file read in 1 MiB blocks, counting the bytes read (for progress), and
// an input iterator over it for nlohmann's lexer: a pointer increment per
// character instead of stream buffer calls.
class BlockReader
{
public:
    BlockReader(std::istream &in, std::uint64_t *count)
        : m_in(in)
        , m_buffer(1 << 20)
        , m_count(count)
    {
        fill();
    }

    bool atEnd() const { return m_pos == m_end; }
    char current() const { return *m_pos; }
    void advance()
    {
        if (++m_pos == m_end)
            fill();
    }

private:
    void fill()
    {
        m_in.read(m_buffer.data(), std::streamsize(m_buffer.size()));
        const auto n = std::size_t(m_in.gcount());
        m_pos = m_buffer.data();
        m_end = m_pos + n;
        if (m_count)
            *m_count += n;
    }

    std::istream &m_in;
    std::vector<char> m_buffer;
    std::uint64_t *m_count;
    const char *m_pos = nullptr;
    const char *m_end = nullptr;
};

class BlockIterator
{
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = char;

    BlockIterator() = default;
    explicit BlockIterator(BlockReader *reader)
        : m_reader(reader)
    {
    }
    char operator*() const { return m_reader->current(); }
    BlockIterator &operator++()
    {
        m_reader->advance();
        return *this;
    }
    BlockIterator &operator++(int) { return ++*this; }
    bool operator==(const BlockIterator &o) const { return atEnd() == o.atEnd(); }
    bool operator!=(const BlockIterator &o) const { return !(*this == o); }

private:
    bool atEnd() const { return !m_reader || m_reader->atEnd(); }
    BlockReader *m_reader = nullptr;
};

class Sax : public nlohmann::json_sax<json>
{
public:
    explicit Sax(const JsonSnapshotParser::Handler &handler)
        : m_handler(handler)
    {
    }

    // The most precise place known, for messages.
    std::string where() const
    {
        if (m_inSection && m_recordOpen)
            return valuePath();
        if (m_inSection)
            return std::string(JsonSnapshotFormat::name(m_section)) + '[' + std::to_string(m_index) + ']';
        if (!m_topKey.empty())
            return m_topKey;
        return {};
    }

    bool null() override { return scalar(json(nullptr)); }
    bool boolean(bool v) override { return scalar(json(v)); }
    bool number_integer(number_integer_t v) override { return scalar(json(v)); }
    bool number_unsigned(number_unsigned_t v) override { return scalar(json(v)); }
    bool number_float(number_float_t v, const string_t &) override { return scalar(json(v)); }
    bool string(string_t &v) override
    {
        if (v.size() > JsonSnapshotFormat::kMaxTextBytes)
            JsonFieldReader::fail(valuePath(), "too_long",
                                  "text of " + std::to_string(v.size()) + " bytes is longer than the "
                                      + std::to_string(JsonSnapshotFormat::kMaxTextBytes) + " allowed");
        if (v.find('\0') != std::string::npos)
            JsonFieldReader::fail(valuePath(), "bad_text", "text contains a NUL character");
        return scalar(json(std::move(v)));
    }
    bool binary(binary_t &) override { return scalar(json(nullptr)); }

    bool start_object(std::size_t) override
    {
        if (m_depth == 0) {
            m_depth = 1;
            return true;
        }
        if (m_depth == 2 && m_inSection && !m_recordOpen)
            return startRecord(json::object());
        return startValue(json::object());
    }
    bool key(string_t &k) override
    {
        if (m_depth == 1) {
            topKey(k);
            return true;
        }
        json &object = *m_stack.back().value;
        if (object.contains(k))
            JsonFieldReader::fail(JsonFieldReader::member(pathOf(m_stack.size()), k), "repeated_field",
                                  "the field appears twice");
        m_stack.back().key = k;
        return true;
    }
    bool end_object() override
    {
        if (m_depth == 1) { // the top-level object
            m_depth = 0;
            return true;
        }
        return endValue();
    }
    bool start_array(std::size_t) override
    {
        if (m_depth == 0)
            notAnObject("an array");
        if (m_depth == 1 && m_isSectionKey) {
            m_inSection = true;
            m_isSectionKey = false;
            m_index = 0;
            if (m_handler.sectionStart)
                m_handler.sectionStart(m_section);
            m_depth = 2;
            return true;
        }
        if (m_depth == 2 && m_inSection && !m_recordOpen)
            JsonFieldReader::fail(where(), "wrong_type", "expected an object, got an array");
        return startValue(json::array());
    }
    bool end_array() override
    {
        if (m_depth == 2 && m_inSection && !m_recordOpen) {
            if (m_handler.sectionEnd)
                m_handler.sectionEnd(m_section, m_index);
            m_inSection = false;
            m_depth = 1;
            return true;
        }
        return endValue();
    }
    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &ex) override
    {
        std::string what = ex.what();
        const auto cut = what.find("] ");
        if (cut != std::string::npos)
            what = what.substr(cut + 2);
        const std::string place = where();
        if (position <= 1 && m_depth == 0)
            JsonFieldReader::fail("file", "not_json", "not a JSON file (or an empty one): " + what);
        JsonFieldReader::fail(place.empty() ? "file" : place, "syntax",
                              "JSON syntax error at byte " + std::to_string(position) + ": " + what);
    }

private:
    struct Frame
    {
        json *value;
        std::string key; // the key being read, in an object
    };

    [[noreturn]] void notAnObject(const char *what)
    {
        JsonFieldReader::fail("file", "not_peyvand",
                              std::string("not a Peyvand export: the top level is ") + what + ", not an object");
    }

    void topKey(const std::string &k)
    {
        m_topKey = JsonFieldReader::member({}, k);
        m_isSectionKey = false;
        for (std::size_t i = 0; i < JsonSnapshotFormat::kSectionCount; ++i) {
            if (k != JsonSnapshotFormat::kSectionNames[i])
                continue;
            if (m_seen[i])
                JsonFieldReader::fail(k, "repeated_field", "the section appears twice");
            if (int(i) < m_lastSection)
                JsonFieldReader::fail(k, "section_order",
                                      std::string("the section must come before '")
                                          + JsonSnapshotFormat::kSectionNames[std::size_t(m_lastSection)]
                                          + "' (sections are in the order users, pipelines, households, customers, "
                                            "contacts, deals, activities, orders, service_requests)");
            m_seen[i] = true;
            m_lastSection = int(i);
            m_section = Section(i);
            m_isSectionKey = true;
            return;
        }
        bool known = false;
        for (const char *name : JsonSnapshotFormat::kHeaderNames)
            known = known || k == name;
        if (!known) // before its value is read (it might be big)
            JsonFieldReader::fail(m_topKey, "unknown_field", "unknown top-level field");
        if (m_headerSeen.count(k))
            JsonFieldReader::fail(m_topKey, "repeated_field", "the field appears twice");
        m_headerSeen.insert(k);
    }

    std::string pathOf(std::size_t frames) const
    {
        std::string p = std::string(JsonSnapshotFormat::name(m_section)) + '[' + std::to_string(m_index) + ']';
        if (!m_inSection || !m_recordOpen)
            p = m_topKey;
        // Frame 0 is the record (or header value) itself; each later frame hangs under the previous one's key.
        for (std::size_t i = 1; i < frames && i < m_stack.size(); ++i) {
            const Frame &parent = m_stack[i - 1];
            if (parent.value->is_array())
                p += '[' + std::to_string(parent.value->size() - 1) + ']';
            else
                p = JsonFieldReader::member(p, parent.key);
        }
        return p;
    }

    // Where a value about to be added to the innermost container goes.
    std::string valuePath() const
    {
        if (m_stack.empty())
            return where();
        std::string p = pathOf(m_stack.size());
        const Frame &top = m_stack.back();
        if (top.value->is_array())
            return p + '[' + std::to_string(top.value->size()) + ']';
        return JsonFieldReader::member(p, top.key);
    }

    bool startRecord(json value)
    {
        m_record = std::move(value);
        m_recordOpen = true;
        m_stack.clear();
        m_stack.push_back(Frame { &m_record, {} });
        m_depth = 3;
        return true;
    }

    // A value opening inside a record or a header field.
    bool startValue(json value)
    {
        if (m_depth == 2 && m_inSection)
            JsonFieldReader::fail(where(), "wrong_type", "expected an object");
        if (m_depth == 1) { // a header field's object or array
            if (m_isSectionKey)
                JsonFieldReader::fail(m_topKey, "wrong_type", "expected an array of records");
            m_record = std::move(value);
            m_stack.clear();
            m_stack.push_back(Frame { &m_record, {} });
            m_depth = 3;
            return true;
        }
        if (int(m_stack.size()) >= JsonSnapshotFormat::kMaxRecordDepth)
            JsonFieldReader::fail(valuePath(), "too_deep", "nested deeper than any field of the format");
        json *added = add(std::move(value));
        m_stack.push_back(Frame { added, {} });
        ++m_depth;
        return true;
    }

    json *add(json value)
    {
        json &container = *m_stack.back().value;
        if (container.is_array()) {
            container.push_back(std::move(value));
            return &container.back();
        }
        json &slot = container[m_stack.back().key];
        slot = std::move(value);
        return &slot;
    }

    bool endValue()
    {
        m_stack.pop_back();
        --m_depth;
        if (!m_stack.empty())
            return true;
        m_depth = m_inSection ? 2 : 1;
        if (m_inSection) {
            const std::string path
                = std::string(JsonSnapshotFormat::name(m_section)) + '[' + std::to_string(m_index) + ']';
            m_handler.record(m_section, m_index, m_record, path);
            ++m_index;
            m_recordOpen = false;
        } else if (m_handler.header) {
            m_handler.header(m_topKey, m_record);
        }
        m_record = json();
        return true;
    }

    bool scalar(json value)
    {
        if (m_depth == 0)
            notAnObject("a single value");
        if (m_depth == 1) {
            if (m_isSectionKey)
                JsonFieldReader::fail(m_topKey, "wrong_type", "expected an array of records");
            if (m_handler.header)
                m_handler.header(m_topKey, value);
            return true;
        }
        if (m_depth == 2 && m_inSection && !m_recordOpen)
            JsonFieldReader::fail(where(), "wrong_type",
                                  std::string("expected an object, got ") + JsonFieldReader::typeName(value));
        add(std::move(value));
        return true;
    }

    const JsonSnapshotParser::Handler &m_handler;
    int m_depth = 0; // 0 before the top object, 1 in it, 2 in a section array, 3+ in a value
    std::string m_topKey;
    bool m_isSectionKey = false;
    bool m_inSection = false;
    bool m_recordOpen = false;
    Section m_section = Section::Users;
    std::size_t m_index = 0;
    bool m_seen[JsonSnapshotFormat::kSectionCount] = {};
    int m_lastSection = -1;
    std::set<std::string> m_headerSeen;
    json m_record;
    std::vector<Frame> m_stack;
};

} // namespace

void JsonSnapshotParser::parse(std::istream &in, const Handler &handler, std::uint64_t *bytesRead)
{
    Sax sax(handler);
    BlockReader reader(in, bytesRead);
    BlockIterator first(&reader), last;
    json::sax_parse(first, last, &sax, nlohmann::json::input_format_t::json, true);
}

} // namespace peyvand
