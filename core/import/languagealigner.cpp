#include "core/import/languagealigner.h"

#include "core/model/schema.h"

namespace kasibi {

namespace {

class Alignment {
public:
    Alignment(DocumentTree& into, const DocumentTree& from, QString language, QString source,
              ImportReport& report)
        : m_into(into), m_from(from), m_language(std::move(language)), m_source(std::move(source)),
          m_report(report) {}

    QHash<QString, QString> idMap; // id in `from` -> id in `into`

    void node(const QString& intoId, const QString& fromId) {
        idMap.insert(fromId, intoId);
        const Node* source = m_from.node(fromId);
        const Node* target = m_into.node(intoId);
        if (!source || !target) return;
        const KindSpec* spec = Schema::kind(source->kind);
        if (!spec) return;
        for (auto it = source->values.constBegin(); it != source->values.constEnd(); ++it) {
            const QString language = Node::languageOfKey(it.key());
            if (!language.isEmpty()) {
                // The other language's text; the first file's own language stays as it is.
                if (language == m_language && !target->values.contains(it.key()))
                    m_into.setValue(intoId, it.key(), it.value());
                continue;
            }
            const QString mine = target->values.value(it.key());
            if (mine.isEmpty()) {
                m_into.setValue(intoId, it.key(), it.value());
            } else if (mine != it.value() && it.key() != Field::Languages) {
                mismatch(intoId, it.key(),
                         LanguageAligner::tr("the files differ: %1 is «%2» in one and «%3» in "
                                             "the other; the first is kept")
                             .arg(it.key(), mine, it.value()));
            }
        }
        for (const ChildSpec& child : spec->children) {
            const QStringList mineList = m_into.children(intoId, child.role);
            const QStringList theirs = m_from.children(fromId, child.role);
            const int common = int(qMin(mineList.size(), theirs.size()));
            for (int i = 0; i < common; ++i)
                node(mineList[i], theirs[i]);
            for (int i = common; i < mineList.size(); ++i)
                mismatch(mineList[i], {},
                         LanguageAligner::tr("only in the first file: the %1 file has no "
                                             "counterpart for it")
                             .arg(m_language));
            for (int i = common; i < theirs.size(); ++i) {
                QVector<Node> subtree = DocumentTree::withNewIds(m_from.subtree(theirs[i]));
                const QVector<Node> original = m_from.subtree(theirs[i]);
                for (int k = 0; k < original.size(); ++k)
                    idMap.insert(original[k].id, subtree[k].id);
                m_into.insertSubtree(intoId, child.role, int(mineList.size()) + (i - common),
                                     subtree);
                mismatch(subtree.first().id, {},
                         LanguageAligner::tr("only in the %1 file: added with its text in that "
                                             "language only")
                             .arg(m_language));
            }
        }
    }

private:
    void mismatch(const QString& id, const QString& field, const QString& message) {
        m_report.add(ImportNote::Kind::Mismatch, m_into.jsonPointer(id, field), id, m_source,
                     message);
    }

    DocumentTree& m_into;
    const DocumentTree& m_from;
    QString m_language;
    QString m_source;
    ImportReport& m_report;
};

} // namespace

QHash<QString, QString> LanguageAligner::align(DocumentTree& into, const DocumentTree& from,
                                               const QString& fromLanguage,
                                               const QString& fromSource, ImportReport& report) {
    Alignment alignment(into, from, fromLanguage, fromSource, report);
    alignment.node(into.standardId(), from.standardId());
    return alignment.idMap;
}

} // namespace kasibi
