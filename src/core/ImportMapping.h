#pragma once
// Which column of a file fills which field. Made from the header (columns whose
// header names a field), then changed by the user: in the wizard column by
// column, on the command line with --map field=column, where the column is its
// header text or its 1-based position.
#include "ImportField.h"
#include "ImportProblem.h"

#include <QMap>
#include <QStringList>

namespace peyvand {

class ImportMapping
{
public:
    ImportMapping() = default;
    // Recognises the header's columns (the first column naming a field wins).
    static ImportMapping recognise(ImportKind kind, const QStringList &header);

    ImportKind kind() const { return m_kind; }
    const QStringList &header() const { return m_header; }

    // The 0-based column of a field, -1 when no column fills it.
    int column(ImportField field) const { return m_columns.value(field, -1); }
    bool has(ImportField field) const { return m_columns.contains(field); }
    std::optional<ImportField> fieldAt(int column) const;
    QList<ImportField> fields() const { return m_columns.keys(); }
    // The header text of a field's column (problems name columns by it).
    QString columnName(ImportField field) const;

    // Lets `column` fill `field` (the column stops filling any other field);
    // -1 leaves the field unfilled.
    void assign(ImportField field, int column);
    // --map: `column` is a header text (compared as headers are) or a 1-based
    // position. Returns a problem when the file has no such column.
    std::optional<ImportProblem> assign(ImportField field, const QString &column);

    // File-level problems: no column recognised at all (often a wrong separator),
    // or a field the kind cannot do without is not filled.
    ImportProblems check() const;

private:
    ImportKind m_kind = ImportKind::Individual;
    QStringList m_header;
    QMap<ImportField, int> m_columns;
};

} // namespace peyvand
