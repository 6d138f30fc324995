#pragma once
// "Import vCard…": people from a vCard file (phones' and Google/Outlook
// contact exports, vCard 2.1, 3.0 and 4.0) as individual customers or as the
// contact persons of a company picked here (preselected on a company's page),
// with the CSV import's duplicate and invalid-row choices. The import runs on
// a worker thread (ImportRunner, VcardImporter) with a progress bar and a
// Cancel that leaves the database as it was; then the counts and every
// problem, card by card (ImportResultView).
#include "ImportResult.h"

#include <QDialog>
#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace peyvand {

class CustomerPicker;
class ImportResultView;
class ImportRunner;
class Workspace;

class VcardImportDialog : public QDialog
{
    Q_OBJECT
public:
    // companyId: a legal entity whose contact persons are imported (0: individuals).
    explicit VcardImportDialog(Workspace &workspace, qint64 companyId = 0, QWidget *parent = nullptr);
    ~VcardImportDialog() override;

    void setFilePath(const QString &path);
    QString filePath() const;
    // Contact persons of this legal entity; 0: individual customers.
    void setCompany(qint64 companyId);
    qint64 companyId() const; // 0 while importing individuals or no company is picked

    // What the Import button does: checks the choices (a message in the dialog
    // when one is missing) and starts the import; false when it did not start.
    bool startImport();
    void cancelImport();
    bool isImporting() const { return m_importing; }
    ImportRunner *runner() const { return m_runner; }
    const std::optional<ImportResult> &result() const { return m_result; }
    const QString &failure() const { return m_failure; } // a database error, in the UI language
    ImportResultView *resultView() const { return m_resultView; }

    void reject() override; // while importing: cancels, and closes when the worker has stopped

signals:
    void importFinished();

private:
    QWidget *buildChoices();
    void browse();
    void updateEnabled();
    void showProgress(qint64 cards, qint64 bytesRead, qint64 totalBytes);
    void finish(const ImportResult &result, const QString &error);

    Workspace &m_workspace;
    ImportRunner *m_runner;
    QWidget *m_choices;
    QLineEdit *m_file;
    QRadioButton *m_individuals;
    QRadioButton *m_contacts;
    CustomerPicker *m_company;
    QRadioButton *m_skipDuplicates;
    QRadioButton *m_updateDuplicates;
    QRadioButton *m_stopOnInvalid;
    QRadioButton *m_skipInvalid;
    QLabel *m_message;
    QWidget *m_progressRow;
    QProgressBar *m_bar;
    QLabel *m_status;
    QPushButton *m_cancel;
    ImportResultView *m_resultView;
    QPushButton *m_import;
    QPushButton *m_close;
    std::optional<ImportResult> m_result;
    QString m_failure;
    qint64 m_importedInto = 0; // the company of the running import (0: individuals)
    bool m_importing = false;
    bool m_closeWhenStopped = false;
};

} // namespace peyvand
