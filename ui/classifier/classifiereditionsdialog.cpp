#include "ui/classifier/classifiereditionsdialog.h"

#include "ui/classifier/classifiercontroller.h"
#include "ui/shell/preferences.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kasibi {

namespace {

enum Column { Name, Size, Loaded, InUse };
constexpr int ClassifierRole = Qt::UserRole + 1;
constexpr int EditionRole = Qt::UserRole + 2;
constexpr int BuiltInRole = Qt::UserRole + 3;
constexpr int InUseRole = Qt::UserRole + 4;

} // namespace

ClassifierEditionsDialog::ClassifierEditionsDialog(ClassifierController* controller,
                                                   QWidget* parent)
    : QDialog(parent), m_controller(controller), m_list(new QTreeWidget),
      m_use(new QPushButton(tr("&Use This Edition"))), m_remove(new QPushButton(tr("&Remove"))) {
    setObjectName(QStringLiteral("classifierEditionsDialog"));
    setWindowTitle(tr("Classifier Editions"));
    m_list->setObjectName(QStringLiteral("editions"));
    m_list->setHeaderLabels({tr("Edition"), tr("Codes"), tr("Loaded"), tr("In use")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_use->setObjectName(QStringLiteral("useEdition"));
    m_remove->setObjectName(QStringLiteral("removeEdition"));
    auto* load = new QPushButton(tr("&Load an Edition…"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_use, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    buttons->addButton(load, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_use, &QPushButton::clicked, this, &ClassifierEditionsDialog::useSelected);
    connect(m_remove, &QPushButton::clicked, this, &ClassifierEditionsDialog::removeSelected);
    connect(load, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem* item = m_list->currentItem();
        m_controller->askLoadEdition(item ? Classifier(item->data(Name, ClassifierRole).toInt())
                                          : Classifier::Oked);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            &ClassifierEditionsDialog::updateButtons);
    connect(m_controller, &ClassifierController::editionsChanged, this,
            &ClassifierEditionsDialog::refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(760, 360);
    refresh();
}

void ClassifierEditionsDialog::refresh() {
    m_list->clear();
    const ClassifierStore* store = m_controller->store();
    if (!store) return;
    const QString language = Preferences::effectiveUiLanguage();
    const QLocale locale(language == QLatin1String("kk")   ? QLocale::Kazakh
                         : language == QLatin1String("ru") ? QLocale::Russian
                                                           : QLocale::English);
    for (Classifier classifier : {Classifier::Oked, Classifier::Nkz}) {
        Result<QVector<ClassifierEdition>> editions = store->editions();
        Result<ClassifierEdition> inUse = store->editionInUse(classifier);
        if (!editions) continue;
        auto* group = new QTreeWidgetItem(m_list, {classifierTitle(classifier)});
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(Name);
        bold.setBold(true);
        group->setFont(Name, bold);
        for (const ClassifierEdition& edition : editions.value()) {
            if (edition.classifier != classifier) continue;
            const bool used = inUse && inUse.value().name == edition.name;
            auto* item = new QTreeWidgetItem(
                m_list, {QStringLiteral("    ") + edition.title(language),
                         locale.toString(edition.entryCount),
                         edition.builtIn ? tr("built in")
                                         : locale.toString(edition.loadedAt.toLocalTime(),
                                                           QLocale::ShortFormat),
                         used ? tr("in use") : QString()});
            item->setData(Name, ClassifierRole, int(classifier));
            item->setData(Name, EditionRole, edition.name);
            item->setData(Name, BuiltInRole, edition.builtIn);
            item->setData(Name, InUseRole, used);
            item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
            if (used) {
                QFont font = item->font(Name);
                font.setBold(true);
                item->setFont(InUse, font);
            }
        }
    }
    for (int column = Size; column <= InUse; ++column)
        m_list->resizeColumnToContents(column);
    updateButtons();
}

void ClassifierEditionsDialog::updateButtons() {
    const QTreeWidgetItem* item = m_list->currentItem();
    const bool edition = item && !item->data(Name, EditionRole).toString().isEmpty();
    m_use->setEnabled(edition && !item->data(Name, InUseRole).toBool());
    m_remove->setEnabled(edition && !item->data(Name, BuiltInRole).toBool());
}

bool ClassifierEditionsDialog::useSelected() {
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item || item->data(Name, EditionRole).toString().isEmpty()) return false;
    const Status used =
        m_controller->useEdition(Classifier(item->data(Name, ClassifierRole).toInt()),
                                 item->data(Name, EditionRole).toString());
    if (!used)
        QMessageBox::warning(this, tr("The edition could not be put in use"),
                             used.error().toString());
    return used.ok();
}

bool ClassifierEditionsDialog::removeSelected() {
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item || item->data(Name, EditionRole).toString().isEmpty()) return false;
    const Status removed =
        m_controller->removeEdition(Classifier(item->data(Name, ClassifierRole).toInt()),
                                    item->data(Name, EditionRole).toString());
    if (!removed)
        QMessageBox::warning(this, tr("The edition could not be removed"),
                             removed.error().toString());
    return removed.ok();
}

} // namespace kasibi
