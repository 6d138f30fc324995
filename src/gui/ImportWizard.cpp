#include "ImportWizard.h"

#include "ImportFilePage.h"
#include "ImportFormatPage.h"
#include "ImportMappingPage.h"
#include "ImportOptionsPage.h"
#include "ImportResultPage.h"
#include "ImportRowCheck.h"
#include "ImportRunPage.h"
#include "ImportRunner.h"
#include "Workspace.h"

#include <QFile>

namespace peyvand {

ImportWizard::ImportWizard(Workspace &workspace, std::optional<ImportKind> kind, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_kind(kind.value_or(ImportKind::Individual))
    , m_runner(new ImportRunner(workspace.store().openLocation(), workspace.clock(), this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import customers"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, new ImportFilePage(*this));
    setPage(FormatPage, new ImportFormatPage(*this));
    setPage(MappingPage, new ImportMappingPage(*this));
    setPage(OptionsPage, new ImportOptionsPage(*this));
    setPage(RunPage, new ImportRunPage(*this));
    setPage(ResultPage, new ImportResultPage(*this));
    setStartId(FilePage);
    resize(1000, 720);

    connect(m_runner, &ImportRunner::finished, this, [this](const ImportResult &result, const QString &error) {
        m_importing = false;
        m_result = result;
        m_failure = error;
        if (result.written() && (result.counts.imported > 0 || result.counts.updated > 0))
            emit m_workspace.dataReset(); // many customers at once: every open list reloads
        emit importFinished();
        if (m_closeWhenStopped) {
            m_closeWhenStopped = false;
            QWizard::reject();
        }
    });
}

ImportWizard::~ImportWizard()
{
    m_runner->cancel();
    m_runner->wait();
}

void ImportWizard::setFilePath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    m_mappingFresh = false;
    if (auto *page = qobject_cast<ImportFilePage *>(this->page(FilePage)))
        page->showPath(path);
}

void ImportWizard::setKind(ImportKind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    m_mappingFresh = false;
    if (auto *page = qobject_cast<ImportFilePage *>(this->page(FilePage)))
        page->showKind(kind);
}

const CsvPreview &ImportWizard::loadPreview(std::optional<TextEncoding> encoding, std::optional<QChar> separator)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_preview = CsvPreview {};
        m_preview.problem = ImportProblem::file(QStringLiteral("cannot_open"),
                                                QStringLiteral("cannot open the file: %1").arg(file.errorString()),
                                                QStringLiteral("فایل باز نشد: %1").arg(file.errorString()));
    } else {
        m_preview = CsvPreview::read(file, encoding, separator, 20);
    }
    m_mappingFresh = false;
    return m_preview;
}

const ImportMapping &ImportWizard::mapping()
{
    if (!m_mappingFresh || m_mapping.kind() != m_kind || m_mapping.header() != m_preview.header) {
        m_mapping = ImportMapping::recognise(m_kind, m_preview.header);
        m_mappingFresh = true;
    }
    return m_mapping;
}

void ImportWizard::assign(ImportField field, int column)
{
    mapping();
    m_mapping.assign(field, column);
}

void ImportWizard::unassignColumn(int column)
{
    mapping();
    if (const auto field = m_mapping.fieldAt(column))
        m_mapping.assign(*field, -1);
}

QList<ImportProblems> ImportWizard::previewProblems()
{
    const ImportMapping &m = mapping();
    if (!m.check().isEmpty())
        return {};
    return ImportRowCheck::problems(m, m_preview.format.encoding, m_preview.rows, m_preview.rowNumbers,
                                    m_workspace.clock().now().toLocalTime().date());
}

void ImportWizard::startImport()
{
    m_result.reset();
    m_failure.clear();
    ImportOptions options = m_options;
    options.kind = m_kind;
    options.encoding = m_preview.format.encoding;
    options.separator = m_preview.format.separator;
    options.mapping = mapping();
    options.ownerId = m_workspace.user().id;
    m_importing = true;
    m_runner->setUser(m_workspace.user());
    m_runner->start(m_path, options);
}

void ImportWizard::cancelImport()
{
    m_runner->cancel();
}

bool ImportWizard::isImporting() const
{
    return m_importing;
}

void ImportWizard::reject()
{
    if (isImporting()) {
        m_closeWhenStopped = true;
        m_runner->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace peyvand
