#include "core/model/standardtemplate.h"

#include "core/model/schema.h"

namespace kasibi {

namespace {

Node newNode(const QString& kind) {
    return Node{DocumentTree::newId(), kind};
}

} // namespace

DocumentTree StandardTemplate::blank(const QStringList& languages) {
    DocumentTree tree = DocumentTree::newStandard();
    tree.setValue(tree.standardId(), Field::Languages, languages.join(QLatin1Char(',')));
    return tree;
}

DocumentTree StandardTemplate::tree(const QStringList& languages) {
    DocumentTree tree = blank(languages);
    const QString standard = tree.standardId();
    const Node card = newNode(Kind::ProfessionCard);
    tree.insertSubtree(standard, Role::ProfessionCards, 0, {card});
    const QStringList kinds = Schema::kind(Kind::LaborFunction)->field(Field::Kind)->enumValues;
    for (const QString& kind : kinds) {
        Node function = newNode(Kind::LaborFunction);
        function.values.insert(Field::Kind, kind);
        tree.insertSubtree(card.id, Role::LaborFunctions,
                           tree.children(card.id, Role::LaborFunctions).size(), {function});
        for (int i = 0; i < 2; ++i)
            tree.insertSubtree(function.id, Role::Skills, i, {newNode(Kind::Skill)});
    }
    return tree;
}

} // namespace kasibi
