#include "core/validation/conclusiondraft.h"

#include "core/model/schema.h"
#include "core/validation/criterion.h"

namespace kasibi {

QVector<QVector<Node>> ConclusionDraft::assessments(const DocumentTree& tree,
                                                    const Findings& findings,
                                                    const QString& language) {
    QVector<QVector<Node>> result;
    for (const Criterion& criterion : Criterion::all()) {
        QStringList errors;
        QStringList warnings;
        for (const Finding& finding : findings) {
            // Information is for the author, not a remark on the draft.
            if (finding.criterion != criterion.number || finding.severity == Severity::Info)
                continue;
            QStringList& list = finding.severity == Severity::Error ? errors : warnings;
            const QString message = finding.message(language);
            if (!list.contains(message)) list << message;
        }
        Node node{DocumentTree::newId(), Kind::Assessment, tree.rootId, AssessmentsRole};
        node.values.insert(Field::Criterion, criterion.number);
        node.values.insert(Field::Verdict, errors.isEmpty() ? QStringLiteral("meets")
                                                            : QStringLiteral("does-not-meet"));
        // The findings are written as instructions to the author: under a criterion that is met
        // they would read as demands the verdict does not make, so a met criterion is drafted
        // without a remark (the expert still sees the warnings in validation and may add one).
        if (!errors.isEmpty())
            node.values.insert(Field::Remark, (errors + warnings).join(QLatin1Char('\n')));
        result << QVector<Node>{node};
    }
    return result;
}

DocumentTree ConclusionDraft::applied(const DocumentTree& tree, const Findings& findings,
                                      const QString& language) {
    DocumentTree result = tree;
    for (const QString& id : result.children(result.rootId, AssessmentsRole))
        result.removeSubtree(id);
    const QVector<QVector<Node>> drafted = assessments(result, findings, language);
    for (int i = 0; i < drafted.size(); ++i)
        result.insertSubtree(result.rootId, AssessmentsRole, i, drafted[i]);
    return result;
}

} // namespace kasibi
