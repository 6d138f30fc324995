#include "ImportFilePage.h"

#include "Display.h"
#include "ImportMapping.h"
#include "ImportProblemText.h"
#include "ImportWizard.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand {

ImportFilePage::ImportFilePage(ImportWizard &wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV file saved from Excel or another program: UTF-8 (with or without BOM), UTF-16 or "
                   "Windows-1256, separated by commas, semicolons or tabs."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filePathEdit"));
    m_path->setLayoutDirection(Qt::LeftToRight); // a path reads left to right
    m_path->setPlaceholderText(tr("Path of a .csv file"));
    m_browse = new QPushButton(tr("Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("Individual customers"), int(ImportKind::Individual));
    m_kind->addItem(tr("Legal customers (companies)"), int(ImportKind::Legal));
    m_kind->addItem(tr("Contact persons of companies"), int(ImportKind::Contact));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("fileProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("The file holds:"), m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    showKind(wizard.kind());
    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_problem->clear();
        m_wizard.setFilePath(text.trimmed());
        emit completeChanged();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_wizard.setKind(static_cast<ImportKind>(m_kind->currentData().toInt())); });
    connect(m_kind, &QComboBox::activated, this, [this] { m_kindChosen = true; });
}

void ImportFilePage::showPath(const QString &path)
{
    if (m_path->text().trimmed() != path)
        m_path->setText(path);
}

void ImportFilePage::showKind(ImportKind kind)
{
    const int index = m_kind->findData(int(kind));
    if (index >= 0 && index != m_kind->currentIndex())
        m_kind->setCurrentIndex(index);
}

void ImportFilePage::browse()
{
    const QString start = m_path->text().isEmpty() ? QString() : QFileInfo(m_path->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import customers"), start,
                                                      tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        showPath(path);
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    const QString path = m_path->text().trimmed();
    if (!QFileInfo(path).isFile()) {
        m_problem->setText(tr("There is no file at %1.").arg(Display::isolate(path)));
        return false;
    }
    const CsvPreview &preview = m_wizard.loadPreview(std::nullopt, std::nullopt);
    if (preview.problem) {
        m_problem->setText(tr("This file cannot be imported: %1").arg(ImportProblemText::line(*preview.problem)));
        return false;
    }
    if (preview.rows.isEmpty()) {
        m_problem->setText(tr("This file cannot be imported: it has a header line but no rows."));
        return false;
    }
    if (!m_kindChosen)
        guessKind(preview.header);
    m_problem->clear();
    return true;
}

// Unless the person chose the kind, the file's header decides it: a file with
// «نام خانوادگی» and «کد ملی» holds individuals even when the wizard was
// opened from the legal list. The kind whose fields the header names most wins;
// a tie keeps the preselected kind.
void ImportFilePage::guessKind(const QStringList &header)
{
    const ImportKind current = m_wizard.kind();
    ImportKind best = current;
    qsizetype bestCount = ImportMapping::recognise(current, header).fields().size();
    for (ImportKind kind : { ImportKind::Individual, ImportKind::Legal, ImportKind::Contact }) {
        const qsizetype count = ImportMapping::recognise(kind, header).fields().size();
        if (count > bestCount) {
            best = kind;
            bestCount = count;
        }
    }
    if (best != current)
        showKind(best);
}

} // namespace peyvand
