#include "ui/classifier/classifierlookup.h"

#include "ui/classifier/classifiercontroller.h"
#include "ui/classifier/classifierfill.h"
#include "ui/commands/editsession.h"
#include "ui/shell/preferences.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace kasibi {

namespace {

constexpr int Occupation = 5; // NKZ level of an occupation
constexpr int Subclass = 5;   // OKED level of a subclass

} // namespace

ClassifierLookup::ClassifierLookup(EditSession* session, const QString& elementId,
                                   Classifier classifier, QWidget* parent)
    : QWidget(parent), m_session(session), m_elementId(elementId), m_classifier(classifier),
      m_line(new QLineEdit), m_message(new QLabel), m_model(new QStandardItemModel(this)),
      m_completer(new QCompleter(m_model, this)) {
    setObjectName(classifier == Classifier::Oked ? QStringLiteral("okedLookup")
                                                 : QStringLiteral("nkzLookup"));
    m_line->setObjectName(QStringLiteral("classifierSearch"));
    m_line->setClearButtonEnabled(true);
    m_line->setPlaceholderText(
        classifier == Classifier::Oked
            ? tr("Find the subclass in OKED: code or words in Kazakh or Russian")
            : tr("Find the occupation in NKZ: code or words in Kazakh or Russian"));
    m_line->setEnabled(session->isContentEditable());
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setObjectName(QStringLiteral("classifierMessage"));
    connect(m_message, &QLabel::linkActivated, this, [this] {
        if (ClassifierController* controller = ClassifierController::of(this))
            controller->askLoadEdition(m_classifier);
    });
    m_message->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_message->hide();
    // The store has already chosen and ordered the entries: the popup shows them as they are.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(m_line);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(2);
    layout->addWidget(m_line);
    layout->addWidget(m_message);

    connect(m_line, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (search(text) > 0) m_completer->complete();
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                const QString code = index.data(CodeRole).toString();
                // After the completer has put the chosen text into the line.
                QTimer::singleShot(0, m_line, [this] { m_line->clear(); });
                choose(code);
            });
}

int ClassifierLookup::deepestLevel() const {
    return m_classifier == Classifier::Oked ? Subclass : Occupation;
}

int ClassifierLookup::search(const QString& query) {
    m_model->clear();
    m_message->hide();
    if (query.trimmed().isEmpty()) return 0;
    ClassifierController* controller = ClassifierController::of(this);
    const ClassifierStore* store = controller ? controller->store() : nullptr;
    if (!store) {
        m_message->setText(controller ? tr("The classifiers could not be opened: %1")
                                            .arg(controller->storeError().toString())
                                      : tr("No classifier store is open."));
        m_message->show();
        return 0;
    }
    Result<QVector<ClassifierEntry>> found = store->find(m_classifier, query.trimmed(), 60);
    if (!found) {
        m_message->setText(found.error().toString());
        m_message->show();
        return 0;
    }
    for (const ClassifierEntry& entry : found.value()) {
        // The standard refers to a subclass, a card to an occupation: nothing coarser.
        if (entry.level != deepestLevel()) continue;
        QString text = entry.code + QStringLiteral(" — ") + entry.nameKk;
        if (!entry.nameRu.isEmpty())
            text += (entry.nameKk.isEmpty() ? QString() : QStringLiteral(" | ")) + entry.nameRu;
        auto* item = new QStandardItem(text);
        item->setData(entry.code, CodeRole);
        item->setToolTip(text);
        m_model->appendRow(item);
        if (m_model->rowCount() == 20) break;
    }
    if (m_model->rowCount() == 0) {
        Result<ClassifierEdition> inUse = store->editionInUse(m_classifier);
        const bool shallow = inUse && inUse.value().deepestLevel < deepestLevel();
        // What to get and where, and a way to load it from here.
        m_message->setText(
            shallow ? (m_classifier == Classifier::Oked
                           ? tr("The %1 edition in use (%2) holds only sections and divisions, "
                                "no subclasses.")
                           : tr("The %1 edition in use (%2) holds only major and sub-major "
                                "groups, no occupations."))
                              .arg(classifierTitle(m_classifier),
                                   inUse.value()
                                       .title(Preferences::effectiveUiLanguage())
                                       .toHtmlEscaped()) +
                          QLatin1Char(' ') + classifierSource(m_classifier).toHtmlEscaped() +
                          QStringLiteral(" <a href=\"load\">%1</a>").arg(tr("Load it…"))
                    : tr("Nothing found."));
        m_message->show();
    }
    return m_model->rowCount();
}

bool ClassifierLookup::choose(const QString& code) {
    ClassifierController* controller = ClassifierController::of(this);
    const ClassifierStore* store = controller ? controller->store() : nullptr;
    if (!store || !m_session->isContentEditable()) return false;
    Result<QVector<ClassifierEntry>> chain = store->chain(m_classifier, code);
    if (!chain || chain.value().isEmpty()) {
        m_session->reportFailure(
            chain ? Error{tr("the edition in use has no code %1").arg(code), store->path()}
                  : chain.error());
        return false;
    }
    const int changed = m_classifier == Classifier::Oked
                            ? ClassifierFill::fillOked(m_session, m_elementId, chain.value())
                            : ClassifierFill::fillOccupation(m_session, m_elementId, chain.value());
    return changed >= 0;
}

} // namespace kasibi
