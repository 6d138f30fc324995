#include "ImportMapping.h"

#include "PersianText.h"

namespace peyvand {

namespace {

QString shortened(const QString &text)
{
    return text.size() > 120 ? text.left(117) + QStringLiteral("...") : text;
}

} // namespace

ImportMapping ImportMapping::recognise(ImportKind kind, const QStringList &header)
{
    ImportMapping m;
    m.m_kind = kind;
    m.m_header = header;
    for (int i = 0; i < header.size(); ++i) {
        const auto field = ImportFields::recognise(kind, header[i]);
        if (field && !m.m_columns.contains(*field))
            m.m_columns.insert(*field, i);
    }
    return m;
}

std::optional<ImportField> ImportMapping::fieldAt(int column) const
{
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        if (it.value() == column)
            return it.key();
    return std::nullopt;
}

QString ImportMapping::columnName(ImportField field) const
{
    const int c = column(field);
    return c >= 0 && c < m_header.size() ? m_header[c] : QString();
}

void ImportMapping::assign(ImportField field, int column)
{
    if (const auto previous = fieldAt(column); previous && column >= 0)
        m_columns.remove(*previous);
    if (column < 0 || column >= m_header.size())
        m_columns.remove(field);
    else
        m_columns.insert(field, column);
}

std::optional<ImportProblem> ImportMapping::assign(ImportField field, const QString &column)
{
    const QString latin = PersianText::toLatinDigits(column.trimmed());
    int index = -1;
    for (int i = 0; i < m_header.size() && index < 0; ++i)
        if (m_header[i].trimmed() == column.trimmed())
            index = i;
    for (int i = 0; i < m_header.size() && index < 0; ++i)
        if (!PersianText::searchKey(column).isEmpty()
            && PersianText::searchKey(m_header[i]) == PersianText::searchKey(column))
            index = i;
    if (index < 0 && PersianText::isAllDigits(latin)) {
        const int position = latin.toInt();
        if (position >= 1 && position <= m_header.size())
            index = position - 1;
    }
    if (index < 0) {
        ImportProblem p
            = ImportProblem::file(QStringLiteral("unknown_column"),
                                  QStringLiteral("--map %1=%2: the file has no column '%2' (its columns: %3)")
                                      .arg(toCode(field), column, shortened(m_header.join(QStringLiteral(", ")))),
                                  QStringLiteral("ستونی به نام «%1» در فایل نیست").arg(column));
        p.column = column;
        return p;
    }
    assign(field, index);
    return std::nullopt;
}

ImportProblems ImportMapping::check() const
{
    ImportProblems problems;
    if (m_columns.isEmpty()) {
        ImportProblem p = ImportProblem::file(
            QStringLiteral("unknown_header"),
            QStringLiteral("no column of the header names a field of %1 (header: %2); is the separator right, "
                           "or is a --map needed?")
                .arg(toCode(m_kind), shortened(m_header.join(QStringLiteral(" | ")))),
            QStringLiteral("هیچ ستونی از سطر عنوان فایل شناخته نشد؛ جداکننده یا تطبیق ستون‌ها را بررسی "
                           "کنید"));
        p.value = shortened(m_header.join(QStringLiteral(" | ")));
        return { p };
    }
    auto missing = [&](ImportField field, const QString &en, const QString &fa) {
        ImportProblem p = ImportProblem::file(QStringLiteral("missing_column"), en, fa);
        p.column = toCode(field);
        problems << p;
    };
    const bool named = has(ImportField::FirstName) || has(ImportField::LastName) || has(ImportField::FullName);
    switch (m_kind) {
    case ImportKind::Legal:
        if (!has(ImportField::CompanyName))
            missing(ImportField::CompanyName, QStringLiteral("no column gives the company name (company_name)"),
                    QStringLiteral("ستون «نام شرکت» در فایل نیست"));
        break;
    case ImportKind::Contact:
        if (!has(ImportField::CompanyNationalId))
            missing(ImportField::CompanyNationalId,
                    QStringLiteral("no column names the company by its national ID (company_national_id)"),
                    QStringLiteral("ستون «شناسه ملی شرکت» در فایل نیست"));
        [[fallthrough]];
    case ImportKind::Individual:
        if (!named)
            missing(ImportField::LastName,
                    QStringLiteral("no column gives a name (first_name, last_name or full_name)"),
                    QStringLiteral("ستون «نام» یا «نام خانوادگی» در فایل نیست"));
        break;
    }
    return problems;
}

} // namespace peyvand
