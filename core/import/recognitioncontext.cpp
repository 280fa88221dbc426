#include "core/import/recognitioncontext.h"

#include "core/import/printedtext.h"
#include "core/import/standardrecognizer.h"
#include "core/model/phrase.h"
#include "core/model/schema.h"

namespace kasibi {

namespace {

// The extra sections an import adds, titled in the language of the source.
const Phrase kUnplacedTitle{"Орналастырылмаған мәтін", "Неразмещённый текст"};
const Phrase kLegacyTitle{"Бұрынғы үлгіден (2023 жылғы құрылымда жоқ өрістер)",
                          "Из прежнего шаблона (полей нет в структуре 2023 года)"};

} // namespace

RecognitionContext::RecognitionContext(QString source, QString language)
    : tree(DocumentTree::newStandard()), source(std::move(source)), language(std::move(language)),
      standard(tree.standardId()) {}

QString RecognitionContext::add(const QString& parent, const QString& role, const QString& kind) {
    Node node{DocumentTree::newId(), kind, parent, role};
    tree.insertSubtree(parent, role, int(tree.children(parent, role).size()), {node});
    return node.id;
}

QString RecognitionContext::addItem(const QString& parent, const QString& role,
                                    const QString& text) {
    const QString id = add(parent, role, Kind::TextItem);
    tree.setValue(id, Node::valueKey(Schema::TextItemField, language), text);
    return id;
}

void RecognitionContext::appendText(const QString& id, const QString& field, const QString& text,
                                    const QString& separator) {
    if (text.trimmed().isEmpty() || id.isEmpty()) return;
    const QString key = Node::valueKey(field, language);
    const QString old = tree.value(id, field, language);
    tree.setValue(id, key, old.isEmpty() ? text : old + separator + text);
}

void RecognitionContext::setValue(const QString& id, const QString& field, const QString& value) {
    if (!id.isEmpty() && !value.isEmpty()) tree.setValue(id, field, value);
}

void RecognitionContext::note(ImportNote::Kind kind, const QString& id, const QString& field,
                              const QString& message) {
    report.add(kind, id.isEmpty() ? QString() : tree.jsonPointer(id, field), id,
               source + QStringLiteral(", ") + where, message);
}

QString RecognitionContext::printed(const QString& value) const {
    if (labelText.isEmpty() || labelText.contains(value))
        return labelText.isEmpty() ? value : labelText;
    return labelText + QLatin1Char(' ') + value;
}

QString RecognitionContext::section(QString& id, const Phrase& title) {
    if (id.isEmpty()) {
        id = add(standard, Role::ExtraSections, Kind::ExtraSection);
        tree.setValue(id, Field::Kind, QStringLiteral("appendix"));
        for (const QString& language : Schema::languages())
            tree.setValue(id, Node::valueKey(Field::Title, language), title.in(language));
    }
    return id;
}

void RecognitionContext::unplaced(const QString& text) {
    const QString clean = PrintedText::cleanLines(text);
    if (clean.isEmpty()) return;
    const QString id = addItem(section(m_unplaced, kUnplacedTitle), Role::Paragraphs, clean);
    note(ImportNote::Kind::Unplaced, id, {},
         StandardRecognizer::tr("no label claims this text; it is kept in \"Unplaced "
                                "text\" for the author to move: %1")
             .arg(clean.left(80)));
}

void RecognitionContext::legacy(const QString& text, const QString& why) {
    const QString clean = PrintedText::cleanLines(text);
    if (clean.isEmpty()) return;
    const QString id = addItem(section(m_legacy, kLegacyTitle), Role::Paragraphs, clean);
    note(ImportNote::Kind::Mapped, id, {}, why);
}

} // namespace kasibi
