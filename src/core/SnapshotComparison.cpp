#include "SnapshotComparison.h"

#include "JsonRecordEncoder.h"

namespace peyvand {

namespace {

using json = nlohmann::ordered_json;

class Comparison
{
public:
    explicit Comparison(std::size_t limit)
        : m_limit(limit)
    {
    }

    bool full() const { return m_out.size() >= m_limit; }
    std::vector<std::string> take() { return std::move(m_out); }

    void add(std::string text)
    {
        if (!full())
            m_out.push_back(std::move(text));
    }

    // Two records of the same section: every field that differs.
    void records(const char *section, const json &a, const json &b)
    {
        if (a == b)
            return;
        const std::string where = std::string(section) + "[id " + a.value("id", json()).dump() + "]";
        if (a.value("id", json()) != b.value("id", json())) {
            add(where + ": only in the first database (the second has id " + b.value("id", json()).dump() + " here)");
            return;
        }
        for (auto it = a.begin(); it != a.end(); ++it) {
            const json other = b.contains(it.key()) ? b.at(it.key()) : json("<absent>");
            if (it.value() != other)
                add(where + "." + it.key() + ": " + it.value().dump().substr(0, 200) + " vs "
                    + other.dump().substr(0, 200));
        }
        for (auto it = b.begin(); it != b.end(); ++it)
            if (!a.contains(it.key()))
                add(where + "." + it.key() + ": <absent> vs " + it.value().dump().substr(0, 200));
    }

    template<class T, class Encode> void lists(const char *section, const QList<T> &a, const QList<T> &b, Encode encode)
    {
        for (qsizetype i = 0; i < std::max(a.size(), b.size()) && !full(); ++i) {
            if (i >= a.size())
                add(std::string(section) + ": only in the second database: " + encode(b[i]).dump().substr(0, 200));
            else if (i >= b.size())
                add(std::string(section) + ": only in the first database: " + encode(a[i]).dump().substr(0, 200));
            else
                records(section, encode(a[i]), encode(b[i]));
        }
    }

    template<class T, class Encode>
    void cursors(const char *section, SnapshotCursor<T> &a, SnapshotCursor<T> &b, Encode encode,
                 const SnapshotComparison::Progress &progress)
    {
        T x, y;
        qint64 done = 0;
        if (progress)
            progress(section, 0);
        while (!full()) {
            if (progress && ++done % 1000 == 0)
                progress(section, done);
            const bool hasA = a.next(x), hasB = b.next(y);
            if (!hasA && !hasB)
                return;
            if (!hasB)
                add(std::string(section) + ": only in the first database: " + encode(x).dump().substr(0, 200));
            else if (!hasA)
                add(std::string(section) + ": only in the second database: " + encode(y).dump().substr(0, 200));
            else
                records(section, encode(x), encode(y));
        }
    }

private:
    std::size_t m_limit;
    std::vector<std::string> m_out;
};

} // namespace

std::vector<std::string> SnapshotComparison::compare(SnapshotReader &a, SnapshotReader &b, std::size_t limit,
                                                     const Progress &progress)
{
    Comparison c(limit);
    const SnapshotCounts ca = a.counts(), cb = b.counts();
    if (!(ca == cb))
        c.add("counts differ: customers " + std::to_string(ca.customers) + " vs " + std::to_string(cb.customers)
              + ", deals " + std::to_string(ca.deals) + " vs " + std::to_string(cb.deals) + ", activities "
              + std::to_string(ca.activities) + " vs " + std::to_string(cb.activities) + ", orders "
              + std::to_string(ca.orders) + " vs " + std::to_string(cb.orders) + ", total " + std::to_string(ca.total())
              + " vs " + std::to_string(cb.total()));
    c.lists("users", a.users(), b.users(), JsonRecordEncoder::user);
    c.lists("pipelines", a.pipelines(), b.pipelines(), JsonRecordEncoder::pipeline);
    c.cursors("households", *a.households(), *b.households(), JsonRecordEncoder::household, progress);
    c.cursors("customers", *a.customers(), *b.customers(), JsonRecordEncoder::customer, progress);
    c.cursors("contacts", *a.contacts(), *b.contacts(), JsonRecordEncoder::contact, progress);
    c.cursors("deals", *a.deals(), *b.deals(), JsonRecordEncoder::deal, progress);
    c.cursors("activities", *a.activities(), *b.activities(), JsonRecordEncoder::activity, progress);
    c.cursors("orders", *a.orders(), *b.orders(), JsonRecordEncoder::order, progress);
    c.cursors("service_requests", *a.serviceRequests(), *b.serviceRequests(), JsonRecordEncoder::serviceRequest,
              progress);
    return c.take();
}

} // namespace peyvand
