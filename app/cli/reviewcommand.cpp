#include "app/cli/reviewcommand.h"

#include "app/cli/console.h"
#include "core/model/standarddocument.h"
#include "core/reviewimport/reviewimport.h"
#include "core/store/documentstore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace kasibi;
using namespace console;

namespace {

QJsonObject toJson(const ImportedRemark& remark) {
    QJsonObject object{
        {QStringLiteral("kind"), ImportedRemark::kindName(remark.kind)},
        {QStringLiteral("elementId"), remark.elementId},
        {QStringLiteral("field"), remark.field},
        {QStringLiteral("language"), remark.language},
        {QStringLiteral("author"), remark.author},
        {QStringLiteral("created"), remark.created},
        {QStringLiteral("text"), remark.text},
        {QStringLiteral("anchoredBy"), ImportedRemark::anchorName(remark.anchoredBy)},
        {QStringLiteral("commentId"), remark.commentId},
        {QStringLiteral("duplicate"), remark.duplicate}};
    if (!remark.itemId.isEmpty()) object.insert(QStringLiteral("itemId"), remark.itemId);
    if (!remark.replyTo.isEmpty()) object.insert(QStringLiteral("replyTo"), remark.replyTo);
    if (remark.resolved) object.insert(QStringLiteral("resolved"), true);
    if (remark.kind == ImportedRemark::Kind::Suggestion) {
        object.insert(QStringLiteral("before"), remark.before);
        object.insert(QStringLiteral("after"), remark.after);
    }
    if (remark.anchoredBy == ImportedRemark::Anchor::None)
        object.insert(QStringLiteral("quoted"), remark.quoted);
    return object;
}

// Whether the reviewed file comes into this content; when it names another standard, the
// refusal says how to go on.
Status reviewReadable(const DocumentTree& tree, const QString& reviewedPath, bool force) {
    Result<ReviewImportResult> read = ReviewImport::read(tree, reviewedPath, force);
    if (read) return {};
    Error error = read.error();
    if (Result<QString> marked = ReviewImport::standardIdOf(reviewedPath);
        marked && !marked.value().isEmpty() && marked.value() != tree.standardId())
        error.message += QStringLiteral("; add --force to import it all the same");
    return error;
}

} // namespace

int runReviewCommand(const QStringList& positional, bool json, bool force) {
    if (positional.size() != 3 || positional.first() != QLatin1String("import")) {
        err() << "kasibi-cli: review import takes DOC.kasibi and REVIEWED.docx\n";
        return Failure;
    }
    const QString documentPath = positional[1];
    const QString reviewedPath = positional[2];
    if (!DocumentStore::looksLikeDocumentFile(documentPath))
        return report(Error{QStringLiteral("the review is added to a Kasibi document (.kasibi); "
                                           "import this file into one first"),
                            documentPath});
    // The reviewed file is read and matched against a read-only open first: opening the
    // document for writing alone changes its file (SQLite's header), and a failed import leaves
    // it as it was, byte for byte.
    {
        auto unchanged = StandardDocument::open(documentPath, AccessMode::ReadOnly);
        if (!unchanged) return report(unchanged.error());
        if (Status readable = reviewReadable(unchanged.value()->tree(), reviewedPath, force);
            !readable)
            return report(readable.error());
    }
    auto document = StandardDocument::open(documentPath);
    if (!document) return report(document.error());
    if (document.value()->isReadOnly())
        return report(Error{document.value()->readOnlyExplanation(), documentPath});
    // Matched again against the content as opened for writing, which another program may have
    // changed in between.
    Result<ReviewImportResult> read =
        ReviewImport::read(document.value()->tree(), reviewedPath, force);
    if (!read) return report(read.error());
    const ReviewImportResult& result = read.value();
    if (Status added = ReviewImport::addTo(*document.value(), result); !added)
        return report(added.error());

    using K = ImportedRemark::Kind;
    using A = ImportedRemark::Anchor;
    const int byMark = result.count(K::Comment, A::Mark);
    const int byText = result.count(K::Comment, A::Text);
    const int unanchored = result.count(K::Comment, A::None);
    if (json) {
        QJsonArray remarks;
        for (const ImportedRemark& remark : result.remarks)
            remarks.append(toJson(remark));
        const QJsonObject summary{
            {QStringLiteral("language"), result.language},
            {QStringLiteral("commentsByMark"), byMark},
            {QStringLiteral("commentsByText"), byText},
            {QStringLiteral("commentsUnanchored"), unanchored},
            {QStringLiteral("suggestions"), result.suggestions()},
            {QStringLiteral("suggestionsByMark"), result.count(K::Suggestion, A::Mark)},
            {QStringLiteral("suggestionsByText"), result.count(K::Suggestion, A::Text)},
            {QStringLiteral("alreadyThere"), result.duplicates()}};
        out() << QJsonDocument(QJsonObject{{QStringLiteral("remarks"), remarks},
                                           {QStringLiteral("summary"), summary}})
                     .toJson(QJsonDocument::Indented);
    } else {
        out() << QFileInfo(reviewedPath).fileName() << " -> " << QFileInfo(documentPath).fileName()
              << " (" << result.language << "): " << byMark << " comment(s) anchored by mark, "
              << byText << " by text, " << unanchored << " unanchored; " << result.suggestions()
              << " suggestion(s)";
        if (result.duplicates() > 0)
            out() << "; " << result.duplicates() << " already in the document";
        out() << "\n";
    }
    out().flush();
    return Success;
}
