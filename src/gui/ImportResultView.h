#pragma once
// What an import did, for the CSV wizard's last page and the vCard import
// dialog: a summary (done, or why nothing was written), the counts (new,
// updated, skipped duplicates, invalid) and every problem row by row (card by
// card for a vCard file) with "Save problems as JSON…" (the same report as
// peyvand-cli import --report).
#include "ImportKind.h"
#include "ImportResult.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace peyvand {

class ImportProblemModel;

class ImportResultView : public QWidget
{
    Q_OBJECT
public:
    enum class Source { CsvRows, VcardCards };

    explicit ImportResultView(Source source, QWidget *parent = nullptr);

    // `failure` (a database error, in the UI language) replaces the summary;
    // no result and a failure: the import did not run.
    void showResult(const std::optional<ImportResult> &result, const QString &failure, ImportKind kind);
    void clear();
    ImportProblemModel *problemModel() const { return m_model; }
    // Writes the problems shown as JSON to `path`; false (and a message) when it cannot.
    bool saveProblems(const QString &path);

private:
    QString summary(const ImportResult &result) const;

    Source m_source;
    ImportProblems m_problems;
    bool m_hasResult = false;
    QLabel *m_summary;
    QLabel *m_importedTitle;
    QLabel *m_imported;
    QLabel *m_updated;
    QLabel *m_skipped;
    QLabel *m_invalid;
    QTableView *m_table;
    ImportProblemModel *m_model;
    QPushButton *m_save;
    QLabel *m_saveStatus;
};

} // namespace peyvand
