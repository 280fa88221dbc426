#pragma once

#include <deque>
#include <memory>
#include <optional>
#include <QMutex>
#include <QTextDocument>
#include <QWaitCondition>

namespace kasibi {

// Where one part of a PDF's layout starts: on the page the part before it ends on.
struct PartStart {
    int page = 0;          // the page (from 0)
    int offset = 0;        // its first block's top on that page, in the layout's 1/64 pixels
    qreal marginAbove = 0; // bottom margin of the block before it, which collapses with its own
};

// A part of the layout laid out in a text document of its own. Each card (a heading and its
// table) is a part: its layout depends only on the page size and where the part before it ends,
// so the parts are laid out one after the other on a thread of their own while the pages of the
// parts already laid out are painted, and each text document is small (Qt's look-ups in a
// document grow with it) and freed once its pages are out.
struct Part {
    std::unique_ptr<QTextDocument> document;
    int from = 0; // its blocks of the layout
    int to = 0;
    PartStart start;
    int lastPage = 0; // of the whole
};

// The parts between the two threads of PdfStandardWriter: laid out in order on one, painted on
// the other, and given back to be freed where they were made (a text document's layout has
// timers of that thread).
class PartQueue {
public:
    // Painting: blocks until the next part is laid out; empty when there is none.
    std::optional<Part> take();
    void giveBack(Part part);
    // Painting is done (or has failed): no more parts.
    void close();

    // Laying out: false when the painting has stopped.
    bool put(Part part);
    void finish();
    // After the laying out: frees the parts given back until the painting is done.
    void freeUntilClosed();

private:
    bool closed();

    // One part laid out ahead of the painting keeps both threads busy (the painting is the
    // slower): measured on the large standard, 1, 2 and 3 ahead take the same time, and each
    // part more holds about 3 MB.
    static constexpr size_t kAhead = 1;
    QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<Part> m_parts;
    std::deque<Part> m_painted;
    bool m_finished = false;
    bool m_closed = false;
};

} // namespace kasibi
