#include "ui/shell/welcomepage.h"

#include "ui/shell/preferences.h"

#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace kasibi {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent), m_recent(new QListWidget(this)), m_languageOffer(new QFrame(this)) {
    setObjectName(QStringLiteral("welcome"));
    // The page scrolls rather than holding the window wider than a small screen: the window's
    // pages share one minimum width, and the form's must be free to give way (1024x700).
    auto* page = new QWidget;
    auto* outer = new QHBoxLayout(page);
    auto* column = new QVBoxLayout;
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);

    auto* title = new QLabel(tr("Kasibi"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle = new QLabel(tr("Professional standards of the Republic of Kazakhstan, drafted "
                                   "in Kazakh and Russian to the Rules (order No. 377)."),
                                this);
    subtitle->setWordWrap(true);
    column->addStretch(1);
    // In each language, since the user may read only one of them; not translated.
    m_languageOffer->setObjectName(QStringLiteral("languageOffer"));
    m_languageOffer->setStyleSheet(QStringLiteral(
        "#languageOffer { background: #e8f1fb; border: 1px solid #9ec3ea; border-radius: 4px; }"));
    auto* offer = new QHBoxLayout(m_languageOffer);
    offer->addWidget(new QLabel(QStringLiteral("Интерфейс тілін таңдаңыз · Выберите язык "
                                               "интерфейса · Choose the interface language"),
                                m_languageOffer),
                     1);
    for (const auto& [code, name] :
         {std::pair{"kk", "Қазақша"}, std::pair{"ru", "Русский"}, std::pair{"en", "English"}}) {
        auto* choose = new QPushButton(QString::fromUtf8(name), m_languageOffer);
        choose->setObjectName(QStringLiteral("language-") + QLatin1String(code));
        connect(choose, &QPushButton::clicked, this,
                [this, language = QString::fromLatin1(code)] { emit languageChosen(language); });
        offer->addWidget(choose);
    }
    column->addWidget(m_languageOffer);
    column->addSpacing(12);
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(18);

    auto* buttons = new QHBoxLayout;
    const auto button = [this, buttons](const QString& text, const QString& tip,
                                        void (WelcomePage::*signal)()) {
        auto* b = new QPushButton(text, this);
        b->setToolTip(tip);
        b->setMinimumHeight(36);
        connect(b, &QPushButton::clicked, this, signal);
        buttons->addWidget(b);
        return b;
    };
    button(tr("New standard…"), tr("An empty standard with the four chapters"),
           &WelcomePage::newRequested)
        ->setObjectName(QStringLiteral("welcomeNew"));
    button(tr("New from template…"),
           tr("A standard with one profession card, a mandatory and an additional labour function "
              "and two skills each, ready to be filled in"),
           &WelcomePage::newFromTemplateRequested);
    button(tr("Open…"), tr("Open a .kasibi document or import a .json standard"),
           &WelcomePage::openRequested);
    button(tr("Open for Review…"),
           tr("Open a standard sent to you for review: its content stays as the author wrote it, "
              "your comments and the conclusion are kept in the file"),
           &WelcomePage::openForReviewRequested)
        ->setObjectName(QStringLiteral("welcomeOpenForReview"));
    button(tr("Open the sample"),
           tr("A complete bilingual standard: «Mining of ore by the open method»"),
           &WelcomePage::openSampleRequested)
        ->setObjectName(QStringLiteral("welcomeSample"));
    column->addLayout(buttons);
    column->addSpacing(18);

    auto* recentTitle = new QLabel(tr("Recent standards"), this);
    QFont bold = recentTitle->font();
    bold.setBold(true);
    recentTitle->setFont(bold);
    column->addWidget(recentTitle);
    m_recent->setObjectName(QStringLiteral("recentFiles"));
    m_recent->setMinimumHeight(160);
    column->addWidget(m_recent, 2);
    column->addStretch(1);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit recentRequested(item->data(Qt::UserRole).toString());
    });
    auto* area = new QScrollArea(this);
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(area);
    refresh();
}

void WelcomePage::refresh() {
    m_languageOffer->setVisible(Preferences::uiLanguage().isEmpty() &&
                                Preferences::effectiveUiLanguage() == QLatin1String("en"));
    m_recent->clear();
    const QStringList files = Preferences::recentFiles();
    for (const QString& path : files) {
        // The standard's name first: file names of standards are often alike.
        const QString title = Preferences::recentTitle(path);
        const QString file = QFileInfo(path).fileName() + QStringLiteral("   —   ") +
                             QDir::toNativeSeparators(QFileInfo(path).absolutePath());
        auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileIcon),
                                         title.isEmpty() ? file : title + QLatin1Char('\n') + file,
                                         m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (files.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No recent standards yet."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace kasibi
