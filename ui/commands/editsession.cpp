#include "ui/commands/editsession.h"

#include "core/model/labels.h"
#include "core/model/schema.h"
#include "ui/commands/documentcommand.h"
#include "ui/commands/insertelementcommand.h"
#include "ui/commands/moveelementcommand.h"
#include "ui/commands/removeelementcommand.h"
#include "ui/commands/restoreversioncommand.h"
#include "ui/commands/setvaluecommand.h"

#include <QGuiApplication>

namespace kasibi {

namespace {

// A step is taken back (or again) whole: every change in it must be permitted.
bool isPermitted(const QUndoCommand* step) {
    if (!step) return false;
    if (const auto* command = dynamic_cast<const DocumentCommand*>(step);
        command && !command->isPermitted())
        return false;
    for (int i = 0; i < step->childCount(); ++i)
        if (!isPermitted(step->child(i))) return false;
    return true;
}

} // namespace

EditSession::EditSession(std::unique_ptr<StandardDocument> document, QObject* parent)
    : QObject(parent), m_document(std::move(document)), m_checkpointTimer(new QTimer(this)),
      m_undoStack(new QUndoStack(this)) {
    m_checkpointTimer->setSingleShot(true);
    m_checkpointTimer->setInterval(CheckpointDelay);
    connect(m_checkpointTimer, &QTimer::timeout, this, [this] {
        if (Result<bool> done = checkpointNow(); !done)
            qWarning("%s", qPrintable(done.error().toString()));
    });
    // Leaving for another application is when a user copies or attaches the file.
    if (auto* application = qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        connect(application, &QGuiApplication::applicationStateChanged, this,
                [this](Qt::ApplicationState state) {
                    if (state != Qt::ApplicationActive && isCheckpointPending())
                        static_cast<void>(checkpointNow()); // on failure it tries again
                });
    watchDocument();
}

void EditSession::continueIn(std::unique_ptr<StandardDocument> copy) {
    m_document = std::move(copy);
    m_checkpointTimer->stop();
    m_pendingSince.invalidate();
    watchDocument();
}

void EditSession::watchDocument() {
    connect(m_document.get(), &StandardDocument::changed, this, &EditSession::scheduleCheckpoint);
    connect(m_document.get(), &StandardDocument::versionsChanged, this,
            &EditSession::checkpointNow);
}

void EditSession::scheduleCheckpoint() {
    if (!m_pendingSince.isValid()) m_pendingSince.start();
    // Typing that never pauses still reaches the file every few seconds.
    if (m_pendingSince.elapsed() >= CheckpointLatest)
        m_checkpointTimer->start(0);
    else
        m_checkpointTimer->start(CheckpointDelay);
}

bool EditSession::isCheckpointPending() const {
    return m_pendingSince.isValid();
}

Result<bool> EditSession::checkpointNow() {
    Result<bool> done = m_document->checkpoint();
    if (done && done.value()) {
        m_checkpointTimer->stop();
        m_pendingSince.invalidate();
    } else {
        // A reader elsewhere held the log back, or the disk refused: the changes are safe in
        // the log all the same; try again shortly rather than pester the user each second.
        m_checkpointTimer->start(CheckpointDelay);
    }
    return done;
}

EditSession::~EditSession() {
    // Commands refer to the document: they go first.
    delete m_undoStack;
}

bool EditSession::canUndo() const {
    return m_undoStack->canUndo() && isPermitted(m_undoStack->command(m_undoStack->index() - 1));
}

bool EditSession::canRedo() const {
    return m_undoStack->canRedo() && isPermitted(m_undoStack->command(m_undoStack->index()));
}

QStringList EditSession::requiredLanguages() const {
    const QString value = tree().value(tree().standardId(), Field::Languages);
    QStringList languages;
    for (const QString& language : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (Schema::languages().contains(language.trimmed())) languages << language.trimmed();
    return languages.isEmpty() ? Schema::languages() : languages;
}

QString EditSession::displayName(const QString& nodeId) const {
    const Node* node = tree().node(nodeId);
    if (!node) return {};
    const QString field = node->kind == Kind::ExtraSection   ? Field::Title
                          : node->kind == Kind::TextItem     ? Schema::TextItemField
                          : node->kind == Kind::Term         ? Field::Term
                          : node->kind == Kind::Abbreviation ? Field::Abbreviation
                                                             : Field::Name;
    const LocalizedText text = tree().text(nodeId, field);
    const QString preferred = text.in(m_contentLanguage).trimmed();
    if (!preferred.isEmpty()) return preferred;
    return (m_contentLanguage == QLatin1String("kk") ? text.ru : text.kk).trimmed();
}

bool EditSession::setValue(const QString& nodeId, const QString& field, const QString& language,
                           const std::optional<QString>& value, int burst, const QString& text) {
    const Node* node = tree().node(nodeId);
    if (!node) return false;
    const QString key = Node::valueKey(field, language);
    const auto current = node->values.constFind(key);
    std::optional<QString> before;
    if (current != node->values.constEnd()) before = current.value();
    if (before == value) return true;
    auto* command = new SetValueCommand(this, nodeId, field, language, before, value, burst);
    if (!text.isEmpty()) command->setText(text);
    m_undoStack->push(command);
    return tree().node(nodeId) &&
           tree().node(nodeId)->values.value(key) == value.value_or(QString());
}

QString EditSession::addElement(const QString& parentId, const QString& role, int index) {
    Result<QVector<Node>> element = m_document->newElement(parentId, role);
    if (!element) {
        reportFailure(element.error());
        return {};
    }
    const Node& top = element.value().first();
    return insertSubtree(parentId, role, index, element.value(),
                         tr("Add %1").arg(Labels::elementName(top.kind, role)));
}

QString EditSession::duplicateElement(const QString& nodeId) {
    const Node* node = tree().node(nodeId);
    if (!node) return {};
    // Copied: the insertion changes the tree the node is in.
    const QString parentId = node->parentId;
    const QString role = node->role;
    return insertSubtree(parentId, role, tree().indexInParent(nodeId) + 1,
                         DocumentTree::withNewIds(tree().subtree(nodeId)),
                         tr("Duplicate %1").arg(Labels::elementName(node->kind, role)));
}

bool EditSession::removeElement(const QString& nodeId) {
    if (!tree().node(nodeId)) return false;
    m_undoStack->push(new RemoveElementCommand(this, nodeId));
    return !tree().node(nodeId);
}

bool EditSession::moveElement(const QString& nodeId, int newIndex) {
    const Node* node = tree().node(nodeId);
    if (!node) return false;
    const int count = tree().children(node->parentId, node->role).size();
    newIndex = qBound(0, newIndex, count - 1);
    if (newIndex == tree().indexInParent(nodeId)) return false;
    m_undoStack->push(new MoveElementCommand(this, nodeId, newIndex));
    return tree().indexInParent(nodeId) == newIndex;
}

QString EditSession::insertSubtree(const QString& parentId, const QString& role, int index,
                                   const QVector<Node>& subtree, const QString& text) {
    if (subtree.isEmpty() || !tree().node(parentId)) return {};
    if (index < 0) index = tree().children(parentId, role).size();
    m_undoStack->push(new InsertElementCommand(this, parentId, role, index, subtree, text));
    const QString id = subtree.first().id;
    return tree().node(id) ? id : QString();
}

EditSession::Step::Step(EditSession* session, const QString& text) : m_session(session) {
    m_session->m_undoStack->beginMacro(text);
}

EditSession::Step::~Step() {
    m_session->m_undoStack->endMacro();
}

void EditSession::reportFailure(const Error& error) {
    emit failed(error);
}

void EditSession::reveal(const QString& nodeId, const QString& field, const QString& language) {
    emit revealRequested(nodeId, field, language);
}

bool EditSession::replaceChildren(const QString& parentId, const QString& role,
                                  const QVector<QVector<Node>>& subtrees, const QString& text) {
    if (!tree().node(parentId)) return false;
    const QStringList before = tree().children(parentId, role);
    bool done = true;
    const Step step(this, text);
    for (const QString& id : before)
        done = removeElement(id) && done;
    for (int i = 0; i < subtrees.size(); ++i)
        done = !insertSubtree(parentId, role, i, subtrees[i], text).isEmpty() && done;
    return done;
}

bool EditSession::restoreVersion(const DocumentTree& version, const QString& versionName) {
    const int before = m_undoStack->count();
    m_undoStack->push(new RestoreVersionCommand(this, version, versionName));
    // A refused restore drops out of the history and has been reported.
    return m_undoStack->count() != before;
}

} // namespace kasibi
