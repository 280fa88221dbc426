#include "core/classifier/classifiertable.h"

#include "core/classifier/classifiercodes.h"

#include <algorithm>
#include <QRegularExpression>

namespace kasibi {

namespace {

QString codeForms(Classifier classifier) {
    return classifier == Classifier::Oked
               ? ClassifierTable::tr("section A-U, division 07, group 07.1, class 07.10, "
                                     "subclass 07.10.2")
               : ClassifierTable::tr("major group 8, sub-major 83, minor 834, unit group "
                                     "8342, occupation 8342-1-003");
}

// The column a header cell names: "code", "name_kk", "name_ru", or the cell itself. Besides the
// documented names, the ways published tables head these columns in Russian and Kazakh.
QString columnName(const QString& cell) {
    QString key = cell.toCaseFolded();
    static const QRegularExpression notLetters(QStringLiteral("[^\\p{L}\\p{N}]"));
    key.remove(notLetters);
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("code"), QStringLiteral("code")},
        {QStringLiteral("код"), QStringLiteral("code")},
        {QStringLiteral("коды"), QStringLiteral("code")},
        {QStringLiteral("namekk"), QStringLiteral("name_kk")},
        {QStringLiteral("namekz"), QStringLiteral("name_kk")},
        {QStringLiteral("наименованиенаказахскомязыке"), QStringLiteral("name_kk")},
        {QStringLiteral("наименованиенагосударственномязыке"), QStringLiteral("name_kk")},
        {QStringLiteral("наименованиеказ"), QStringLiteral("name_kk")},
        {QStringLiteral("қазақшаатауы"), QStringLiteral("name_kk")},
        {QStringLiteral("атауықаз"), QStringLiteral("name_kk")},
        {QStringLiteral("мемлекеттіктілдегіатауы"), QStringLiteral("name_kk")},
        {QStringLiteral("nameru"), QStringLiteral("name_ru")},
        {QStringLiteral("наименованиенарусскомязыке"), QStringLiteral("name_ru")},
        {QStringLiteral("наименованиерус"), QStringLiteral("name_ru")},
        {QStringLiteral("орысшаатауы"), QStringLiteral("name_ru")},
        {QStringLiteral("атауыорыс"), QStringLiteral("name_ru")},
        {QStringLiteral("орыстіліндегіатауы"), QStringLiteral("name_ru")},
    };
    return aliases.value(key, cell.trimmed().toLower());
}

} // namespace

ClassifierTable::ClassifierTable(Classifier classifier, QString where,
                                 std::function<QString(int)> place)
    : m_classifier(classifier), m_where(std::move(where)), m_place(std::move(place)) {}

bool ClassifierTable::looksLikeHeader(const QStringList& cells) {
    return std::any_of(cells.cbegin(), cells.cend(), [](const QString& cell) {
        return columnName(cell) == QLatin1String("code");
    });
}

Error ClassifierTable::failureAt(int number, const QString& reason) const {
    return Error{m_place(number) + QStringLiteral(": ") + reason, m_where};
}

Status ClassifierTable::setHeader(int number, const QStringList& cells) {
    int code = -1, kk = -1, ru = -1;
    for (int i = 0; i < cells.size(); ++i) {
        const QString name = columnName(cells[i]);
        int* column = name == QLatin1String("code")      ? &code
                      : name == QLatin1String("name_kk") ? &kk
                      : name == QLatin1String("name_ru") ? &ru
                                                         : nullptr;
        if (!column) continue;
        if (*column >= 0) return failureAt(number, tr("the column %1 appears twice").arg(name));
        *column = i;
    }
    if (code < 0 || (kk < 0 && ru < 0))
        return failureAt(number,
                         tr("the header must name the columns code, name_kk and name_ru; it "
                            "has: %1")
                             .arg(cells.join(QStringLiteral(", "))));
    m_columnCount = int(cells.size());
    m_codeColumn = code;
    m_kkColumn = kk;
    m_ruColumn = ru;
    return Status::success();
}

Status ClassifierTable::addRow(int number, const QStringList& cells) {
    if (std::all_of(cells.cbegin(), cells.cend(),
                    [](const QString& cell) { return cell.trimmed().isEmpty(); }))
        return Status::success();
    const auto cell = [&](int column) {
        return column >= 0 && column < cells.size() ? cells[column] : QString();
    };
    ClassifierEntry entry;
    entry.code = cell(m_codeColumn).trimmed();
    if (entry.code.isEmpty()) return failureAt(number, tr("the code is empty"));
    entry.level = ClassifierCodes::level(m_classifier, entry.code);
    if (entry.level == 0)
        return failureAt(
            number, tr("\"%1\" is not a code of %2 (%3)")
                        .arg(entry.code, classifierTitle(m_classifier), codeForms(m_classifier)));
    if (const auto seen = m_rowOfCode.constFind(entry.code); seen != m_rowOfCode.constEnd())
        return failureAt(number,
                         tr("the code %1 is already on %2").arg(entry.code, m_place(*seen)));
    entry.parentCode = ClassifierCodes::parent(m_classifier, entry.code);
    entry.nameKk = cell(m_kkColumn).simplified();
    entry.nameRu = cell(m_ruColumn).simplified();
    if (entry.nameKk.isEmpty() && entry.nameRu.isEmpty())
        return failureAt(number, tr("the code %1 has no name").arg(entry.code));
    m_rowOfCode.insert(entry.code, number);
    m_entries << entry;
    return Status::success();
}

Result<QVector<ClassifierEntry>> ClassifierTable::entries() const {
    if (!hasHeader())
        return Result<QVector<ClassifierEntry>>::failure(
            tr("the file has no header (code, name_kk, name_ru)"), m_where);
    if (m_entries.isEmpty())
        return Result<QVector<ClassifierEntry>>::failure(tr("the file holds no entries"), m_where);
    return m_entries;
}

} // namespace kasibi
