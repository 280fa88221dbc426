// Test helper: makes one committed edit after another on a document and prints the number of
// each edit once it is committed, until it is killed.
#include "core/model/schema.h"
#include "core/model/standarddocument.h"

#include <cstdio>
#include <QCoreApplication>

using namespace kasibi;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc != 2) return 2;
    auto document = StandardDocument::open(QString::fromLocal8Bit(argv[1]));
    if (!document) {
        std::fprintf(stderr, "%s\n", qPrintable(document.error().toString()));
        return 2;
    }
    StandardDocument& doc = *document.value();
    const QString standard = doc.tree().standardId();
    for (int i = 0;; ++i) {
        auto term = doc.newElement(standard, QStringLiteral("generalProvisions/terms"));
        if (!term) return 2;
        const QString id = term.value().first().id;
        const int count =
            doc.tree().children(standard, QStringLiteral("generalProvisions/terms")).size();
        if (!doc.insertSubtree(standard, QStringLiteral("generalProvisions/terms"), count,
                               term.value()))
            return 2;
        if (!doc.setValue(id, QStringLiteral("term"), QStringLiteral("ru"),
                          QStringLiteral("term %1").arg(i)))
            return 2;
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
}
