#pragma once
// What the demo data factories share: the seeded random generator, the
// "as of" moment and the demo users and pipelines. Times are whole UTC
// seconds; QDateTime only where a domain object needs one.
#include "Pipeline.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <random>
#include <vector>

namespace peyvand {

class DemoContext
{
public:
    DemoContext(quint64 seed, const QDate &asOf);

    static constexpr qint64 kDay = 86400;

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    qint64 uniform64(qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(m_rng); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_rng); }
    template<typename T> const T &pick(const std::vector<T> &v) { return v[size_t(uniform(0, int(v.size()) - 1))]; }
    qint64 pickId(const QList<qint64> &ids, qint64 none = 0)
    {
        return ids.isEmpty() ? none : ids[uniform(0, int(ids.size()) - 1)];
    }

    // A moment in the last `days` days during office hours (Tehran), in UTC seconds.
    qint64 pastMoment(int days)
    {
        const qint64 day = (m_now - qint64(uniform(0, days)) * kDay) / kDay;
        return day * kDay + uniform(4, 14) * 3600 + uniform(0, 59) * 60 + uniform(0, 59);
    }
    static QDateTime utc(qint64 seconds) { return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC); }

    quint64 seed() const { return m_seed; }
    const QDate &asOf() const { return m_asOf; }
    qint64 now() const { return m_now; } // 17:00 Tehran time of the "as of" day

    QList<qint64> reps, managers, support;
    Pipeline b2b, b2c;

private:
    std::mt19937_64 m_rng;
    quint64 m_seed;
    QDate m_asOf;
    qint64 m_now;
};

} // namespace peyvand
