#pragma once
// Durations of the steps of one phase (a page scroll, a jump, a search…):
// count, median, 99th percentile, maximum.
#include <QList>
#include <QString>

namespace peyvand::bench {

struct StepStats
{
    QString phase;
    QList<double> ms;

    void add(double value) { ms << value; }
    double percentile(double p) const;
    double max() const;
    double total() const;
};

} // namespace peyvand::bench
