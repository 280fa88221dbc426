#include "core/registry/mapimagewriters.h"

#include "core/registry/pngmapwriter.h"
#include "core/registry/svgmapwriter.h"

namespace kasibi {

const std::vector<std::shared_ptr<MapImageWriter>>& MapImageWriters::all() {
    static const std::vector<std::shared_ptr<MapImageWriter>> writers{
        std::make_shared<SvgMapWriter>(), std::make_shared<PngMapWriter>()};
    return writers;
}

} // namespace kasibi
