#include "JsonExporter.h"

#include "AccessPolicy.h"
#include "IsoTime.h"
#include "JsonRecordEncoder.h"
#include "JsonSnapshotFormat.h"

#include <stdexcept>

namespace peyvand {

namespace {

using json = nlohmann::ordered_json;

json countsJson(const SnapshotCounts &c)
{
    return { { "users", c.users },           { "pipelines", c.pipelines }, { "households", c.households },
             { "customers", c.customers },   { "contacts", c.contacts },   { "deals", c.deals },
             { "activities", c.activities }, { "orders", c.orders },       { "service_requests", c.serviceRequests } };
}

class SectionWriter
{
public:
    SectionWriter(std::ostream &out, const JsonExporter::Progress &progress, qint64 total)
        : m_out(out)
        , m_progress(progress)
        , m_total(total)
    {
    }

    void begin(const char *name)
    {
        m_out << ",\n\"" << name << "\":[";
        m_first = true;
        m_count = 0;
    }
    void record(const json &j)
    {
        m_out << (m_first ? "\n" : ",\n");
        m_first = false;
        const std::string text = j.dump(-1, ' ', false, json::error_handler_t::replace);
        m_out.write(text.data(), std::streamsize(text.size()));
        ++m_count;
        if (++m_done % 4096 == 0) {
            if (!m_out)
                throw std::runtime_error("the export could not be written (disk full?)");
            if (m_progress)
                m_progress(m_done, m_total);
        }
    }
    qint64 end()
    {
        m_out << (m_first ? "]" : "\n]");
        return m_count;
    }
    template<class T, class Encode> qint64 stream(const char *name, SnapshotCursor<T> &cursor, Encode encode)
    {
        begin(name);
        T item;
        while (cursor.next(item))
            record(encode(item));
        return end();
    }

private:
    std::ostream &m_out;
    const JsonExporter::Progress &m_progress;
    qint64 m_total;
    bool m_first = true;
    qint64 m_count = 0;
    qint64 m_done = 0;
};

} // namespace

JsonExporter::JsonExporter(SnapshotReader &reader, const QDateTime &exportedAt)
    : m_reader(reader)
    , m_exportedAt(exportedAt)
{
}

JsonExporter::JsonExporter(const DataStore &store, SnapshotReader &reader, const QDateTime &exportedAt)
    : JsonExporter(reader, exportedAt)
{
    AccessPolicy::require(store.actor(), Permission::ExportData);
}

SnapshotCounts JsonExporter::write(std::ostream &out, const Progress &progress)
{
    const SnapshotCounts expected = m_reader.counts();
    out << "{\"format\":\"" << JsonSnapshotFormat::kFormat << "\",\"version\":" << JsonSnapshotFormat::kVersion
        << ",\"schema_version\":" << m_reader.schemaVersion() << ",\"exported_at\":\""
        << IsoTime::formatTime(m_exportedAt) << "\",\n\"counts\":" << countsJson(expected).dump();

    SectionWriter w(out, progress, expected.total());
    SnapshotCounts written;
    w.begin("users");
    for (const User &u : m_reader.users())
        w.record(JsonRecordEncoder::user(u));
    written.users = w.end();
    w.begin("pipelines");
    for (const Pipeline &p : m_reader.pipelines())
        w.record(JsonRecordEncoder::pipeline(p));
    written.pipelines = w.end();
    written.households = w.stream("households", *m_reader.households(), JsonRecordEncoder::household);
    written.customers = w.stream("customers", *m_reader.customers(), JsonRecordEncoder::customer);
    written.contacts = w.stream("contacts", *m_reader.contacts(), JsonRecordEncoder::contact);
    written.deals = w.stream("deals", *m_reader.deals(), JsonRecordEncoder::deal);
    written.activities = w.stream("activities", *m_reader.activities(), JsonRecordEncoder::activity);
    written.orders = w.stream("orders", *m_reader.orders(), JsonRecordEncoder::order);
    written.serviceRequests
        = w.stream("service_requests", *m_reader.serviceRequests(), JsonRecordEncoder::serviceRequest);
    out << "\n}\n";
    out.flush();
    if (!out)
        throw std::runtime_error("the export could not be written (disk full?)");
    if (!(written == expected))
        throw std::logic_error("JsonExporter: the database changed while it was read");
    if (progress)
        progress(expected.total(), expected.total());
    return written;
}

} // namespace peyvand
