#include "ImportRowCheck.h"

#include "ContactRowBuilder.h"
#include "CustomerRowBuilder.h"

namespace peyvand::ImportRowCheck {

QList<ImportProblems> problems(const ImportMapping &mapping, TextEncoding encoding, const QList<CsvRecord> &rows,
                               const QList<qint64> &rowNumbers, const QDate &today)
{
    QList<ImportProblems> out;
    out.reserve(rows.size());
    const auto ragged = [&](qsizetype i) -> std::optional<ImportProblem> {
        const qsizetype fields = rows[i].fields.size(), columns = mapping.header().size();
        if (fields == columns)
            return std::nullopt;
        return ImportProblem::atRow(
            rowNumbers.value(i, i + 1), QStringLiteral("ragged_row"),
            QStringLiteral("the row has %1 fields but the header has %2").arg(fields).arg(columns),
            QStringLiteral("این ردیف %1 خانه دارد ولی سطر عنوان %2 ستون").arg(fields).arg(columns));
    };
    if (mapping.kind() == ImportKind::Contact) {
        const ContactRowBuilder builder(mapping, encoding);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const qint64 row = rowNumbers.value(i, i + 1);
            if (const auto r = ragged(i)) {
                out << ImportProblems { *r };
                continue;
            }
            ImportProblems p;
            builder.companyNationalId(rows[i], row, p);
            ContactPerson contact;
            p << builder.apply(rows[i], row, contact);
            out << p;
        }
        return out;
    }
    const CustomerRowBuilder builder(mapping, today, encoding);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (const auto r = ragged(i)) {
            out << ImportProblems { *r };
            continue;
        }
        Customer customer = builder.blank();
        out << builder.apply(rows[i], rowNumbers.value(i, i + 1), customer);
    }
    return out;
}

} // namespace peyvand::ImportRowCheck
