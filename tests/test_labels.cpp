#include "core/model/labels.h"
#include "core/model/schema.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QHash>
#include <QTranslator>

using namespace kasibi;

namespace {

// Installs the embedded translation of the interface for the scope of a test.
class Translation {
public:
    explicit Translation(const QString& language) {
        loaded = translator.load(QStringLiteral(":/i18n/kasibi_") + language);
        if (loaded) QCoreApplication::installTranslator(&translator);
    }
    ~Translation() { QCoreApplication::removeTranslator(&translator); }
    bool loaded = false;

private:
    QTranslator translator;
};

} // namespace

TEST_CASE("Labels: every field of the schema has a label of its own") {
    // The kinds of the standard itself; review and procedure data are not edited in the forms.
    QStringList kinds{Kind::Standard};
    for (int i = 0; i < kinds.size(); ++i)
        for (const ChildSpec& child : Schema::kind(kinds[i])->children)
            if (!kinds.contains(child.kind)) kinds << child.kind;
    for (const QString& name : kinds) {
        const KindSpec& kind = *Schema::kind(name);
        // A form shows the fields and lists of one kind together: each label tells them apart.
        QHash<QString, QString> labelled;
        const auto check = [&](const QString& label, const QString& what) {
            INFO(kind.name.toStdString()
                 << " " << what.toStdString() << ": \"" << label.toStdString() << "\"");
            CHECK_FALSE(label.trimmed().isEmpty());
            CHECK(label != what);
            CHECK(label != what.section(QLatin1Char('/'), -1));
            INFO("also the label of " << labelled.value(label).toStdString());
            CHECK_FALSE(labelled.contains(label));
            labelled.insert(label, what);
        };
        for (const FieldSpec& field : kind.fields)
            check(Labels::field(kind.name, field.name), field.name);
        for (const ChildSpec& child : kind.children)
            check(Labels::list(kind.name, child.role), child.role);
    }
}

TEST_CASE("Labels: the interface speaks Russian in the words of the Rules, and Kazakh") {
    {
        Translation russian(QStringLiteral("ru"));
        REQUIRE(russian.loaded);
        CHECK(Labels::field(Kind::ProfessionCard, QStringLiteral("mainPurpose")) ==
              QStringLiteral("Основная цель деятельности"));
        CHECK(Labels::list(Kind::ProfessionCard, QStringLiteral("otherNames")) ==
              QStringLiteral("Другие возможные наименования профессии"));
        CHECK(Labels::chapter(3) == QStringLiteral("3. Карточки профессий"));
    }
    {
        Translation kazakh(QStringLiteral("kk"));
        REQUIRE(kazakh.loaded);
        CHECK(Labels::chapter(1) == QStringLiteral("1. Жалпы ережелер"));
    }
    CHECK(Labels::chapter(1) == QStringLiteral("1. General provisions"));
}
