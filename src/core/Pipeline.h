#pragma once
// A sales pipeline belongs to one customer kind and has ordered stages, each
// with a default probability and an open / won / lost outcome.
#include "Customer.h"

#include <QList>
#include <optional>

namespace peyvand {

enum class StageOutcome { Open, Won, Lost };

template<> struct EnumInfo<StageOutcome>
{
    static constexpr std::array<EnumRow<StageOutcome>, 3> rows { { { StageOutcome::Open, "open", "باز" },
                                                                   { StageOutcome::Won, "won", "موفق" },
                                                                   { StageOutcome::Lost, "lost", "ناموفق" } } };
};

struct Stage
{
    qint64 id = 0;
    qint64 pipelineId = 0;
    int position = 0;
    QString name;
    int probability = 0; // percent
    StageOutcome outcome = StageOutcome::Open;
};

struct Pipeline
{
    qint64 id = 0;
    CustomerKind kind = CustomerKind::Legal;
    QString name;
    QList<Stage> stages; // by position

    std::optional<Stage> stage(qint64 stageId) const;
    std::optional<Stage> firstOpenStage() const;
    std::optional<Stage> firstWithOutcome(StageOutcome outcome) const;
};

} // namespace peyvand
