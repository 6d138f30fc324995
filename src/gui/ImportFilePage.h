#pragma once
// The wizard's first page: the file to import (typed, dropped in by a test or
// chosen with Browse) and what it holds: individuals, legal entities or the
// contact persons of companies. A file that cannot be read as CSV is refused
// here with the reason.
#include "ImportKind.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace peyvand {

class ImportWizard;

class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard &wizard);

    void showPath(const QString &path);
    void showKind(ImportKind kind);
    void guessKind(const QStringList &header);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ImportWizard &m_wizard;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QComboBox *m_kind;
    bool m_kindChosen = false; // the person picked the kind: the headers no longer decide it
    QLabel *m_problem;
};

} // namespace peyvand
