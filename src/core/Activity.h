#pragma once
// Something that happened with a customer (تعامل): a call, a meeting, an e-mail,
// an SMS, a note or a task, with an optional follow-up that becomes a reminder.
#include "EnumText.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace peyvand {

enum class ActivityType { Call, Meeting, Email, Sms, Note, Task };
enum class Direction { None, Inbound, Outbound };

template<> struct EnumInfo<ActivityType>
{
    static constexpr std::array<EnumRow<ActivityType>, 6> rows { { { ActivityType::Call, "call", "تماس" },
                                                                   { ActivityType::Meeting, "meeting", "جلسه" },
                                                                   { ActivityType::Email, "email", "ایمیل" },
                                                                   { ActivityType::Sms, "sms", "پیامک" },
                                                                   { ActivityType::Note, "note", "یادداشت" },
                                                                   { ActivityType::Task, "task", "کار" } } };
};
template<> struct EnumInfo<Direction>
{
    static constexpr std::array<EnumRow<Direction>, 3> rows { { { Direction::None, "none", "-" },
                                                                { Direction::Inbound, "in", "ورودی" },
                                                                { Direction::Outbound, "out", "خروجی" } } };
};

struct Activity
{
    qint64 id = 0;
    ActivityType type = ActivityType::Call;
    qint64 customerId = 0;
    std::optional<qint64> dealId;
    std::optional<qint64> contactId;
    Direction direction = Direction::None;
    QDateTime at;
    int durationSeconds = 0;
    QString outcome;
    QString notes;
    qint64 ownerId = 0;
    QDateTime followUpAt; // invalid: none
    bool followUpDone = false;
    QDateTime createdAt;
    qint64 version = 0; // as Customer::version; completing or moving the follow-up counts
};

} // namespace peyvand
