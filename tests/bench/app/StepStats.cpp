#include "StepStats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace peyvand::bench {

double StepStats::percentile(double p) const
{
    if (ms.isEmpty())
        return 0;
    QList<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size()))) - 1;
    return sorted[std::clamp<qsizetype>(rank, 0, sorted.size() - 1)];
}

double StepStats::max() const
{
    return ms.isEmpty() ? 0 : *std::max_element(ms.cbegin(), ms.cend());
}

double StepStats::total() const
{
    return std::accumulate(ms.cbegin(), ms.cend(), 0.0);
}

} // namespace peyvand::bench
