#pragma once

#include "core/format/formatregistry.h"
#include "core/registry/mapimagewriter.h"

#include <vector>

namespace kasibi {

// The image formats a qualification map is saved in.
class MapImageWriters : public FormatRegistry<MapImageWriter, MapImageWriters> {
public:
    static const std::vector<std::shared_ptr<MapImageWriter>>& all();
};

} // namespace kasibi
