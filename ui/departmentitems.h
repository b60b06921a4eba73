#pragma once

class DirectoryReader;
class QComboBox;

// Fills a department picker from the directory: depth first, so that the list reads like the tree,
// each item's data the department id and its tool tip the path ("Sales › Export").
namespace DepartmentItems {
void append(QComboBox *combo, const DirectoryReader *reader);
} // namespace DepartmentItems
