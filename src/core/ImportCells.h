#pragma once
// Reading the cells of an imported row: the trimmed text of a field's column,
// whole numbers in any digit script, enum values given by code or Persian label,
// and the problem for bytes that were not valid in the file's encoding.
#include "CsvReader.h"
#include "EnumText.h"
#include "ImportMapping.h"
#include "PersianText.h"
#include "ValidationError.h"

#include <functional>

namespace peyvand::ImportCells {

// The trimmed cell of the field's column; empty when the field has no column.
QString text(const CsvRecord &record, const ImportMapping &mapping, ImportField field);

// A whole number ("۱۲۰", "1,200", "1٬200"); ValidationError `not_a_number` naming `field`.
int wholeNumber(const QString &text, const QString &field);

// Problems for the mapped columns of a row holding bytes invalid in the encoding.
ImportProblems invalidText(const CsvRecord &record, const ImportMapping &mapping, qint64 row, TextEncoding encoding);

// Runs `parse` on the field's cell when it is not empty; a ValidationError it
// throws becomes a problem naming the column and the value.
void read(const CsvRecord &record, const ImportMapping &mapping, qint64 row, ImportField field,
          ImportProblems &problems, const std::function<void(const QString &)> &parse);

// The problem for a ValidationError thrown by a whole-record check: its field
// names the column (or, for a name, whichever name column the file has).
ImportProblem fromRecordError(const CsvRecord &record, const ImportMapping &mapping, qint64 row,
                              const ValidationError &error);

// An enum value from its code (decider) or Persian label (تصمیم‌گیرنده).
template<typename E> E enumValue(const QString &text, const QString &field)
{
    if (const auto value = fromCode<E>(text.trimmed()))
        return *value;
    const QString key = PersianText::searchKey(text);
    QString labels;
    for (const auto &row : EnumInfo<E>::rows) {
        if (PersianText::searchKey(QString::fromUtf8(row.persian)) == key)
            return row.value;
        labels += (labels.isEmpty() ? QString() : QStringLiteral("، ")) + QString::fromUtf8(row.persian);
    }
    throw ValidationError(
        field, QStringLiteral("unknown_value"), QStringLiteral("'%1' is not one of %2").arg(text, allCodes<E>()),
        QStringLiteral("«%1» شناخته نشد؛ یکی از این‌ها را بنویسید: %2")
            .arg(text, labels));
}

} // namespace peyvand::ImportCells
