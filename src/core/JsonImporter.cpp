#include "JsonImporter.h"

#include "IsoTime.h"
#include "JsonFieldReader.h"
#include "JsonRecordDecoder.h"
#include "JsonSnapshotParser.h"
#include "SnapshotValidator.h"

#include <QFileInfo>
#include <fstream>
#include <memory>

namespace peyvand {

namespace {

using Section = JsonSnapshotFormat::Section;

[[noreturn]] void fail(const std::string &path, const char *code, const std::string &message)
{
    JsonFieldReader::fail(path, code, message);
}

qint64 &countOf(SnapshotCounts &c, Section s)
{
    switch (s) {
    case Section::Users:
        return c.users;
    case Section::Pipelines:
        return c.pipelines;
    case Section::Households:
        return c.households;
    case Section::Customers:
        return c.customers;
    case Section::Contacts:
        return c.contacts;
    case Section::Deals:
        return c.deals;
    case Section::Activities:
        return c.activities;
    case Section::Orders:
        return c.orders;
    case Section::ServiceRequests:
        break;
    }
    return c.serviceRequests;
}

SnapshotCounts readCounts(const nlohmann::json &j)
{
    JsonFieldReader r(j, "counts");
    SnapshotCounts c;
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    for (std::size_t i = 0; i < JsonSnapshotFormat::kSectionCount; ++i)
        countOf(c, Section(i)) = r.integer(JsonSnapshotFormat::kSectionNames[i], 0, kMax);
    r.finish();
    return c;
}

} // namespace

JsonImporter::JsonImporter(DataStore &store)
    : m_store(store)
{
}

JsonImporter::Result JsonImporter::run(const QString &path, const Progress &progress)
{
    std::unique_ptr<SnapshotWriter> writer = m_store.snapshotWriter(); // refuses a database with data
    const auto passOver = [&](SnapshotWriter *w) {
        std::ifstream in(QFile::encodeName(path).constData(), std::ios::binary);
        if (!in)
            fail("file", "unreadable", "cannot open " + path.toStdString());
        return pass(in, std::uint64_t(QFileInfo(path).size()), w, writer->schemaVersion(), progress);
    };
    const Result checked = passOver(nullptr);
    writer->begin(checked.counts);
    passOver(writer.get());
    writer->commit([&](const char *step) {
        if (progress)
            progress(Phase::Finishing, 0, 0, step);
    });
    return checked;
}

JsonImporter::Result JsonImporter::check(std::istream &in, int programSchema)
{
    return pass(in, 0, nullptr, programSchema, {});
}

JsonImporter::Result JsonImporter::pass(std::istream &in, std::uint64_t fileBytes, SnapshotWriter *writer,
                                        int programSchema, const Progress &progress)
{
    std::uint64_t bytesRead = 0;
    const Phase phase = writer ? Phase::Writing : Phase::Checking;

    Result result;
    bool formatSeen = false, versionSeen = false, schemaSeen = false, exportedSeen = false, countsSeen = false;
    SnapshotCounts declared;
    bool sectionsSeen[JsonSnapshotFormat::kSectionCount] = {};
    SnapshotValidator validator;
    qint64 records = 0;

    JsonSnapshotParser::Handler h;
    h.header = [&](const std::string &key, const nlohmann::json &v) {
        if (key == "format") {
            if (!v.is_string() || v.get<std::string>() != JsonSnapshotFormat::kFormat)
                fail("format", "not_peyvand", "not a Peyvand export (\"format\" is not \"peyvand\")");
            formatSeen = true;
        } else if (key == "version") {
            if (!v.is_number_integer() || v.get<qint64>() < 1)
                fail("version", "wrong_type", "expected a positive integer");
            if (v.get<qint64>() > JsonSnapshotFormat::kVersion)
                fail("version", "newer_format",
                     "format version " + std::to_string(v.get<qint64>()) + " is newer than this program reads ("
                         + std::to_string(JsonSnapshotFormat::kVersion) + "); use a newer Peyvand");
            versionSeen = true;
        } else if (key == "schema_version") {
            if (!v.is_number_integer() || v.get<qint64>() < 1 || v.get<qint64>() > 1000000)
                fail("schema_version", "wrong_type", "expected a positive integer");
            if (v.get<qint64>() > programSchema)
                fail("schema_version", "newer_schema",
                     "the export comes from database schema version " + std::to_string(v.get<qint64>())
                         + ", newer than this program's " + std::to_string(programSchema) + "; use a newer Peyvand");
            result.schemaVersion = int(v.get<qint64>());
            schemaSeen = true;
        } else if (key == "exported_at") {
            if (!v.is_string() || !IsoTime::parseTime(v.get_ref<const std::string &>()))
                fail("exported_at", "bad_time", "expected a time YYYY-MM-DDTHH:MM:SSZ");
            result.exportedAt = QString::fromStdString(v.get<std::string>());
            exportedSeen = true;
        } else if (key == "counts") {
            declared = readCounts(v);
            countsSeen = true;
        } else {
            fail(key, "unknown_field", "unknown top-level field");
        }
    };
    h.sectionStart = [&](Section s) {
        if (!formatSeen || !versionSeen)
            fail(JsonSnapshotFormat::name(s), "not_peyvand",
                 "not a Peyvand export: \"format\" and \"version\" must come before the data");
        sectionsSeen[std::size_t(s)] = true;
    };
    h.record = [&](Section s, std::size_t, const nlohmann::json &j, const std::string &at) {
        switch (s) {
        case Section::Users: {
            const User u = JsonRecordDecoder::user(j, at);
            writer ? writer->addUser(u) : validator.user(u, at);
            break;
        }
        case Section::Pipelines: {
            const Pipeline p = JsonRecordDecoder::pipeline(j, at);
            writer ? writer->addPipeline(p) : validator.pipeline(p, at);
            break;
        }
        case Section::Households: {
            const Household x = JsonRecordDecoder::household(j, at);
            writer ? writer->addHousehold(x) : validator.household(x, at);
            break;
        }
        case Section::Customers: {
            const Customer c = JsonRecordDecoder::customer(j, at);
            writer ? writer->addCustomer(c) : validator.customer(c, at);
            break;
        }
        case Section::Contacts: {
            const ContactPerson c = JsonRecordDecoder::contact(j, at);
            writer ? writer->addContact(c) : validator.contact(c, at);
            break;
        }
        case Section::Deals: {
            const DealRecord d = JsonRecordDecoder::deal(j, at);
            writer ? writer->addDeal(d.deal, d.history) : validator.deal(d, at);
            break;
        }
        case Section::Activities: {
            const Activity a = JsonRecordDecoder::activity(j, at);
            writer ? writer->addActivity(a) : validator.activity(a, at);
            break;
        }
        case Section::Orders: {
            const Order o = JsonRecordDecoder::order(j, at);
            writer ? writer->addOrder(o) : validator.order(o, at);
            break;
        }
        case Section::ServiceRequests: {
            const ServiceRequest r = JsonRecordDecoder::serviceRequest(j, at);
            writer ? writer->addServiceRequest(r) : validator.serviceRequest(r, at);
            break;
        }
        }
        if (++records % 4096 == 0 && progress)
            progress(phase, bytesRead, fileBytes, nullptr);
    };
    h.sectionEnd = [&](Section s, std::size_t count) {
        countOf(result.counts, s) = qint64(count);
        if (s == Section::Customers && !writer)
            validator.customersDone();
        if (countsSeen && countOf(declared, s) != qint64(count))
            fail(std::string("counts.") + JsonSnapshotFormat::name(s), "count_mismatch",
                 "says " + std::to_string(countOf(declared, s)) + " but the file has " + std::to_string(count));
    };

    JsonSnapshotParser::parse(in, h, &bytesRead);

    if (!formatSeen)
        fail("format", "missing", "not a Peyvand export (no \"format\": \"peyvand\")");
    if (!versionSeen)
        fail("version", "missing", "required field is missing");
    if (!schemaSeen)
        fail("schema_version", "missing", "required field is missing");
    if (!exportedSeen)
        fail("exported_at", "missing", "required field is missing");
    if (!countsSeen)
        fail("counts", "missing", "required field is missing");
    for (std::size_t i = 0; i < JsonSnapshotFormat::kSectionCount; ++i) {
        if (!sectionsSeen[i])
            fail(JsonSnapshotFormat::kSectionNames[i], "missing", "required section is missing");
        if (countOf(declared, Section(i)) != countOf(result.counts, Section(i)))
            fail(std::string("counts.") + JsonSnapshotFormat::kSectionNames[i], "count_mismatch",
                 "says " + std::to_string(countOf(declared, Section(i))) + " but the file has "
                     + std::to_string(countOf(result.counts, Section(i))));
    }
    if (progress)
        progress(phase, fileBytes, fileBytes, nullptr);
    return result;
}

} // namespace peyvand
