#pragma once

#include <QMainWindow>

// The InviteDesk main window: the portal's people and structure, and the ways into the invite dialog.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};
