#pragma once

class QApplication;

namespace kasibi {

// What the editor's application is before its first window: its name (where QSettings keeps
// the preferences), its font and the interface language of the preferences. The editor and the
// program that takes README's screenshots set up the same, so the screenshots show the editor.
class EditorApplication {
public:
    static void setUp(QApplication& application);
};

} // namespace kasibi
