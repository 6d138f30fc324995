#include "ImportCells.h"

namespace peyvand::ImportCells {

QString text(const CsvRecord &record, const ImportMapping &mapping, ImportField field)
{
    const int c = mapping.column(field);
    return c >= 0 && c < record.fields.size() ? record.fields[c].trimmed() : QString();
}

int wholeNumber(const QString &text, const QString &field)
{
    QString digits;
    for (const QChar ch : PersianText::toLatinDigits(text.trimmed()))
        if (ch != u',' && ch != QChar(0x066C) && !ch.isSpace())
            digits += ch;
    bool ok = false;
    const int value = digits.toInt(&ok);
    if (!ok)
        throw ValidationError(field, QStringLiteral("not_a_number"),
                              QStringLiteral("'%1' is not a whole number").arg(text),
                              QStringLiteral("«%1» عدد صحیح نیست").arg(text));
    return value;
}

ImportProblems invalidText(const CsvRecord &record, const ImportMapping &mapping, qint64 row, TextEncoding encoding)
{
    ImportProblems problems;
    for (int c : record.invalidTextColumns) {
        const auto field = mapping.fieldAt(c);
        if (!field)
            continue; // damage in a column that is not imported does no harm
        const QString name = toCode(encoding);
        const QString en = QStringLiteral("the text holds bytes that are not valid %1 (shown as \uFFFD); was the "
                                          "file saved in another encoding?")
                               .arg(name);
        const QString fa = QStringLiteral("متن این خانه بایت‌هایی دارد که در کدگذاری %1 معتبر نیستند؛ شاید "
                                          "فایل "
                                          "با کدگذاری دیگری ذخیره شده است")
                               .arg(name);
        problems << ImportProblem {
            row, mapping.header().value(c), record.fields.value(c), QStringLiteral("invalid_encoding"), en, fa
        };
    }
    return problems;
}

void read(const CsvRecord &record, const ImportMapping &mapping, qint64 row, ImportField field,
          ImportProblems &problems, const std::function<void(const QString &)> &parse)
{
    const QString value = text(record, mapping, field);
    if (value.isEmpty())
        return;
    try {
        parse(value);
    } catch (const ValidationError &e) {
        problems << ImportProblem::fromError(row, mapping.columnName(field), value, e);
    }
}

ImportProblem fromRecordError(const CsvRecord &record, const ImportMapping &mapping, qint64 row,
                              const ValidationError &error)
{
    std::optional<ImportField> field = fromCode<ImportField>(error.field());
    if (field == ImportField::LastName || field == ImportField::FirstName) {
        for (ImportField name : { ImportField::LastName, ImportField::FullName, ImportField::FirstName })
            if (mapping.has(name)) {
                field = name;
                break;
            }
    }
    if (!field || !mapping.has(*field))
        return ImportProblem::fromError(row, QString(), QString(), error);
    return ImportProblem::fromError(row, mapping.columnName(*field), text(record, mapping, *field), error);
}

} // namespace peyvand::ImportCells
