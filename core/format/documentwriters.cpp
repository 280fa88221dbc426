#include "core/format/documentwriters.h"

#include "core/format/jsonstandardwriter.h"
#include "core/format/layoutwriters.h"

namespace kasibi {

const std::vector<std::shared_ptr<DocumentWriter>>& DocumentWriters::all() {
    static const std::vector<std::shared_ptr<DocumentWriter>> writers = [] {
        std::vector<std::shared_ptr<DocumentWriter>> writers{
            std::make_shared<JsonStandardWriter>()};
        for (const std::shared_ptr<LayoutWriter>& printed : LayoutWriters::all())
            writers.push_back(printed);
        return writers;
    }();
    return writers;
}

} // namespace kasibi
