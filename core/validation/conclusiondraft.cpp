#include "core/validation/conclusiondraft.h"

#include "core/model/schema.h"
#include "core/validation/criterion.h"

namespace kasibi {

QVector<QVector<Node>> ConclusionDraft::assessments(const DocumentTree& tree,
                                                    const Findings& findings) {
    QVector<QVector<Node>> result;
    for (const Criterion& criterion : Criterion::all()) {
        QVector<const Finding*> errors;
        QVector<const Finding*> warnings;
        for (const Finding& finding : findings) {
            // Information is for the author, and what the check could not do for the user of
            // the program: neither is a remark on the draft.
            if (finding.criterion != criterion.number || finding.severity == Severity::Info ||
                finding.aboutTheCheck)
                continue;
            (finding.severity == Severity::Error ? errors : warnings) << &finding;
        }
        Node node{DocumentTree::newId(), Kind::Assessment, tree.rootId, AssessmentsRole};
        node.values.insert(Field::Criterion, criterion.number);
        node.values.insert(Field::Verdict, errors.isEmpty() ? QStringLiteral("meets")
                                                            : QStringLiteral("does-not-meet"));
        // The findings are written as instructions to the author: under a criterion that is met
        // they would read as demands the verdict does not make, so a met criterion is drafted
        // without a remark (the expert still sees the warnings in validation and may add one).
        if (!errors.isEmpty())
            for (const QString& language : Schema::languages()) {
                QStringList lines;
                for (const Finding* finding : errors + warnings)
                    if (const QString line = finding->remarkIn(language); !lines.contains(line))
                        lines << line;
                node.values.insert(Node::valueKey(Field::Remark, language),
                                   lines.join(QLatin1Char('\n')));
            }
        result << QVector<Node>{node};
    }
    return result;
}

DocumentTree ConclusionDraft::applied(const DocumentTree& tree, const Findings& findings) {
    DocumentTree result = tree;
    for (const QString& id : result.children(result.rootId, AssessmentsRole))
        result.removeSubtree(id);
    const QVector<QVector<Node>> drafted = assessments(result, findings);
    for (int i = 0; i < drafted.size(); ++i)
        result.insertSubtree(result.rootId, AssessmentsRole, i, drafted[i]);
    return result;
}

} // namespace kasibi
