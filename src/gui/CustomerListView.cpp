#include "CustomerListView.h"

#include "CustomerExportRunner.h"
#include "CustomerListModel.h"
#include "Display.h"
#include "RoleGate.h"
#include "VcardExport.h"
#include "Workspace.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <iterator>

namespace peyvand {

CustomerListView::CustomerListView(Workspace &workspace, CustomerKind kind, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_kind(kind)
    , m_model(new CustomerListModel(workspace, kind, this))
{
    setObjectName(kind == CustomerKind::Legal ? QStringLiteral("legalCustomerList")
                                              : QStringLiteral("individualCustomerList"));
    buildFilters();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed); // uniform rows: no per-row measuring
    rows->setDefaultSectionSize(fontMetrics().height() + 6);
    rows->hide();
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(false);
    columns->setHighlightSections(false);
    columns->setSortIndicator(0, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    setColumnWidths();
    m_table->installEventFilter(this);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_owner, 1);
    filters->addWidget(m_lifecycle, 1);
    filters->addWidget(m_city, 1);
    filters->addWidget(m_tag, 1);
    filters->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addStretch(1); // at the reading start, whatever the label's language
    footer->addWidget(m_import);
    footer->addWidget(m_export);
    if (m_exportVcard)
        footer->addWidget(m_exportVcard);
    layout->addLayout(footer);
    setTabOrder(m_search, m_owner);
    setTabOrder(m_owner, m_lifecycle);
    setTabOrder(m_lifecycle, m_city);
    setTabOrder(m_city, m_tag);
    setTabOrder(m_tag, m_new);
    setTabOrder(m_new, m_table);

    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomerListView::updateCount);
    connect(m_model, &CustomerListModel::countChanged, this, &CustomerListView::updateCount);
    connect(m_model, &CustomerListModel::loaded, this, &CustomerListView::showLoaded);
    connect(m_model, &CustomerListModel::databaseFailed, this, &CustomerListView::showDatabaseError,
            Qt::QueuedConnection);
    connect(m_new, &QPushButton::clicked, this, [this] { emit createRequested(m_kind); });
    connect(m_import, &QPushButton::clicked, this, [this] { emit importRequested(m_kind); });
    connect(m_export, &QPushButton::clicked, this, &CustomerListView::chooseExportFile);
    if (m_exportVcard)
        connect(m_exportVcard, &QPushButton::clicked, this, &CustomerListView::chooseVcardFile);
    connect(new QShortcut(QKeySequence::New, this), &QShortcut::activated, m_new, &QPushButton::click);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, &CustomerListView::focusSearch);
    connect(&m_workspace, &Workspace::customerChanged, this, &CustomerListView::scheduleReload);
    connect(&m_workspace, &Workspace::dataReset, this, [this] {
        m_workspace.reloadUsers();
        fillOwners();
        scheduleReload();
    });
    updateCount();
}

void CustomerListView::buildFilters()
{
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(SearchDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &CustomerListView::applyTextFilters);

    const auto textFilter = [this](const char *name, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            m_debounce->stop();
            applyTextFilters();
        });
        return edit;
    };
    m_search = textFilter("searchEdit", tr("Search name, phone, national code…"));
    m_search->installEventFilter(this);
    m_city = textFilter("cityFilter", tr("City"));
    m_tag = textFilter("tagFilter", tr("Tag"));

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    fillOwners();
    m_lifecycle = new QComboBox(this);
    m_lifecycle->setObjectName(QStringLiteral("lifecycleFilter"));
    m_lifecycle->addItem(tr("All stages"));
    for (Lifecycle l : { Lifecycle::Lead, Lifecycle::Prospect, Lifecycle::Customer, Lifecycle::Inactive })
        m_lifecycle->addItem(Display::label(l), int(l));
    connect(m_owner, &QComboBox::currentIndexChanged, this, &CustomerListView::applyComboFilters);
    connect(m_lifecycle, &QComboBox::currentIndexChanged, this, &CustomerListView::applyComboFilters);

    m_new = new QPushButton(m_kind == CustomerKind::Legal ? tr("New legal entity") : tr("New individual"), this);
    m_new->setObjectName(QStringLiteral("newCustomerButton"));
    m_new->setToolTip(
        tr("Add a customer (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_import = new QPushButton(tr("Import customers…"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_export = new QPushButton(tr("Export to CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Save the customers listed, as filtered and sorted, as a CSV file for Excel"));
    if (m_kind == CustomerKind::Individual) {
        m_exportVcard = new QPushButton(tr("Export to vCard…"), this);
        m_exportVcard->setObjectName(QStringLiteral("exportVcardButton"));
        m_exportVcard->setToolTip(
            tr("Save the customers listed, as filtered, as vCards for a phone, Google Contacts or Outlook"));
    }
    const User &user = m_workspace.user();
    RoleGate::gate(m_new, user, Permission::EditCustomers);
    RoleGate::gate(m_import, user, Permission::ImportData);
    RoleGate::gate(m_export, user, Permission::ExportData);
    if (m_exportVcard)
        RoleGate::gate(m_exportVcard, user, Permission::ExportData);
}

void CustomerListView::chooseVcardFile()
{
    if (!m_vcardExport)
        m_vcardExport = new VcardExport(m_workspace.store().openLocation(), this);
    if (const auto target = m_vcardExport->chooseFile(tr("individual-customers.vcf")))
        exportVcardTo(target->path, target->version);
}

void CustomerListView::exportVcardTo(const QString &path, VcardVersion version)
{
    if (isExporting())
        return;
    m_debounce->stop();
    applyTextFilters(); // what the search box says now, even mid-debounce
    if (!m_vcardExport)
        m_vcardExport = new VcardExport(m_workspace.store().openLocation(), this);
    connect(
        m_vcardExport, &VcardExport::finished, this,
        [this](bool ok, qint64 cards, const QString &message) {
            m_count->setToolTip(message);
            emit exportFinished(ok, cards, message);
        },
        Qt::SingleShotConnection);
    m_vcardExport->setUser(m_workspace.user());
    m_vcardExport->exportCustomers({ path, version }, m_model->query());
}

void CustomerListView::chooseExportFile()
{
    const QString name = m_kind == CustomerKind::Legal ? tr("legal-customers.csv") : tr("individual-customers.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to CSV"), name, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool CustomerListView::isExporting() const
{
    return (m_exporter && m_exporter->isRunning()) || (m_vcardExport && m_vcardExport->isRunning());
}

void CustomerListView::exportTo(const QString &path)
{
    if (isExporting())
        return;
    m_debounce->stop();
    applyTextFilters(); // what the search box says now, even mid-debounce
    if (!m_exporter)
        m_exporter = new CustomerExportRunner(m_workspace.store().openLocation(), this);
    auto *progress = new QProgressDialog(tr("Exporting customers…"), tr("Cancel"), 0, 1000, this);
    progress->setObjectName(QStringLiteral("exportProgressDialog"));
    progress->setWindowTitle(tr("Export to CSV"));
    progress->setMinimumDuration(500);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    connect(progress, &QProgressDialog::canceled, m_exporter, &CustomerExportRunner::cancel);
    connect(m_exporter, &CustomerExportRunner::progress, progress, [progress](qint64 done, qint64 total) {
        progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        progress->setLabelText(tr("Exporting customers… %1 of %2").arg(Display::number(done), Display::number(total)));
    });
    connect(
        m_exporter, &CustomerExportRunner::finished, this,
        [this, progress, path](bool ok, bool cancelled, qint64 rows, const QString &error) {
            m_exporter->disconnect(progress);
            progress->deleteLater();
            QString message;
            if (ok)
                message = tr("%1 customers exported to %2").arg(Display::number(rows), Display::isolate(path));
            else if (cancelled)
                message = tr("The export was cancelled; no file was written.");
            else
                message = error;
            m_count->setToolTip(message);
            if (!ok && !cancelled)
                QMessageBox::warning(this, tr("Export to CSV"), message);
            emit exportFinished(ok, rows, message);
        },
        Qt::SingleShotConnection);
    m_exporter->setUser(m_workspace.user());
    m_exporter->start(path, m_model->query(), Display::persian());
}

void CustomerListView::fillOwners()
{
    const QVariant selected = m_owner->currentData();
    const QSignalBlocker block(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Everyone"));
    for (const User &u : m_workspace.users())
        m_owner->addItem(u.fullName.isEmpty() ? u.username : u.fullName, u.id);
    const int index = selected.isValid() ? m_owner->findData(selected) : 0;
    m_owner->setCurrentIndex(std::max(index, 0));
    if (index < 0)
        applyComboFilters(); // the chosen owner is gone
}

void CustomerListView::applyTextFilters()
{
    m_model->setText(m_search->text());
    m_model->setCity(m_city->text());
    m_model->setTag(m_tag->text());
}

void CustomerListView::applyComboFilters()
{
    const QVariant owner = m_owner->currentData();
    m_model->setOwner(owner.isValid() ? std::optional<qint64>(owner.toLongLong()) : std::nullopt);
    const QVariant lifecycle = m_lifecycle->currentData();
    m_model->setLifecycle(lifecycle.isValid() ? std::optional(static_cast<Lifecycle>(lifecycle.toInt()))
                                              : std::nullopt);
}

void CustomerListView::updateCount()
{
    // A large list's count arrives after its first rows.
    m_count->setText(m_model->isCounting() ? QStringLiteral("…")
                                           : tr("%1 customers").arg(Display::number(m_model->totalCount())));
}

void CustomerListView::setColumnWidths()
{
    // Each column as wide as a typical value or its title, whichever is wider;
    // the user can drag them, and nothing ever measures the rows.
    const bool legal = m_kind == CustomerKind::Legal;
    const QString samples[]
        = { legal ? QStringLiteral("شرکت ارتباطات پارس (سهامی خاص)")
                  : QStringLiteral("عبدالرضا محمدی‌نژاد"),
            QStringLiteral("۱۲۳۴۵۶۷۸۹۰۱"),
            QStringLiteral("۰۹۱۲ ۱۲۳ ۴۵۶۷"),
            legal ? QStringLiteral("فناوری اطلاعات") : QStringLiteral("kamran.karimi181299@example.ir"),
            QStringLiteral("کرمانشاه"),
            QStringLiteral("مشتری بالقوه"),
            QStringLiteral("نازنین امینی‌پور"),
            QStringLiteral("۱۴۰۳/۰۹/۰۳") };
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics cells = m_table->fontMetrics();
    const QFontMetrics titles = header->fontMetrics();
    header->setMinimumSectionSize(titles.averageCharWidth() * 4);
    for (int column = 0; column < m_model->columnCount() && column < int(std::size(samples)); ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int width = std::max(cells.horizontalAdvance(samples[column]), titles.horizontalAdvance(title) + 24);
        header->resizeSection(column, width + 28);
    }
    header->setSectionResizeMode(0, QHeaderView::Stretch); // the name takes the spare width
}

void CustomerListView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CustomerListView::reload()
{
    m_stale = false;
    m_reloadQueued = false;
    const int currentRow = m_table->currentIndex().row();
    m_restore = Position { m_table->verticalScrollBar()->value(), currentRow,
                           currentRow >= 0 ? m_model->customerId(currentRow) : 0 };
    m_model->reload();
    if (!m_model->isLoading())
        restorePosition(); // else when the large list's rows arrive
}

void CustomerListView::showLoaded()
{
    restorePosition();
    if (!m_selectFirst || m_model->isLoading())
        return;
    m_selectFirst = false;
    if (m_model->rowCount() == 0) {
        m_search->setFocus(Qt::OtherFocusReason); // nothing to walk through: back to typing
        return;
    }
    if (!m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void CustomerListView::restorePosition()
{
    if (!m_restore || m_model->isLoading())
        return;
    const Position p = *m_restore;
    m_restore.reset();
    m_table->verticalScrollBar()->setValue(p.scroll);
    if (p.customerId != 0 && m_model->customerId(p.row) == p.customerId)
        m_table->setCurrentIndex(m_model->index(p.row, 0));
}

void CustomerListView::scheduleReload()
{
    if (!isVisible()) {
        m_stale = true; // reloaded when shown
        return;
    }
    if (m_reloadQueued)
        return;
    m_reloadQueued = true; // a burst of changes costs one reload
    QTimer::singleShot(0, this, [this] {
        if (m_reloadQueued)
            reload();
    });
}

void CustomerListView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void CustomerListView::openRow(int row)
{
    const qint64 id = m_model->customerId(row);
    if (id != 0)
        emit openCustomer(id);
}

bool CustomerListView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (watched == m_table && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            openRow(m_table->currentIndex().row());
            return true;
        }
        if (watched == m_search && key == Qt::Key_Down) {
            m_debounce->stop();
            applyTextFilters();
            if (m_model->isLoading()) {
                // A large list's results are on their way: the first one is picked when they arrive.
                m_selectFirst = true;
                m_table->setFocus(Qt::TabFocusReason);
                return true;
            }
            if (m_model->rowCount() == 0)
                return true;
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_model->index(0, 0));
            return true;
        }
        if (watched == m_search && key == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CustomerListView::showDatabaseError(const QString &message)
{
    if (m_showingError)
        return;
    m_showingError = true;
    QMessageBox::warning(this, tr("Database error"), message);
    m_showingError = false;
}

} // namespace peyvand
