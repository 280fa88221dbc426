#pragma once

#include "core/format/layoutwriter.h"
#include "core/layout/standardlayout.h"

#include <functional>
#include <memory>
#include <QCoreApplication>
#include <QPageLayout>

class QPagedPaintDevice;
class QTextDocument;

namespace kasibi {

// Writes a standard, or any printed layout, as PDF with the same layout as the DOCX export: A4, the
// margins of official documents, Liberation Serif (metric-compatible with Times New Roman)
// embedded, page numbers at the foot; review comments as numbered notes at the end when asked for.
//
// The same rendering serves printing: the editor sets pageLayout() on its QPrinter and calls
// render() from the print preview's paintRequested. Needs a QGuiApplication (fonts), no widgets;
// usable from a worker thread.
class PdfStandardWriter : public LayoutWriter {
    Q_DECLARE_TR_FUNCTIONS(PdfStandardWriter)
public:
    using LayoutWriter::write;
    // Serial: the whole text laid out as one, then painted. Parallel: the same pages, the
    // cards laid out one by one on a thread of their own while the pages before are painted.
    enum class Threads { Serial, Parallel };

    QString extension() const override { return QStringLiteral("pdf"); }
    QString fileFilter() const override { return tr("PDF (*.pdf)"); }
    QString title() const override { return tr("PDF"); }
    bool needsFonts() const override { return true; }

    Status write(const StandardLayout& layout, const QString& path,
                 const std::function<void(int percent)>& progress = {}) const override {
        return writeLayout(layout, path, progress);
    }

    static Status writeLayout(const StandardLayout& layout, const QString& path,
                              const std::function<void(int percent)>& progress = {},
                              Threads threads = Threads::Parallel);

    // A4, left 30 mm, right 15 mm, top 20 mm; the bottom margin holds the page number, so the
    // text ends 20 mm above the edge as in the DOCX.
    static QPageLayout pageLayout(bool landscape = false);
    // Paints the layout onto a PDF writer or a printer, page by page, with page numbers.
    static Status render(const StandardLayout& layout, QPagedPaintDevice& device,
                         const std::function<void(int percent)>& progress = {},
                         Threads threads = Threads::Parallel);
    // The layout as a text document laid out for the device's resolution (for previews).
    static std::unique_ptr<QTextDocument> textDocument(const StandardLayout& layout,
                                                       QPagedPaintDevice& device);

    static inline const QString FontFamily = QStringLiteral("Liberation Serif");
};

} // namespace kasibi
