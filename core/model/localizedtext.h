#pragma once

#include "core/model/phrase.h"

namespace kasibi {

// A text of the document in the two state-used languages (Kazakh, Russian; English stays
// empty): a Phrase, named for what the document holds.
using LocalizedText = Phrase;

} // namespace kasibi
