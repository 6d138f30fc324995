#pragma once
// The "Import customers…" wizard: pick a CSV file and what it holds, check the
// detected encoding and separator, map its columns to fields with a live
// preview of the first rows (problems marked cell by cell), choose what to do
// with duplicates and invalid rows, import on a worker thread with a progress
// bar and a Cancel that writes nothing, then read the counts and the problems
// (savable as the JSON report). All parsing, validation and writing is the
// core's (CsvPreview, ImportMapping, ImportRowCheck, CsvImporter).
#include "CsvInput.h"
#include "ImportOptions.h"
#include "ImportResult.h"

#include <QWizard>
#include <optional>

namespace peyvand {

class ImportRunner;
class Workspace;

class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, FormatPage, MappingPage, OptionsPage, RunPage, ResultPage };

    ImportWizard(Workspace &workspace, std::optional<ImportKind> kind = std::nullopt, QWidget *parent = nullptr);
    ~ImportWizard() override;

    Workspace &workspace() { return m_workspace; }

    // The file (tests and the command line give it; the first page has a Browse button).
    void setFilePath(const QString &path);
    QString filePath() const { return m_path; }
    ImportKind kind() const { return m_kind; }
    void setKind(ImportKind kind);

    // Reads the first rows with the given encoding and separator (unset: detected).
    const CsvPreview &loadPreview(std::optional<TextEncoding> encoding, std::optional<QChar> separator);
    const CsvPreview &preview() const { return m_preview; }

    // The column mapping, recognised from the header when the file, kind or format changed.
    const ImportMapping &mapping();
    void assign(ImportField field, int column);
    void unassignColumn(int column);
    // The problems of the preview rows with the current mapping, one list per row.
    QList<ImportProblems> previewProblems();

    ImportOptions &options() { return m_options; }
    ImportRunner *runner() const { return m_runner; }
    void startImport();
    void cancelImport();
    bool isImporting() const;
    const std::optional<ImportResult> &result() const { return m_result; }
    const QString &failure() const { return m_failure; } // a database error, in the UI language

    void reject() override; // while importing: cancels, and closes when the worker has stopped

signals:
    void importFinished();

private:
    Workspace &m_workspace;
    QString m_path;
    ImportKind m_kind = ImportKind::Individual;
    CsvPreview m_preview;
    ImportMapping m_mapping;
    bool m_mappingFresh = false;
    ImportOptions m_options;
    ImportRunner *m_runner;
    std::optional<ImportResult> m_result;
    QString m_failure;
    bool m_importing = false;
    bool m_closeWhenStopped = false;
};

} // namespace peyvand
